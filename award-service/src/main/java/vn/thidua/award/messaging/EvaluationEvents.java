package vn.thidua.award.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import vn.thidua.award.Facts;
import vn.thidua.award.Rating;
import vn.thidua.award.Title;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What this service reads of the evaluation events, and the data of the event it emits. */
public final class EvaluationEvents {

    private EvaluationEvents() {
    }

    /** {@code vn.thidua.evaluation.finalized.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finalized(UUID evaluationId, UUID cycleId, UUID staffId, String unitCode, String schoolYear,
            Rating rating, Facts facts, LocalDate hireDate, String groupCode, String finalizedBy,
            OffsetDateTime finalizedAt) {
    }

    /** {@code vn.thidua.evaluation.reopened.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reopened(UUID evaluationId, UUID cycleId, UUID staffId, String unitCode, String reason,
            String reopenedBy, OffsetDateTime reopenedAt) {
    }

    /** {@code vn.thidua.award.eligibility-computed.v1}: a snapshot of the whole cycle. */
    public record EligibilityComputed(UUID cycleId, String unitCode, String schoolYear, String ruleSetVersion,
            List<Subject> subjects, OffsetDateTime computedAt) {
    }

    /** STAFF (staff id) or COLLECTIVE (group or unit code) and the titles it is eligible for. */
    public record Subject(String subjectType, String subjectId, List<Title> eligible) {
    }
}
