package vn.thidua.evaluation.messaging;

import vn.thidua.evaluation.Facts;
import vn.thidua.evaluation.Rating;
import vn.thidua.evaluation.WorkTime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The data of the evaluation events this service publishes (contracts/schemas/vn.thidua.evaluation.*). */
public final class EvaluationEvents {

    private EvaluationEvents() {
    }

    /** {@code vn.thidua.evaluation.finalized.v1}: the rating and the facts it was given with. */
    public record Finalized(UUID evaluationId, UUID cycleId, UUID staffId, String unitCode, String schoolYear,
            Rating rating, FactsData facts, LocalDate hireDate, String groupCode, String finalizedBy,
            OffsetDateTime finalizedAt) {
    }

    /** The contract's facts: months worked always present (given or derived), one decimal. */
    public record FactsData(double monthsWorked, List<Facts.Discipline> discipline, List<Facts.Leave> leave,
            List<Facts.Initiative> initiatives) {

        public static FactsData of(Facts effective) {
            return new FactsData(Math.min(12, Math.max(0, WorkTime.rounded(
                    effective.monthsWorked() == null ? 0 : effective.monthsWorked()))),
                    effective.discipline(), effective.leave(), effective.initiatives());
        }
    }

    /** {@code vn.thidua.evaluation.reopened.v1}. */
    public record Reopened(UUID evaluationId, UUID cycleId, UUID staffId, String unitCode, String reason,
            String reopenedBy, OffsetDateTime reopenedAt) {
    }
}
