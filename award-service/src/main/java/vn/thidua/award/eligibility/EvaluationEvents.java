package vn.thidua.award.eligibility;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import vn.thidua.contracts.Rating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What this service reads of the evaluation events; unknown fields are ignored. */
final class EvaluationEvents {

    private EvaluationEvents() {
    }

    /** {@code vn.thidua.evaluation.finalized.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Finalized(UUID evaluationId, UUID cycleId, UUID staffId, String unitCode, String schoolYear,
            Rating rating, Facts facts, LocalDate hireDate, String groupCode, String finalizedBy,
            OffsetDateTime finalizedAt) {
    }

    /** {@code vn.thidua.evaluation.reopened.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reopened(UUID evaluationId, UUID cycleId, UUID staffId, String unitCode, String reason,
            String reopenedBy, OffsetDateTime reopenedAt) {
    }
}
