package vn.thidua.award.record;

import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/** The problems of achievement files and imports, in Vietnamese with the English beside. */
final class AchievementProblems {

    private AchievementProblems() {
    }

    static ProblemException personNotFound(UUID personId) {
        return ProblemException.notFound("Hồ sơ thi đua (achievement file) of person", personId);
    }

    static ProblemException recordNotFound(UUID id) {
        return ProblemException.notFound("Bản ghi nhập (imported record)", id);
    }

    static ProblemException onlyOwnFile() {
        return ProblemException.forbidden("Chỉ được xem hồ sơ thi đua của chính mình (staff read only their own file)");
    }

    static ProblemException onlyPrincipalOrOffice(String unitCode) {
        return ProblemException.forbidden("Chỉ hiệu trưởng của " + unitCode + " hoặc phòng, sở cấp trên được nhập, thu "
                + "hồi hồ sơ của đơn vị này (only the unit's principal or an office above it)");
    }

    static ProblemException unknownFormat() {
        return ProblemException.invalid("format", "Định dạng không rõ (unknown format): json, csv, xlsx hoặc html");
    }

    static ProblemException unitRequired() {
        return ProblemException.invalid("unit", "Cần mã đơn vị (unit required): token không có đơn vị");
    }

    static ProblemException reasonRequired() {
        return ProblemException.invalid("reason", "Cần lý do thu hồi (a reason is required)");
    }

    static ProblemException alreadyRevoked(UUID id) {
        return ProblemException.conflict("Bản ghi " + id + " đã bị thu hồi (already revoked)");
    }

    static ProblemException unreadable(ImportSheet.UnreadableException e) {
        int status = e.reason == ImportSheet.Reason.TOO_LARGE || e.reason == ImportSheet.Reason.TOO_MANY_ROWS ? 413 : 422;
        String field = e.line > 0 ? "line " + e.line + (e.column == null ? "" : ": " + e.column) : "body";
        return new ProblemException(status, "unreadable-import", "Không đọc được tệp (unreadable file)", e.getMessage(),
                List.of(new FieldError(field, e.getMessage())));
    }

    static ProblemException badHeader(ImportRows.BadHeaderException e) {
        return new ProblemException(422, "unreadable-import", "Không đọc được tệp (unreadable file)", e.getMessage(),
                fieldErrors(e.errors));
    }

    static ProblemException rejected(int rejected, int dataRows, List<ImportRows.LineError> errors) {
        return new ProblemException(422, "import-rejected", "Tệp có dòng lỗi, chưa nhập gì (nothing imported)",
                rejected + " dòng lỗi trong " + dataRows + " dòng; sửa rồi gửi lại (" + rejected + " bad rows of "
                        + dataRows + "; nothing was stored, fix and resend)", fieldErrors(errors));
    }

    private static List<FieldError> fieldErrors(List<ImportRows.LineError> errors) {
        return errors.stream().map(e -> new FieldError("line " + e.line() + (e.column() == null ? "" : ": " + e.column()),
                e.message())).toList();
    }
}
