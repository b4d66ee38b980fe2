package vn.thidua.evaluation.staff;

import vn.thidua.evaluation.staff.StaffCsvImport.LineError;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the staff registry refuses, in Vietnamese with the English gist. */
final class StaffProblems {

    private StaffProblems() {
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Cán bộ (staff)", id);
    }

    static ProblemException codeTaken(String code, String unitCode) {
        return conflict("code", "Mã " + code + " đã có trong đơn vị " + unitCode + " (code already used)");
    }

    /** The holder is not named: it may be a person of another school, which this caller must not read. */
    static ProblemException personCodeTaken(String personCode) {
        return conflict("personCode", personCodeTakenMessage(personCode));
    }

    static String personCodeTakenMessage(String personCode) {
        return "Số định danh " + personCode + " đã thuộc về một người khác; nếu đây là người chuyển từ trường khác, "
                + "phòng giáo dục dùng POST /api/v1/staff/{id}/move (person code already belongs to another person; "
                + "a person who changes school is moved by the office above both schools)";
    }

    static ProblemException notMover(String fromUnit, String toUnit) {
        return ProblemException.forbidden("Chỉ phòng/sở giáo dục quản lý cả " + fromUnit + " và " + toUnit
                + " được điều chuyển cán bộ (only the office above both schools moves staff)");
    }

    static ProblemException unknownUnit(String unitCode) {
        return ProblemException.unprocessable("toUnit", "Đơn vị " + unitCode + " không có trong cây đơn vị "
                + "(unknown unit)");
    }

    static ProblemException sameUnit(String unitCode) {
        return ProblemException.unprocessable("toUnit", "Cán bộ đang ở " + unitCode
                + "; chọn trường khác (the record is already at that unit)");
    }

    static ProblemException moveBeforeStart(LocalDate effectiveOn, LocalDate activeFrom) {
        return ProblemException.unprocessable("effectiveOn", "Ngày chuyển " + effectiveOn
                + " phải sau ngày bắt đầu làm việc " + activeFrom + " (a move takes effect after the record began)");
    }

    static ProblemException alreadyEnded(LocalDate activeTo, LocalDate effectiveOn) {
        return ProblemException.unprocessable("effectiveOn", "Hồ sơ đã kết thúc ngày " + activeTo
                + ", trước ngày chuyển " + effectiveOn + " (the record ended before the move)");
    }

    static ProblemException badMoveDate(LocalDate effectiveOn) {
        return ProblemException.unprocessable("effectiveOn", "Ngày " + effectiveOn + " "
                + vn.thidua.platform.time.DateRange.message());
    }

    static ProblemException accountTaken(String userName, String holderCode) {
        return conflict("userName", "Tài khoản " + userName + " đã gắn với cán bộ mã " + holderCode
                + " (account already linked to staff " + holderCode + ")");
    }

    /** The message of an account already held, as an import line reports it. */
    static String accountTakenOnLine(String userName, String holderCode) {
        return "Tài khoản " + userName + " đã gắn với cán bộ mã " + holderCode + " (account already linked to staff "
                + holderCode + ")";
    }

    static ProblemException endsBeforeStart(LocalDate end, LocalDate start) {
        return ProblemException.unprocessable("activeTo", "Đến ngày " + end + " trước từ ngày " + start
                + " (active to is before active from)");
    }

    static ProblemException invalidFields(List<StaffData.Violation> violations) {
        return new ProblemException(422, "unprocessable", "Không thể xử lý (unprocessable)",
                violations.size() + " trường không hợp lệ (invalid fields)",
                violations.stream().map(v -> new FieldError(v.field().jsonName, v.message())).toList());
    }

    static ProblemException unreadableCsv(StaffCsvImport.UnreadableCsvException e) {
        int status = e.reason() == StaffCsvImport.Reason.TOO_LARGE
                || e.reason() == StaffCsvImport.Reason.TOO_MANY_ROWS ? 413 : 422;
        return new ProblemException(status, "unreadable-csv", "Không đọc được tệp CSV (unreadable CSV)",
                e.getMessage(), e.errors().isEmpty() ? List.of(new FieldError("body", e.reason().name()))
                        : fieldErrors(e.errors()));
    }

    static ProblemException importRejected(int rejected, int dataRows, List<LineError> errors) {
        return new ProblemException(422, "import-rejected", "Tệp có dòng lỗi, chưa nhập gì (nothing imported)",
                rejected + " dòng lỗi trong " + dataRows + " dòng; sửa rồi gửi lại, hoặc gửi "
                        + "mode=valid-rows để nhập các dòng đúng (" + rejected + " bad rows of "
                        + dataRows + "; fix and resend, or send mode=valid-rows to import the good rows)",
                fieldErrors(errors));
    }

    static ProblemException unknownImportMode(String value) {
        return ProblemException.invalid("mode", "Chế độ nhập không rõ \"" + value
                + "\" (unknown mode): all-or-nothing hoặc valid-rows");
    }

    static ProblemException changedMeanwhile() {
        return ProblemException.conflict("Hồ sơ vừa bị người khác sửa; hãy tải lại (changed meanwhile; reload)");
    }

    static ProblemException takenMeanwhile() {
        return ProblemException.conflict("Mã hoặc tài khoản vừa được dùng cho cán bộ khác "
                + "(code or account taken meanwhile)");
    }

    static ProblemException otherGroup(String ownGroup) {
        return ProblemException.forbidden("Tổ trưởng chỉ xem được tổ của mình " + ownGroup
                + " (a group leader reads only their own group)");
    }

    static ProblemException otherUnit() {
        return ProblemException.forbidden("Chỉ xem được cán bộ của đơn vị mình (only your own unit's staff)");
    }

    static ProblemException notPrincipal(String unitCode) {
        return ProblemException.forbidden("Chỉ hiệu trưởng của trường " + unitCode
                + " được sửa danh sách cán bộ (only the school's principal edits its staff)");
    }

    static ProblemException notImporter(String unitCode) {
        return ProblemException.forbidden("Chỉ hiệu trưởng hoặc phần mềm của trường " + unitCode
                + " được nhập danh sách cán bộ (only the school's principal or school app imports its staff)");
    }

    static ProblemException unknownPosition(String text) {
        return ProblemException.invalid("position", "Chức vụ không rõ \"" + text + "\" (unknown position): TEACHER, "
                + "STAFF, PRINCIPAL, VICE_PRINCIPAL, PIONEER_LEADER, ACCOUNTANT, LIBRARIAN, OTHER");
    }

    static ProblemException badDate(String name, String text) {
        return ProblemException.invalid(name, "Ngày không hợp lệ \"" + text + "\" (bad date): yyyy-MM-dd");
    }

    private static ProblemException conflict(String field, String detail) {
        return new ProblemException(409, "conflict", "Xung đột dữ liệu (conflict)", detail,
                List.of(new FieldError(field, detail)));
    }

    private static List<FieldError> fieldErrors(List<LineError> errors) {
        return errors.stream().map(e -> new FieldError("line " + e.line() + (e.column() == null ? "" : ": " + e.column()),
                e.message())).toList();
    }
}
