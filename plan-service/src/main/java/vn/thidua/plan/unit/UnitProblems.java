package vn.thidua.plan.unit;

import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.text.ControlCharacters;

import java.time.LocalDate;
import java.util.List;

/** What goes wrong with units, in Vietnamese with the English in brackets. */
public final class UnitProblems {

    private UnitProblems() {
    }

    /** A unit code that names no unit; {@code field} is the request field that carried it. */
    public static ProblemException unknownUnit(String field, String code) {
        return ProblemException.unprocessable(field, "Đơn vị " + code + " không tồn tại (unknown unit)");
    }

    static ProblemException notFound(String code) {
        return ProblemException.notFound("Đơn vị (unit)", code);
    }

    static ProblemException parentRequired() {
        return ProblemException.invalid("parentCode", "Đơn vị mới phải thuộc một đơn vị cấp trên (parent required)");
    }

    static ProblemException codeExists(String code) {
        return ProblemException.conflict("Mã đơn vị " + code + " đã tồn tại (unit code already exists)");
    }

    static ProblemException validToBeforeValidFrom() {
        return ProblemException.invalid("validTo", "Ngày hết hiệu lực trước ngày hiệu lực (validTo before validFrom)");
    }

    static ProblemException moveUnderItself() {
        return ProblemException.unprocessable("parentCode", "Không chuyển được đơn vị vào chính nó hoặc đơn vị con "
                + "(a unit cannot move under itself)");
    }

    /** A CSV import refused as a whole, with every bad line. */
    static ProblemException importRefused(List<FieldError> errors) {
        return new ProblemException(422, "csv", "Tệp đơn vị có lỗi, chưa nhập gì (the file has errors; nothing imported)",
                errors.size() + " lỗi (errors)", errors);
    }

    // Lines of a CSV import; {@code at} is "line N: ".

    static FieldError duplicateCode(String at, String code, int firstLine) {
        return new FieldError(at + "code", "mã " + code + " lặp lại ở dòng " + firstLine + " (duplicate code)");
    }

    static FieldError unitOutsideScope(String at, String code) {
        return new FieldError(at + "code", "đơn vị " + code + " ngoài phạm vi của bạn (outside your units)");
    }

    static FieldError parentMissing(String at) {
        return new FieldError(at + "parentCode", "thiếu đơn vị cấp trên (parent required)");
    }

    static FieldError unknownParent(String at, String parent) {
        return new FieldError(at + "parentCode", "đơn vị cấp trên " + parent
                + " không có trong hệ thống hoặc ở dòng trước (unknown parent)");
    }

    /** A parent that does not exist on the day its new child starts, or a child moves under it (dissolved, not yet formed). */
    static ProblemException parentNotValid(String field, Unit parent, LocalDate day) {
        return ProblemException.unprocessable(field, parentNotValidMessage(parent, day));
    }

    static FieldError parentNotValidAt(String at, Unit parent, LocalDate day) {
        return new FieldError(at + "parentCode", parentNotValidMessage(parent, day));
    }

    private static String parentNotValidMessage(Unit parent, LocalDate day) {
        return "đơn vị cấp trên " + parent.code + " không còn hoặc chưa có hiệu lực ngày " + day + " (hiệu lực "
                + parent.validFrom + " – " + (parent.validTo == null ? "nay" : parent.validTo) + "; the parent does not "
                + "exist on that day)";
    }

    static FieldError parentOutsideScope(String at, String parent) {
        return new FieldError(at + "parentCode", "đơn vị cấp trên " + parent
                + " ngoài phạm vi của bạn (outside your units)");
    }

    static FieldError moveUnderChild(String at) {
        return new FieldError(at + "parentCode", "không chuyển được đơn vị vào đơn vị con (a unit cannot move under itself)");
    }

    // The CSV file itself.

    static FieldError notUtf8() {
        return file("Tệp không phải UTF-8; hãy lưu lại dạng CSV UTF-8 (not UTF-8: save as CSV UTF-8)");
    }

    static FieldError emptyFile() {
        return file("Tệp rỗng (empty file)");
    }

    static FieldError unreadableCsv(String reason) {
        return file("CSV không đọc được (unreadable CSV): " + reason);
    }

    static FieldError missingColumn(String column) {
        return new FieldError("line 1", "thiếu cột " + column + " (missing column " + column + ")");
    }

    static FieldError badCode(int line, String code) {
        return new FieldError("line " + line + ": code", "mã chỉ gồm chữ in hoa, số và dấu - (A-Z, 0-9, -): '" + code + "'");
    }

    static FieldError nameMissing(int line) {
        return new FieldError("line " + line + ": name", "thiếu tên đơn vị (name missing)");
    }

    static FieldError unknownLevel(int line, String level) {
        return new FieldError("line " + line + ": level", "cấp không rõ (unknown level): '" + level + "'");
    }

    static FieldError nameTooLong(int line, int max) {
        return new FieldError("line " + line + ": name", "tên dài quá " + max + " ký tự (name over " + max
                + " characters, as in the JSON API)");
    }

    static FieldError badDate(int line, String date) {
        return new FieldError("line " + line + ": validFrom", "ngày không hợp lệ (bad date): '" + date + "'");
    }

    static FieldError controlCharacter(ControlCharacters.Position at) {
        return new FieldError("line " + at.line() + ", column " + at.column(), "ký tự điều khiển "
                + ControlCharacters.name(at.character()) + " không được phép trong tệp (control character "
                + ControlCharacters.name(at.character()) + " not allowed)");
    }

    /** A warning: the cell starts like a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR). */
    static FieldError formulaCell(int line, int column, char first) {
        String shown = first == '\t' ? "tab" : first == '\r' ? "CR" : "'" + first + "'";
        return new FieldError("line " + line + ", column " + column, "ô bắt đầu bằng " + shown
                + " sẽ bị bảng tính hiểu là công thức; đã nhập như văn bản (starts with " + shown
                + ", which spreadsheets run as a formula; imported as text)");
    }

    private static FieldError file(String message) {
        return new FieldError("file", message);
    }
}
