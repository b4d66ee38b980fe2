package vn.thidua.award.report;

import vn.thidua.platform.problem.ProblemException;

/** What the report endpoints answer when a request cannot go ahead, in Vietnamese with English. */
final class ReportProblems {

    private ReportProblems() {
    }

    static ProblemException decisionNotFound(Object decisionId) {
        return ProblemException.notFound("Quyết định khen thưởng (decision)", decisionId);
    }

    static ProblemException onlyTopUnitRebuilds(String unit) {
        return ProblemException.forbidden("Chỉ cán bộ phụ trách của đơn vị cấp cao nhất được dựng lại báo cáo; đơn vị "
                + unit + " có đơn vị cấp trên (only an office user of the top unit rebuilds the reports)");
    }

    static ProblemException rebuildRunning() {
        return ProblemException.conflict("Đang dựng lại báo cáo (a rebuild is already running)");
    }

    static ProblemException unitRequired() {
        return ProblemException.invalid("unit", "Bắt buộc: mã đơn vị, ví dụ PGD-TAMNONG (required: a unit code)");
    }

    static ProblemException badSchoolYear() {
        return ProblemException.invalid("schoolYear", "Năm học dạng 2022-2023 (a school year such as 2022-2023)");
    }

    static ProblemException unknownFormat() {
        return ProblemException.invalid("format", "Một trong json, csv, xlsx (one of json, csv, xlsx)");
    }
}
