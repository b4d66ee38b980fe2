package vn.thidua.award.messaging;

import vn.thidua.award.NominationRules.NomineeType;
import vn.thidua.award.Title;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of the nomination events, shaped as contracts/schemas/vn.thidua.award.*.v1.schema.json. */
public final class NominationEvents {

    private NominationEvents() {
    }

    /** {@code vn.thidua.award.nominated.v1}, subject the nomination. */
    public record Nominated(UUID nominationId, String unitCode, String schoolYear, NomineeType nomineeType,
            String nomineeId, Title awardCode, String deciderLevel, OffsetDateTime nominatedAt) {
    }

    /** {@code vn.thidua.award.submitted.v1}, subject the submission. */
    public record Submitted(UUID submissionId, String fromUnitCode, String toUnitCode, String schoolYear,
            List<UUID> nominationIds, OffsetDateTime submittedAt) {
    }

    /** {@code vn.thidua.award.decided.v1}, subject the decision. */
    public record Decided(UUID decisionId, String unitCode, String schoolYear, String decisionNumber,
            LocalDate decisionDate, String signer, List<Item> items, OffsetDateTime decidedAt) {
    }

    public record Item(UUID nominationId, String nomineeId, Title awardCode) {
    }

    /** {@code vn.thidua.award.rejected.v1}, subject the nomination. */
    public record Rejected(UUID nominationId, String unitCode, String reason, OffsetDateTime rejectedAt) {
    }

    /** {@code vn.thidua.award.revoked.v1}, subject the decision. */
    public record Revoked(UUID decisionId, UUID nominationId, String unitCode, String reason,
            OffsetDateTime revokedAt) {
    }
}
