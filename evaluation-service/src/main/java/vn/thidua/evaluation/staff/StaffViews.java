package vn.thidua.evaluation.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.platform.text.PersonCodes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Staff records as the API shows and takes them. */
final class StaffViews {

    private StaffViews() {
    }

    public record StaffView(UUID id, String unitCode, String code, String fullName, Gender gender, LocalDate birthDate,
            Position position, String groupCode, String groupName, Employment employment, LocalDate hireDate,
            LocalDate activeFrom, LocalDate activeTo, String userName, long revision, OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(description = "Người (person): the same on this person's records at every school")
            UUID personId,
            @Schema(description = "Số định danh cá nhân hoặc mã số viên chức (national id or civil-servant code). "
                    + "Shown whole only to the person (their own record), the principal of the record's school and the "
                    + "offices above it (district role); every other reader (council, group_lead, school_app) gets it "
                    + "masked: each character but the last three replaced by '*' (\"*********123\"), enough to tell two "
                    + "records apart, not to read the number. Null when none was given.",
                    nullable = true, example = "087185000123") String personCode,
            @Schema(description = "Hồ sơ ở trường cũ, khi hồ sơ này do điều chuyển (the record this move came from)",
                    nullable = true) UUID movedFrom) {

        /** {@code wholeCode}: whether the reader may see the personal code unmasked ({@link StaffAccess#seesPersonCode}). */
        static StaffView of(Staff s, boolean wholeCode) {
            return new StaffView(s.id, s.unitCode, s.code, s.fullName, s.gender, s.birthDate, s.position, s.groupCode,
                    s.groupName, s.employment, s.hireDate, s.activeFrom, s.activeTo, s.userName, s.revision,
                    s.createdAt, s.updatedAt, s.personId, wholeCode ? s.personCode : PersonCodes.mask(s.personCode), s.movedFrom);
        }
    }

    /** One staff record to create or to replace (PUT: every field; a missing activeFrom keeps the current one). */
    public record StaffRequest(
            @Schema(description = "Mã trường (school code); on create defaults to the token's unit, ignored on PUT")
            String unitCode,
            @Schema(description = "Mã cán bộ, duy nhất trong trường (staff code, unique in the school)", example = "GV001")
            @NotBlank @Size(max = StaffData.MAX_CODE) String code,
            @Schema(example = "Nguyễn Thị Ánh") @NotBlank @Size(max = StaffData.MAX_TEXT) String fullName,
            @NotNull Gender gender,
            LocalDate birthDate,
            @NotNull Position position,
            @Schema(description = "Mã tổ chuyên môn; derived from groupName when absent", example = "TO-4-5")
            @Size(max = StaffData.MAX_CODE) String groupCode,
            @Schema(example = "Tổ 4-5") @Size(max = StaffData.MAX_TEXT) String groupName,
            @NotNull Employment employment,
            @Schema(description = "Ngày vào ngành (hire date)") LocalDate hireDate,
            @Schema(description = "Làm việc tại trường từ ngày; defaults to hireDate, else today") LocalDate activeFrom,
            LocalDate activeTo,
            @Schema(description = "Tài khoản: the person's token upn, so they can read their own record")
            @Size(max = StaffData.MAX_TEXT) String userName,
            @Schema(description = "Số định danh cá nhân (CCCD) hoặc mã số viên chức: optional, unique per person; "
                    + "absent keeps the current one", example = "087185000123")
            @Size(max = StaffData.MAX_CODE) String personCode) {

        StaffData data() {
            return new StaffData(code, fullName, gender, birthDate, position, groupCode, groupName, employment, hireDate,
                    activeFrom, activeTo, userName, personCode);
        }
    }

    /**
     * Điều chuyển: the person moves to {@code toUnit} on {@code effectiveOn}. The new record copies the old
     * one (name, person, dates of service, account) with the staff code given (default: the same) and the
     * group given at the new school (default: none, groups are the school's own).
     */
    public record MoveRequest(
            @Schema(description = "Mã trường mới (new school)", example = "TH-TRAMCHIM1") @NotBlank String toUnit,
            @Schema(description = "Ngày bắt đầu ở trường mới; the old record ends the day before", example = "2024-09-01")
            @NotNull LocalDate effectiveOn,
            @Schema(description = "Mã cán bộ ở trường mới; default the same code", nullable = true)
            @Size(max = StaffData.MAX_CODE) String code,
            @Schema(description = "Tổ chuyên môn ở trường mới", nullable = true) @Size(max = StaffData.MAX_TEXT) String groupName,
            @Schema(description = "Mã tổ ở trường mới; derived from groupName when absent", nullable = true)
            @Size(max = StaffData.MAX_CODE) String groupCode,
            @Schema(description = "Chức vụ ở trường mới; default the same", nullable = true) Position position) {
    }

    /** The last day the person works in the school; today when absent. */
    public record Deactivation(LocalDate activeTo) {
    }
}
