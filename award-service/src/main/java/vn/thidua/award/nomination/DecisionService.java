package vn.thidua.award.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the deciding unit does with items: approve a submitted one, reject one with its reason, and
 * issue a numbered decision, each item with its prize money ({@link Prizes}). Every item is decided once; {@code decided} and {@code rejected} go
 * through the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
class DecisionService {

    /** Quyết định: number, date, signer, and the nominations it awards. */
    record DecideRequest(String decisionNumber, LocalDate decisionDate, String signer, List<UUID> nominationIds) {
    }

    private final NominationAccess access;
    private final NominationEvents nominationEvents;
    private final DecisionEvents decisionEvents;
    private final TimeSource time;
    private final Prizes prizes;

    DecisionService(NominationAccess access, NominationEvents nominationEvents, DecisionEvents decisionEvents,
            TimeSource time, Prizes prizes) {
        this.prizes = prizes;
        this.access = access;
        this.nominationEvents = nominationEvents;
        this.decisionEvents = decisionEvents;
        this.time = time;
    }

    /** The office accepts a submitted item for its next decision. */
    Nomination approve(UUID id) {
        Nomination item = Items.lockOne(id);
        access.requireDecider(item);
        if (item.status != Nomination.Status.SUBMITTED) {
            throw NominationProblems.wrongState(item, "duyệt (approve)", "SUBMITTED");
        }
        item.status = Nomination.Status.APPROVED;
        item.reviewedBy = access.actor();
        item.reviewedAt = time.now();
        item.updatedAt = item.reviewedAt;
        return item;
    }

    /**
     * Rejects an item with its reason: a new one by its school (the council did not agree), a
     * submitted or approved one by the deciding unit.
     */
    Nomination reject(UUID id, String reason) {
        Nomination item = Items.lockOne(id);
        if (item.status == Nomination.Status.NOMINATED) {
            access.requireSchoolPrincipal(item.unitCode);
        } else {
            access.requireDecider(item);
        }
        if (item.status != Nomination.Status.NOMINATED && item.status != Nomination.Status.SUBMITTED
                && item.status != Nomination.Status.APPROVED) {
            throw NominationProblems.wrongState(item, "từ chối (reject)", "NOMINATED, SUBMITTED, APPROVED");
        }
        item.status = Nomination.Status.REJECTED;
        item.rejectedReason = reason.strip();
        item.reviewedBy = access.actor();
        item.reviewedAt = time.now();
        item.updatedAt = item.reviewedAt;
        Items.refreshSubmission(item.submissionId, time.now());
        nominationEvents.rejected(item, access.unit());
        return item;
    }

    /**
     * Issues a decision: at the school for items within its authority (new ones), at the office for
     * items it approved. Every item is decided once; the decision's number once per unit.
     */
    Decision decide(DecideRequest request) {
        List<Nomination> items = Items.lock(request.nominationIds(), "nominationIds");
        for (Nomination item : items) {
            access.requireDecider(item);
        }
        String year = Items.sameYear(items);
        for (Nomination item : items) {
            Nomination.Status ready = item.schoolDecides() ? Nomination.Status.NOMINATED : Nomination.Status.APPROVED;
            if (item.status == Nomination.Status.DECIDED || item.status == Nomination.Status.REVOKED) {
                throw NominationProblems.alreadyDecided(item, Decision.findById(item.decisionId));
            }
            if (item.status != ready) {
                throw NominationProblems.wrongState(item, "quyết định (decide)", ready.name());
            }
        }
        String unit = access.unit();
        String number = request.decisionNumber().strip();
        if (Decision.count("unitCode = ?1 and decisionNumber = ?2", unit, number) > 0) {
            throw NominationProblems.decisionNumberUsed(unit, number);
        }
        Decision decision = new Decision();
        decision.id = TimeOrderedIds.next();
        decision.unitCode = unit;
        decision.schoolYear = year;
        decision.decisionNumber = number;
        decision.decisionDate = request.decisionDate();
        decision.signer = request.signer().strip();
        decision.decidedBy = access.actor();
        decision.decidedAt = time.now();
        decision.persist();
        Items.flush(() -> NominationProblems.decisionNumberUsedMeanwhile(number));
        Set<UUID> submissions = new HashSet<>();
        Map<UUID, Prizes.Prize> prizeOf = new HashMap<>();
        for (Nomination item : items) {
            item.status = Nomination.Status.DECIDED;
            item.decisionId = decision.id;
            // The multiple of the regime the item is decided under (received on), the base salary of the decision day.
            LocalDate regimeDay = item.receivedOn != null ? item.receivedOn : decision.decisionDate;
            Prizes.Prize prize = prizes.of(item.awardCode, !"INDIVIDUAL".equals(item.recipient), regimeDay,
                    decision.decisionDate);
            prizeOf.put(item.id, prize);
            item.prizeAmount = prize.amount();
            item.prizeBasis = prize.basis();
            item.updatedAt = decision.decidedAt;
            if (item.submissionId != null) {
                submissions.add(item.submissionId);
            }
        }
        submissions.forEach(submission -> Items.refreshSubmission(submission, time.now()));
        decisionEvents.decided(decision, items, prizeOf);
        return decision;
    }
}
