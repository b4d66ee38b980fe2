package vn.thidua.award.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import vn.thidua.award.rules.Title;
import vn.thidua.contracts.Rating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the reporting projection reads of each event: only the fields of the contracts
 * (contracts/schemas), so the reports can be rebuilt from the topics alone. Unknown fields are ignored.
 */
final class ReportingEvents {

    private ReportingEvents() {
    }

    /** {@code vn.thidua.evaluation.finalized.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finalized(UUID evaluationId, UUID cycleId, UUID staffId, String unitCode, String schoolYear,
            Rating rating, OffsetDateTime finalizedAt) {
    }

    /** {@code vn.thidua.evaluation.reopened.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reopened(UUID evaluationId, UUID cycleId, UUID staffId, String unitCode, String reason,
            OffsetDateTime reopenedAt) {
    }

    /** {@code vn.thidua.award.nominated.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Nominated(UUID nominationId, String unitCode, String schoolYear, String nomineeType, String nomineeId,
            Title awardCode, OffsetDateTime nominatedAt) {
    }

    /** {@code vn.thidua.award.submitted.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Submitted(UUID submissionId, String fromUnitCode, String toUnitCode, String schoolYear,
            List<UUID> nominationIds, OffsetDateTime submittedAt) {
    }

    /** {@code vn.thidua.award.decided.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decided(UUID decisionId, String unitCode, String schoolYear, String decisionNumber,
            LocalDate decisionDate, String signer, List<Item> items, OffsetDateTime decidedAt) {
    }

    /** One award of a decision. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(UUID nominationId, String nomineeId, Title awardCode, PrizeMoney prizeMoney) {
    }

    /** The prize money of an item (absent in events before it was carried). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PrizeMoney(long amount) {
    }

    /** {@code vn.thidua.award.rejected.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rejected(UUID nominationId, String unitCode, String reason, OffsetDateTime rejectedAt) {
    }

    /** {@code vn.thidua.award.revoked.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Revoked(UUID decisionId, UUID nominationId, String unitCode, String reason, OffsetDateTime revokedAt) {
    }
}
