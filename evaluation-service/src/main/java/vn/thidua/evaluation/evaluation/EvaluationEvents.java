package vn.thidua.evaluation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.contracts.Rating;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The events of an evaluation (contracts/schemas/vn.thidua.evaluation.*), each built here and
 * written to the outbox in the caller's transaction.
 *
 * <p>Subject: the evaluation; Kafka key: its cycle (issue 15). A school's bulk then fills one partition
 * instead of queueing ahead of every other school in all of them, and award-service, which recomputes per
 * cycle, gets a cycle's events in order from one consumer. One evaluation's events stay in order either way
 * (same cycle, same partition; the relay keeps each subject's order).
 */
@ApplicationScoped
class EvaluationEvents {

    /** {@code vn.thidua.evaluation.finalized.v1}: the rating and the facts it was given with. */
    public record Finalized(UUID evaluationId, UUID cycleId, UUID staffId, String unitCode, String schoolYear,
            Rating rating, FactsData facts, LocalDate hireDate, String groupCode, String finalizedBy,
            OffsetDateTime finalizedAt) {
    }

    /** The contract's facts: months worked always present (given or derived), one decimal. */
    public record FactsData(double monthsWorked, List<Facts.Discipline> discipline, List<Facts.Leave> leave,
            List<Facts.Initiative> initiatives) {

        static FactsData of(Facts effective) {
            return new FactsData(Math.min(12, Math.max(0, WorkTime.rounded(
                    effective.monthsWorked() == null ? 0 : effective.monthsWorked()))),
                    effective.discipline(), effective.leave(), effective.initiatives());
        }
    }

    /** {@code vn.thidua.evaluation.reopened.v1}. */
    public record Reopened(UUID evaluationId, UUID cycleId, UUID staffId, String unitCode, String reason,
            String reopenedBy, OffsetDateTime reopenedAt) {
    }

    private final Outbox outbox;

    EvaluationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void finalized(Finalized data) {
        outbox.publishAll(List.of(pending(data)));
    }

    /**
     * Many at once, as a bulk post finalises them, encoded and checked against their contract but not yet
     * written: CPU only, so it may run on another thread while the caller writes its rows ({@link #write}).
     */
    Outbox.Prepared finalizedAll(List<Finalized> data) {
        return outbox.prepare(data.stream().map(EvaluationEvents::pending).toList());
    }

    /** Writes what {@link #finalizedAll} prepared: one batch into the outbox, in the caller's transaction. */
    void write(Outbox.Prepared events) {
        outbox.write(events);
    }

    private static Outbox.Pending pending(Finalized data) {
        return Outbox.Pending.keyed(EventTypes.EVALUATION_FINALIZED, data.evaluationId().toString(),
                data.cycleId().toString(), data.unitCode(), data.schoolYear(), data);
    }

    void reopened(Evaluation evaluation, String schoolYear, String by, OffsetDateTime at) {
        outbox.publishAll(List.of(Outbox.Pending.keyed(EventTypes.EVALUATION_REOPENED, evaluation.id.toString(),
                evaluation.cycleId.toString(), evaluation.unitCode, schoolYear,
                new Reopened(evaluation.id, evaluation.cycleId, evaluation.staffId, evaluation.unitCode,
                        evaluation.reopenReason, by, at))));
    }
}
