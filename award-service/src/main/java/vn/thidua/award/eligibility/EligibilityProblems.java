package vn.thidua.award.eligibility;

import vn.thidua.platform.problem.ProblemException;

/** What the eligibility endpoints answer when a request cannot go ahead, in Vietnamese with English. */
final class EligibilityProblems {

    private EligibilityProblems() {
    }

    static ProblemException cycleNotFound(Object cycleId) {
        return ProblemException.notFound("Kết quả xét danh hiệu của chu kỳ (eligibility of cycle)", cycleId);
    }

    static ProblemException staffNotFound(Object staffId) {
        return ProblemException.notFound("Kết quả xét danh hiệu của cán bộ (eligibility of staff)", staffId);
    }

    static ProblemException onlyOwnUnit() {
        return ProblemException.forbidden("Chỉ xem được kết quả của đơn vị mình (only your own unit's results)");
    }

    static ProblemException notYourResults() {
        return ProblemException.forbidden("Không được xem kết quả của cán bộ này (you may read only your own results "
                + "or those of units you reach)");
    }

    static ProblemException onlyPrincipalOrOfficeRecomputes() {
        return ProblemException.forbidden("Chỉ hiệu trưởng của trường hoặc cấp trên được tính lại (only the school's "
                + "principal or an office above recomputes)");
    }

    static ProblemException cycleOrUnitAndYear() {
        return ProblemException.invalid("cycle", "Cho cycle, hoặc unit và schoolYear dạng 2023-2024 (give cycle, or "
                + "unit and schoolYear)");
    }
}
