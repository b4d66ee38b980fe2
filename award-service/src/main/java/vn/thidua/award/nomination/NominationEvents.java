package vn.thidua.award.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.nomination.NominationRules.NomineeType;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A nomination's events, written to the outbox in the caller's transaction; data shaped as
 * contracts/schemas/vn.thidua.award.nominated.v1 and rejected.v1, subject the nomination.
 */
@ApplicationScoped
class NominationEvents {

    /** {@code vn.thidua.award.nominated.v1}. */
    record Nominated(UUID nominationId, String unitCode, String schoolYear, NomineeType nomineeType,
            String nomineeId, Title awardCode, String deciderLevel, OffsetDateTime nominatedAt) {
    }

    /** {@code vn.thidua.award.rejected.v1}. */
    record Rejected(UUID nominationId, String unitCode, String reason, OffsetDateTime rejectedAt) {
    }

    private final Outbox outbox;

    NominationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void nominated(Nomination n) {
        outbox.publish(EventTypes.NOMINATED, n.id.toString(), n.unitCode, n.schoolYear, new Nominated(n.id, n.unitCode,
                n.schoolYear, n.nomineeType, n.nomineeId, n.awardCode, n.deciderLevel, n.nominatedAt));
    }

    /** Rejected by {@code unitCode} (the school for a new item, the deciding unit for a submitted one). */
    @Transactional(Transactional.TxType.MANDATORY)
    void rejected(Nomination n, String unitCode) {
        outbox.publish(EventTypes.REJECTED, n.id.toString(), unitCode, n.schoolYear,
                new Rejected(n.id, unitCode, n.rejectedReason, n.reviewedAt));
    }
}
