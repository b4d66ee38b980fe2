package vn.thidua.award.record;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.award.rules.Title;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of an achievement file (hồ sơ thi đua): a title or form decided for a person or a collective, with the
 * decision behind it and its revocation if any. {@code source} DECIDED: a decision taken in this system (its
 * nomination and council session named); IMPORTED: a decision taken before, imported with who and when.
 */
@Schema(name = "Achievement", description = "Một danh hiệu, hình thức khen thưởng trong hồ sơ thi đua")
public record Achievement(
        @Schema(description = "DECIDED (quyết định trong hệ thống) hoặc IMPORTED (nhập từ hồ sơ cũ)") Source source,
        @Schema(description = "Mã bản ghi: nomination id (DECIDED) hoặc id bản ghi nhập (IMPORTED)") UUID id,
        @Schema(description = "personId, khi là cá nhân") UUID personId,
        @Schema(description = "Mã cán bộ tại trường (staff id) của đề nghị hoặc dòng nhập") UUID staffId,
        @Schema(description = "Tên người hoặc tập thể, khi biết") String holderName,
        @Schema(description = "Trường của người hoặc tập thể lúc được khen") String unitCode,
        @Schema(description = "Tổ chuyên môn, khi là tập thể tổ") String groupCode,
        Title awardCode,
        @Schema(description = "Tên danh hiệu, hình thức (tiếng Việt)") String awardName,
        @Schema(description = "TITLE (danh hiệu) hoặc FORM (hình thức)") String awardKind,
        @Schema(example = "2021-2022") String schoolYear,
        @Schema(example = "125/QĐ-UBND") String decisionNumber,
        LocalDate decisionDate,
        @Schema(description = "Cơ quan, đơn vị ra quyết định") String issuer,
        @Schema(description = "Cấp của đơn vị ra quyết định (SCHOOL, OFFICE, PROVINCE…), khi biết") String issuerLevel,
        @Schema(description = "Đề nghị khen thưởng (DECIDED)") UUID nominationId,
        @Schema(description = "Phiên họp hội đồng đã xét (DECIDED)") UUID councilSessionId,
        boolean revoked,
        String revokedReason,
        String revokedBy,
        OffsetDateTime revokedAt,
        @Schema(description = "Người nhập (IMPORTED)") String importedBy,
        @Schema(description = "Thời điểm nhập (IMPORTED)") OffsetDateTime importedAt) {

    public enum Source { DECIDED, IMPORTED }

    /** Whether it counts as held: decided (in the system or before) and not revoked. */
    public boolean held() {
        return !revoked;
    }

    /** "QĐ số 125/QĐ-UBND ngày 20/06/2022 (nhập từ hồ sơ)" — how explanations cite it. */
    public String citation() {
        String day = decisionDate == null ? "" : String.format(" ngày %02d/%02d/%d", decisionDate.getDayOfMonth(),
                decisionDate.getMonthValue(), decisionDate.getYear());
        return "QĐ số " + decisionNumber + day + (issuer == null ? "" : " của " + issuer)
                + (source == Source.IMPORTED ? " (nhập từ hồ sơ)" : "");
    }
}
