package vn.thidua.award.report;

import vn.thidua.award.rules.Title;
import vn.thidua.contracts.Rating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Rows of the reporting read model (tables report_rating, report_decision, report_award; V6). */
final class ReportRows {

    private ReportRows() {
    }

    /** The latest rating of one evaluation; {@code counted} false while reopened. */
    public record RatingRow(UUID evaluationId, UUID cycleId, UUID staffId, String unitCode, String schoolYear,
            Rating rating, boolean counted, OffsetDateTime changedAt, String reopenReason) {
    }

    /** The head of a decision: number, date, signer. */
    public record DecisionRow(UUID decisionId, String unitCode, String schoolYear, String number, LocalDate date,
            String signer, OffsetDateTime decidedAt) {
    }

    /** Where a nomination stands, from the events seen so far. */
    public enum AwardStatus {
        NOMINATED("Đã đề nghị"), SUBMITTED("Đã trình cấp trên"), REJECTED("Không được duyệt"), DECIDED("Đã quyết định"),
        REVOKED("Đã thu hồi");

        public final String label;

        AwardStatus(String label) {
            this.label = label;
        }
    }

    /**
     * One nomination, merged from its events in any order: each event fills its own fields, so the
     * result does not depend on which of two partitions was read first.
     */
    public static final class AwardRow {
        public final UUID nominationId;
        public String schoolYear;
        public String nomineeType;
        public String nomineeId;
        public Title awardCode;
        public String nominatingUnit;
        public OffsetDateTime nominatedAt;
        public String submittedTo;
        public OffsetDateTime submittedAt;
        public String rejectedBy;
        public String rejectedReason;
        public OffsetDateTime rejectedAt;
        public UUID decisionId;
        public String decidingUnit;
        public String revokedBy;
        public String revokedReason;
        public OffsetDateTime revokedAt;
        /** Tiền thưởng decided for it, đồng (decided event); null when none was carried. */
        public Long prizeAmount;

        public AwardRow(UUID nominationId) {
            this.nominationId = nominationId;
        }

        /** The unit the award counts for: the nominee's (nominating) unit, else the deciding unit. */
        public String unitCode() {
            return nominatingUnit != null ? nominatingUnit : decidingUnit;
        }

        public boolean decided() {
            return decidingUnit != null;
        }

        public AwardStatus status() {
            if (revokedAt != null) {
                return AwardStatus.REVOKED;
            }
            if (decided()) {
                return AwardStatus.DECIDED;
            }
            if (rejectedAt != null) {
                return AwardStatus.REJECTED;
            }
            return submittedAt != null ? AwardStatus.SUBMITTED : AwardStatus.NOMINATED;
        }

        /** Counted in the reports: decided, not revoked, award known. */
        public boolean counted() {
            return status() == AwardStatus.DECIDED && awardCode != null;
        }
    }
}
