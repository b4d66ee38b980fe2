package vn.thidua.award.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A decision's events, subject the decision, through the outbox: {@code vn.thidua.award.decided.v1}
 * and {@code vn.thidua.award.revoked.v1} (an award of the decision withdrawn).
 */
@ApplicationScoped
class DecisionEvents {

    record Decided(UUID decisionId, String unitCode, String schoolYear, String decisionNumber,
            LocalDate decisionDate, String signer, List<Item> items, OffsetDateTime decidedAt) {
    }

    /** {@code prizeMoney} null when no multiple or base salary is recorded for the item's days. */
    record Item(UUID nominationId, String nomineeId, Title awardCode, PrizeMoney prizeMoney) {
    }

    /** Tiền thưởng of an item: amount (đồng) = multiple × base salary, rounded up to 10.000 đ. */
    record PrizeMoney(long amount, BigDecimal multiple, long baseSalary, String source, boolean verified) {

        static PrizeMoney of(Prizes.Prize prize) {
            return prize == null || prize.amount() == null ? null : new PrizeMoney(prize.amount(), prize.multiple(),
                    prize.baseSalary(), prize.source(), prize.verified());
        }
    }

    record Revoked(UUID decisionId, UUID nominationId, String unitCode, String reason, OffsetDateTime revokedAt,
            RevocationGround ground, Long recoveryAmount, LocalDate recoveryDueOn) {
    }

    private final Outbox outbox;

    DecisionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void decided(Decision d, List<Nomination> items, Map<UUID, Prizes.Prize> prizes) {
        outbox.publish(EventTypes.DECIDED, d.id.toString(), d.unitCode, d.schoolYear,
                new Decided(d.id, d.unitCode, d.schoolYear, d.decisionNumber, d.decisionDate, d.signer,
                        items.stream().map(n -> new Item(n.id, n.nomineeId, n.awardCode,
                                PrizeMoney.of(prizes.get(n.id)))).toList(), d.decidedAt));
    }

    /** {@code item} of {@code decision} revoked by {@code unitCode}. */
    @Transactional(Transactional.TxType.MANDATORY)
    void revoked(Decision decision, Nomination item, String unitCode) {
        outbox.publish(EventTypes.REVOKED, decision.id.toString(), unitCode, item.schoolYear,
                new Revoked(decision.id, item.id, unitCode, item.revokedReason, item.revokedAt,
                        item.revokedGround, item.recoveryAmount, item.recoveryDueOn));
    }
}
