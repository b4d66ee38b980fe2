package vn.thidua.evaluation.evaluation;

import vn.thidua.contracts.Rating;

import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.evaluation.staff.Staff;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Evaluations and facts as the API shows and takes them. */
final class EvaluationViews {

    private EvaluationViews() {
    }

    public record EvaluationView(UUID id, UUID cycleId, UUID staffId, String staffCode, String fullName,
            String groupCode, String unitCode, EvaluationState state, Rating selfRating,
            List<SelfAssessmentItem> selfAssessment, OffsetDateTime submittedAt, String reviewComment,
            Rating proposedRating, String reviewedBy, OffsetDateTime reviewedAt, Rating finalRating,
            String finalizedBy, OffsetDateTime finalizedAt, String reopenReason, long revision,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        static EvaluationView of(EvaluationStore.Listed listed) {
            Evaluation e = listed.evaluation();
            Staff s = listed.staff();
            return new EvaluationView(e.id, e.cycleId, e.staffId, s.code, s.fullName, s.groupCode, e.unitCode, e.state,
                    e.selfRating, e.selfAssessment, e.submittedAt, e.reviewComment, e.proposedRating, e.reviewedBy,
                    e.reviewedAt, e.finalRating, e.finalizedBy, e.finalizedAt, e.reopenReason, e.revision,
                    e.createdAt, e.updatedAt);
        }
    }

    @Schema(description = "Facts of a staff member in a cycle (kỷ luật, nghỉ, sáng kiến, số tháng làm việc)")
    public record FactsView(UUID cycleId, UUID staffId, String staffCode, UUID evaluationId, EvaluationState state,
            String schoolYear,
            @Schema(description = "Months worked as given by the school; null when derived")
            Double monthsWorkedGiven,
            @Schema(description = "Months worked in the school year as the rules see them (given, else derived from "
                    + "hire/active dates less non-maternity leave), one decimal")
            double monthsWorked,
            @Schema(description = "Months of absence in the school year (leave other than MATERNITY and COUNTED_AS_WORK), "
                    + "one decimal")
            double monthsAbsent,
            List<Facts.Discipline> discipline, List<Facts.Leave> leave, List<Facts.Initiative> initiatives,
            long revision) {

        static FactsView of(EvaluationQueries.FactsOf f) {
            return new FactsView(f.cycle().id, f.staff().id, f.staff().code,
                    f.evaluation() == null ? null : f.evaluation().id,
                    f.evaluation() == null ? null : f.evaluation().state, f.cycle().schoolYear,
                    f.given().monthsWorked(), WorkTime.rounded(f.effective().monthsWorked()),
                    WorkTime.rounded(f.absenceMonths()), f.given().discipline(), f.given().leave(),
                    f.given().initiatives(), f.revision());
        }
    }

    @Schema(description = "Every fact of the person in the cycle; replaces what was there")
    public record FactsRequest(
            @Schema(description = "Số tháng làm việc trong năm học; leave out to derive it (maternity leave counts)")
            @DecimalMin("0") @DecimalMax("12") Double monthsWorked,
            @Schema(description = "Kỷ luật: form REPRIMAND, WARNING, SALARY_DOWNGRADE, DEMOTION, REMOVAL_FROM_OFFICE, "
                    + "DISMISSAL and the decision date; pending true while the procedure is open (date: the day it "
                    + "opened; no rating consequence until decided); endsOn the last day of the discipline term")
            List<Facts.Discipline> discipline,
            @Schema(description = "Nghỉ: kind MATERNITY, SICK, STUDY, UNPAID, OTHER, COUNTED_AS_WORK (nghỉ được tính là "
                    + "thời gian làm việc: phép năm, lễ, việc riêng có lương), from, to (both included)")
            List<Facts.Leave> leave,
            @Schema(description = "Sáng kiến được công nhận: title, level SCHOOL, OFFICE, PROVINCE, NATIONAL, recognisedOn")
            List<Facts.Initiative> initiatives) {

        Facts facts() {
            return new Facts(monthsWorked, discipline, leave, initiatives);
        }
    }

    public record SelfAssessmentRequest(
            @Schema(description = "Tự xếp loại: HTXS, HTT, HT or KHT; needed to submit") Rating selfRating,
            @Schema(description = "Per criterion number of the cycle (TC1…TC5 and the plan's contents)")
            @NotNull @Size(max = 100) List<SelfAssessmentItem> items) {
    }

    public record ReviewRequest(
            @Schema(description = "Nhận xét của tổ trưởng") @Size(max = AssessmentSteps.MAX_COMMENT) String comment,
            @Schema(description = "Đề xuất xếp loại") @NotNull Rating proposedRating) {
    }

    public record FinalizeRequest(@Schema(description = "HTXS, HTT, HT, KHT or NOT_RATED") @NotNull Rating rating) {
    }

    public record ReopenRequest(@Schema(description = "Lý do mở lại") @NotBlank @Size(max = 2000) String reason) {
    }

    public record Opened(int created, int existing) {
    }

    @Schema(description = "Up to 5,000 records of one school's cycle")
    public record BulkRequest(@NotNull @Size(min = 1) List<BulkRecord> records) {
    }

    public record AuditView(long id, String actor, OffsetDateTime at, String action,
            @Schema(type = SchemaType.OBJECT, description = "The changed part before (JSON); null for a creation")
            @JsonRawValue String before,
            @Schema(type = SchemaType.OBJECT, description = "The changed part after (JSON)")
            @JsonRawValue String after) {

        static AuditView of(EvaluationAudit a) {
            return new AuditView(a.id, a.actor, a.at, a.action, a.before, a.after);
        }
    }
}
