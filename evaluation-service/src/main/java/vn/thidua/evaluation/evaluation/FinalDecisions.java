package vn.thidua.evaluation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.thidua.contracts.Rating;
import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.rules.ShareLimit;
import vn.thidua.evaluation.evaluation.EvaluationState.Action;
import vn.thidua.evaluation.evaluation.EvaluationStore.Listed;
import vn.thidua.evaluation.staff.Staff;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * The principal's decisions on one evaluation: the rating under the {@link Finalization} policy,
 * and reopening for a correction. Both publish their event through the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
class FinalDecisions {

    private final EvaluationAccess access;
    private final EvaluationStore store;
    private final EvaluationEvents events;
    private final HtxsShareLimit shareLimit;
    private final CycleRatingLimits ratingLimits;

    FinalDecisions(EvaluationAccess access, EvaluationStore store, EvaluationEvents events, HtxsShareLimit shareLimit,
            CycleRatingLimits ratingLimits) {
        this.access = access;
        this.store = store;
        this.events = events;
        this.shareLimit = shareLimit;
        this.ratingLimits = ratingLimits;
    }

    /**
     * The principal's rating: refused (422) when it breaks a rating rule for the person's facts or
     * would take the school's HTXS share over the cap. Finalisations of one cycle take turns (the
     * cycle row is locked), so two principals' tabs cannot both take the last HTXS place.
     */
    Listed finalize(UUID id, Long expectedRevision, Rating rating) {
        Listed listed = store.visible(id);
        Evaluation evaluation = listed.evaluation();
        access.requirePrincipal(evaluation.unitCode);
        EvaluationStore.requireRevision(evaluation, expectedRevision, false);
        Cycle cycle = store.writableCycle(evaluation);
        EvaluationStore.requireState(evaluation, Action.FINALIZE);
        Cycle.getEntityManager().lock(cycle, LockModeType.PESSIMISTIC_WRITE);
        EvaluationFacts stored = EvaluationFacts.findById(evaluation.id);
        Staff staff = listed.staff();
        Finalization finalization = Finalization.of(rating, stored == null ? null : stored.facts(),
                new Finalization.Person(staff.id, staff.groupCode, staff.hireDate, staff.activeFrom, staff.activeTo),
                ratingLimits.settingOf(cycle));
        if (!finalization.violations().isEmpty()) {
            throw EvaluationProblems.ratingRule(finalization.violations());
        }
        // Asked on every finalisation, not only for HTXS: the first one pins the cycle's rule set version.
        ShareLimit limit = shareLimit.of(cycle);
        if (rating == Rating.HTXS) {
            String group = HtxsShareLimit.groupOf(limit, staff.groupCode);
            HtxsShare others = Evaluation.share(cycle.id, evaluation.id, HtxsShare.empty(limit, group), group != null,
                    staff.groupCode);
            if (finalization.exceeds(others)) {
                throw EvaluationProblems.htxsShare(finalization.share(others));
            }
        }
        Map<String, Object> before = evaluation.snapshot();
        OffsetDateTime now = store.now();
        evaluation.state = EvaluationState.FINALIZED;
        evaluation.finalRating = rating;
        evaluation.finalizedBy = access.actor();
        evaluation.finalizedAt = now;
        evaluation.reopenReason = null;
        evaluation.updatedAt = now;
        EvaluationAudit.record(evaluation.id, access.actor(), now, EvaluationAudit.Action.FINALIZED, before,
                finalization.auditAfter(evaluation.snapshot()));
        events.finalized(finalization.event(evaluation.id, evaluation.finalizedBy, evaluation.finalizedAt));
        EvaluationStore.flush();
        return listed;
    }

    /** Opens a finalised evaluation again for a correction; its rating no longer counts until finalised again. */
    Listed reopen(UUID id, Long expectedRevision, String reason) {
        Listed listed = store.visible(id);
        Evaluation evaluation = listed.evaluation();
        access.requirePrincipal(evaluation.unitCode);
        EvaluationStore.requireRevision(evaluation, expectedRevision, false);
        Cycle cycle = store.writableCycle(evaluation);
        EvaluationStore.requireState(evaluation, Action.REOPEN);
        Map<String, Object> before = evaluation.snapshot();
        OffsetDateTime now = store.now();
        evaluation.state = EvaluationState.REOPENED;
        evaluation.finalRating = null;
        evaluation.reopenReason = reason;
        Listed result = store.changed(listed, before, EvaluationAudit.Action.REOPENED);
        events.reopened(evaluation, cycle.schoolYear, access.actor(), now);
        return result;
    }
}
