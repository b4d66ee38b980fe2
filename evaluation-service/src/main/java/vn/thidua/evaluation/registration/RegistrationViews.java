package vn.thidua.evaluation.registration;

import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.evaluation.staff.Staff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Registrations as the API shows and takes them. */
final class RegistrationViews {

    private RegistrationViews() {
    }

    @Schema(description = "Đăng ký thi đua của một cán bộ (INDIVIDUAL) hoặc một tổ (COLLECTIVE)")
    public record RegistrationView(UUID id, UUID cycleId, String unitCode, String schoolYear, RegistrationKind kind,
            @Schema(description = "Null for a collective registration") UUID staffId, String staffCode,
            String fullName,
            @Schema(description = "The registering group (collective) or the person's group") String groupCode,
            RegistrationState state, List<RegistrationTarget> targets, OffsetDateTime submittedAt, String submittedBy,
            @Schema(description = "Hạn đăng ký of the cycle (included); null: open") LocalDate registrationDeadline,
            @Schema(description = "Past the deadline: only the principal changes it, with a reason") boolean closed,
            long revision, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        static RegistrationView of(RegistrationQueries.Listed listed, LocalDate today) {
            Registration r = listed.registration();
            Staff s = listed.staff();
            LocalDate deadline = listed.cycle().registrationDeadline;
            return new RegistrationView(r.id, r.cycleId, r.unitCode, listed.cycle().schoolYear, r.kind, r.staffId,
                    s == null ? null : s.code, s == null ? null : s.fullName, listed.groupCode(), r.state, r.targets,
                    r.submittedAt, r.submittedBy, deadline,
                    RegistrationRules.closed(deadline, today), r.revision, r.createdAt,
                    r.updatedAt);
        }
    }

    @Schema(description = "Every target of the registration; replaces what was there")
    public record RegistrationRequest(
            @Schema(description = "TITLE with code (cá nhân: LDTT, CSTDCS, CSTD_TINH, CSTD_TQ; tập thể: TTLDTT, "
                    + "TTLDXS) or INITIATIVE with the initiative's name in text (individuals only)")
            @NotNull @Size(max = RegistrationRules.MAX_TARGETS) List<RegistrationTarget> targets,
            @Schema(description = "Lý do: required of the principal after the deadline, kept in the history")
            @Size(max = RegistrationRules.MAX_REASON) String reason) {
    }

    public record SubmitRequest(
            @Schema(description = "Lý do: required of the principal after the deadline, kept in the history")
            @Size(max = RegistrationRules.MAX_REASON) String reason) {
    }

    public record DeadlineRequest(
            @Schema(description = "Hạn đăng ký thi đua (included, school's time zone), e.g. 2023-03-15; null: open "
                    + "until set again", example = "2023-03-15") LocalDate deadline) {
    }

    public record HistoryView(long id, String actor, OffsetDateTime at, String action,
            @Schema(description = "Lý do (after the deadline)") String reason,
            @Schema(type = SchemaType.OBJECT, description = "State and targets before (JSON); null for a creation")
            @JsonRawValue String before,
            @Schema(type = SchemaType.OBJECT, description = "State and targets after (JSON)")
            @JsonRawValue String after) {

        static HistoryView of(RegistrationHistory h) {
            return new HistoryView(h.id, h.actor, h.at, h.action, h.reason, h.before, h.after);
        }
    }
}
