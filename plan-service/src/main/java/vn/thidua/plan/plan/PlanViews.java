package vn.thidua.plan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.plan.document.ImportWarning;
import vn.thidua.plan.document.PlanDocument;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the plan API. */
final class PlanViews {

    private PlanViews() {
    }

    @Schema(description = "Kế hoạch mới hoặc bản nháp sửa lại (a new plan, or a draft's new content)")
    public record PlanRequest(
            @Schema(description = "Mã đơn vị ban hành (issuing unit)", examples = "TH-TRAMCHIM2")
            @NotBlank @Size(max = 64) String unitCode,
            @Schema(description = "Năm học (school year)", examples = "2022-2023")
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{4}", message = "phải có dạng YYYY-YYYY (must look like 2022-2023)")
            String schoolYear,
            @Schema(description = "Kế hoạch của cấp trên làm căn cứ (the office plan this one is made from)")
            UUID basedOnPlanId,
            @Schema(description = "Hạn ban hành kế hoạch của các trường (office plans: deadline for the schools' plans)")
            LocalDate publicationDeadline,
            @Schema(description = "Văn bản kế hoạch có cấu trúc (the structured plan document)")
            @NotNull PlanDocument document) {
    }

    public record Amendment(
            @Schema(description = "Toàn văn phiên bản mới (the whole new version)") @NotNull PlanDocument document,
            @Schema(description = "Lý do điều chỉnh (why)", examples = "Bổ sung nội dung thi đua chuyển đổi số")
            @Size(max = 2000) String note) {
    }

    public record PhaseChange(
            @Schema(description = "MIDTERM_REVIEW (sơ kết) or CLOSED (tổng kết)") @NotNull PlanStatus phase) {
    }

    public record Withdrawal(@Schema(description = "Lý do thu hồi (reason)") @NotBlank @Size(max = 2000) String reason) {
    }

    public record PlanView(UUID id, String unitCode, String schoolYear, Integer year, String title,
            String documentNumber, LocalDate documentDate, PlanStatus status, int version, UUID basedOnPlanId,
            LocalDate publicationDeadline, String withdrawalReason, String createdBy, OffsetDateTime createdAt,
            OffsetDateTime publishedAt, OffsetDateTime updatedAt, long revision, PlanDocument document,
            List<ImportWarning> importWarnings) {

        static PlanView of(Plan plan) {
            return new PlanView(plan.id, plan.unitCode, plan.schoolYear, plan.year, plan.title, plan.documentNumber,
                    plan.documentDate, plan.status, plan.version, plan.basedOnPlanId, plan.publicationDeadline,
                    plan.withdrawalReason, plan.createdBy, plan.createdAt, plan.publishedAt, plan.updatedAt,
                    plan.revision, plan.document, plan.importWarnings == null ? List.of() : plan.importWarnings);
        }
    }

    /** A plan in a list: no document body. */
    public record PlanSummary(UUID id, String unitCode, String schoolYear, Integer year, String title,
            String documentNumber, PlanStatus status, int version, UUID basedOnPlanId, OffsetDateTime publishedAt,
            OffsetDateTime updatedAt) {

        static PlanSummary of(Plan plan) {
            return new PlanSummary(plan.id, plan.unitCode, plan.schoolYear, plan.year, plan.title, plan.documentNumber,
                    plan.status, plan.version, plan.basedOnPlanId, plan.publishedAt, plan.updatedAt);
        }
    }

    public record ImportResponse(PlanView plan, List<ImportWarning> warnings) {
    }

    public record VersionView(int version, String note, String publishedBy, OffsetDateTime publishedAt,
            PlanDocument document) {

        static VersionView of(PlanVersion version) {
            return new VersionView(version.key.version(), version.note, version.publishedBy, version.publishedAt,
                    version.document);
        }
    }
}
