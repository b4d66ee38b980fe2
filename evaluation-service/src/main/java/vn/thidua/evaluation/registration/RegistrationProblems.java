package vn.thidua.evaluation.registration;

import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What registrations refuse, in Vietnamese with the English gist. */
final class RegistrationProblems {

    private RegistrationProblems() {
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Đăng ký thi đua (registration)", id);
    }

    static ProblemException staffNotFound(UUID staffId) {
        return ProblemException.notFound("Cán bộ (staff)", staffId);
    }

    static ProblemException groupNotFound(String groupCode) {
        return ProblemException.notFound("Tổ chuyên môn (group)", groupCode);
    }

    static ProblemException notRegistered(String who) {
        return new ProblemException(404, "not-registered", "Chưa đăng ký (not registered yet)",
                who + " chưa đăng ký thi đua trong chu kỳ này; gửi PUT trước (has not registered in this cycle yet: PUT "
                        + "the targets first)", List.of());
    }

    static ProblemException deadlineOutsideYear(LocalDate deadline, String schoolYear, SchoolYear year) {
        return ProblemException.unprocessable("deadline", "Hạn đăng ký " + RegistrationRules.format(deadline)
                + " không thuộc năm học " + schoolYear + " (" + year.start() + " – " + year.end()
                + ") (the deadline is outside the school year)");
    }

    static ProblemException otherGroup() {
        return ProblemException.forbidden("Chỉ xem được đăng ký của tổ mình (a group leader reads only their own "
                + "group)");
    }

    static ProblemException otherUnit() {
        return ProblemException.forbidden("Chỉ xem được đăng ký của đơn vị mình (only your own unit's registrations)");
    }

    static ProblemException notTheRegistrant() {
        return ProblemException.forbidden("Chỉ người đăng ký hoặc hiệu trưởng sửa được đăng ký này (only the person "
                + "registering or the principal changes this registration)");
    }

    static ProblemException notTheGroupLeader(String groupCode) {
        return ProblemException.forbidden("Chỉ tổ trưởng của tổ " + groupCode + " hoặc hiệu trưởng đăng ký cho "
                + "tập thể tổ (only the group's leader or the principal registers the group as a collective)");
    }

    static ProblemException notPrincipal(String unitCode) {
        return ProblemException.forbidden("Chỉ hiệu trưởng của trường " + unitCode + " làm được việc này "
                + "(only the school's principal may do this)");
    }

    static ProblemException notWorkingThatYear(String fullName, String schoolYear) {
        return ProblemException.conflict(fullName + " không làm việc ở trường trong năm học " + schoolYear
                + " nên không đăng ký thi đua được (does not work at the school in this school year)");
    }

    static ProblemException alreadySubmitted(RegistrationState state) {
        return new ProblemException(409, "illegal-transition", "Không chuyển được trạng thái (illegal transition)",
                "Đăng ký đã nộp; sửa lại (PUT) rồi nộp lại (already SUBMITTED: change it, then submit again)",
                List.of(new FieldError("state", state.name())));
    }

    static ProblemException nothingToSubmit() {
        return ProblemException.unprocessable("targets", "Cần ít nhất một danh hiệu hoặc sáng kiến để nộp (at least "
                + "one target to submit)");
    }

    static ProblemException reasonTooLong(int max) {
        return ProblemException.invalid("reason", "Tối đa " + max + " ký tự (too long)");
    }

    static ProblemException closed(LocalDate deadline) {
        return new ProblemException(409, "registration-closed", "Đã hết hạn đăng ký thi đua (registration closed)",
                "Hạn đăng ký thi đua là ngày " + RegistrationRules.format(deadline) + "; sau hạn chỉ hiệu trưởng "
                        + "sửa được, kèm lý do (the registration deadline was " + deadline + "; after it only the "
                        + "principal changes registrations, giving a reason)",
                List.of(new FieldError("registrationDeadline", deadline.toString())));
    }

    static ProblemException reasonRequired(LocalDate deadline) {
        return ProblemException.unprocessable("reason", "Đã quá hạn đăng ký " + RegistrationRules.format(deadline)
                + ": hiệu trưởng sửa phải ghi lý do (past the deadline of " + deadline + ": the principal's change "
                + "needs a reason)");
    }

    static ProblemException changedMeanwhile() {
        return ProblemException.conflict("Đăng ký vừa bị người khác sửa; hãy tải lại (changed meanwhile; reload)");
    }

    static ProblemException createdMeanwhile() {
        return ProblemException.conflict("Đăng ký này vừa được tạo (created meanwhile; retry)");
    }

    static ProblemException unknownValue(String field, String text, List<String> names) {
        return ProblemException.invalid(field, "Giá trị không rõ \"" + text + "\" (unknown value): "
                + String.join(", ", names));
    }
}
