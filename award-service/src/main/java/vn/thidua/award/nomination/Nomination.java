package vn.thidua.award.nomination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.thidua.award.nomination.NominationRules.AwardKind;
import vn.thidua.award.nomination.NominationRules.NomineeType;
import vn.thidua.award.rules.Title;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Đề nghị khen thưởng: a nominee (staff member or collective) of a school proposed for a title or
 * form in a school year, with the achievement it rewards and the evidence. Decided at the school when
 * the authority table says so, else submitted upward in a tờ trình and decided by the office.
 */
@Entity
@Table(name = "nomination")
class Nomination extends PanacheEntityBase {

    public enum Status {
        NOMINATED, SUBMITTED, APPROVED, DECIDED, REJECTED, REVOKED;

        /** Rejected and revoked nominations no longer hold their achievement or title. */
        public boolean live() {
            return this != REJECTED && this != REVOKED;
        }
    }

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_type", nullable = false)
    public NomineeType nomineeType;

    @Column(name = "nominee_id", nullable = false)
    public String nomineeId;

    @Column(name = "nominee_name", nullable = false)
    public String nomineeName;

    @Column(name = "nominee_key", nullable = false)
    public String nomineeKey;

    @Column(nullable = false)
    public String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_code", nullable = false)
    public Title awardCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_kind", nullable = false)
    public AwardKind awardKind;

    @Column(name = "achievement_ref", nullable = false)
    public String achievementRef;

    @Column(name = "achievement_key", nullable = false)
    public String achievementKey;

    @Column(name = "achievement_summary", nullable = false)
    public String achievementSummary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> evidence;

    @Column(name = "council_session_id")
    public UUID councilSessionId;

    @Column(name = "rule_set_version", nullable = false)
    public String ruleSetVersion;

    @Column(name = "decider_level", nullable = false)
    public String deciderLevel;

    public String decider;

    @Column(name = "decider_unit_code")
    public String deciderUnitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "rejected_reason")
    public String rejectedReason;

    @Column(name = "revoked_reason")
    public String revokedReason;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "nominated_by", nullable = false)
    public String nominatedBy;

    @Column(name = "nominated_at", nullable = false)
    public OffsetDateTime nominatedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The rule set the deciding unit decides under: in force the day it received the submission. */
    @Column(name = "decision_rule_set_version")
    public String decisionRuleSetVersion;

    /** The day the deciding unit received it (submitted). */
    @Column(name = "received_on")
    public java.time.LocalDate receivedOn;

    /** Tiền thưởng of the decided item, đồng; null when none is recorded for the decision date. */
    @Column(name = "prize_amount")
    public Long prizeAmount;

    @Column(name = "prize_basis")
    public String prizeBasis;

    /** Căn cứ thu hồi (Luật 2022 Điều 93 khoản 2); null on awards revoked before grounds were recorded. */
    @Enumerated(EnumType.STRING)
    @Column(name = "revoked_ground")
    public RevocationGround revokedGround;

    /** Tiền thưởng to pay back on revocation, đồng, and by when (15 working days). */
    @Column(name = "recovery_amount")
    public Long recoveryAmount;

    @Column(name = "recovery_due_on")
    public java.time.LocalDate recoveryDueOn;

    /** How {@code recoveryDueOn} was counted: the holidays skipped and any gap of the calendar. */
    @Column(name = "recovery_due_basis")
    public String recoveryDueBasis;

    /**
     * What came back: the total of the payments ({@link RecoveryPayment}); the day, note, recorder and time of the
     * latest one.
     */
    @Column(name = "recovered_amount")
    public Long recoveredAmount;

    @Column(name = "recovered_on")
    public java.time.LocalDate recoveredOn;

    @Column(name = "recovered_note")
    public String recoveredNote;

    @Column(name = "recovered_by")
    public String recoveredBy;

    @Column(name = "recovered_at")
    public OffsetDateTime recoveredAt;

    public boolean schoolDecides() {
        return "SCHOOL".equals(deciderLevel);
    }

    public NominationRules.Existing existing() {
        return new NominationRules.Existing(id.toString(), nomineeKey, schoolYear, awardCode, achievementKey);
    }

    /** The nominee's live nominations of a school year (for the one-achievement check). */
    public static List<Nomination> liveOf(String nomineeKey, String schoolYear) {
        return list("nomineeKey = ?1 and schoolYear = ?2 and status not in ?3", nomineeKey, schoolYear,
                List.of(Status.REJECTED, Status.REVOKED));
    }

    public static List<Nomination> ofSubmission(UUID submissionId) {
        return list("submissionId = ?1 order by nominatedAt, id", submissionId);
    }

    public static List<Nomination> ofDecision(UUID decisionId) {
        return list("decisionId = ?1 order by nominatedAt, id", decisionId);
    }

    public static List<Nomination> ofSubmissions(Collection<UUID> submissionIds) {
        return submissionIds.isEmpty() ? List.of()
                : list("submissionId in ?1 order by nominatedAt, id", submissionIds);
    }
}
