package vn.thidua.evaluation.cycle;

import vn.thidua.platform.problem.ProblemException;

import java.util.UUID;

/** What cycles and standard criteria refuse, in Vietnamese with the English gist. */
final class CycleProblems {

    private CycleProblems() {
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Chu kỳ đánh giá (cycle)", id);
    }

    /** Closed and withdrawn cycles are history: neither evaluations nor registrations change. */
    static ProblemException readOnly(Cycle cycle) {
        return ProblemException.conflict("Chu kỳ " + cycle.id + " đang ở trạng thái " + cycle.status
                + ", không sửa được đánh giá (the cycle is " + cycle.status + ": evaluations are read-only)");
    }

    static ProblemException noStandardCriteria(String unitCode, String schoolYear) {
        return ProblemException.notFound("Tiêu chí chung (standard criteria)", unitCode + " " + schoolYear);
    }

    static ProblemException notTheOffice(String unitCode) {
        return ProblemException.forbidden("Chỉ phòng/sở " + unitCode + " đặt tiêu chí chung của mình (only the "
                + "office itself sets its standard criteria)");
    }

    static ProblemException noCriteria() {
        return ProblemException.invalid("criteria", "Cần ít nhất một tiêu chí (at least one criterion)");
    }

    static ProblemException tooManyCriteria(int max) {
        return ProblemException.invalid("criteria", "Tối đa " + max + " tiêu chí (at most " + max + ")");
    }

    static String badNumber(int max) {
        return "Bắt buộc, tối đa " + max + " ký tự (required, at most " + max + " characters)";
    }

    static String repeatedNumber(String number) {
        return "Số " + number + " lặp lại (number repeated)";
    }

    static String badText(int max) {
        return "Bắt buộc, tối đa " + max + " ký tự (required, at most " + max + " characters)";
    }

    static ProblemException badSchoolYear() {
        return ProblemException.invalid("schoolYear", "Năm học dạng 2022-2023 (school year as 2022-2023)");
    }

    static ProblemException unitRequired() {
        return ProblemException.invalid("unit", "Bắt buộc (required)");
    }
}
