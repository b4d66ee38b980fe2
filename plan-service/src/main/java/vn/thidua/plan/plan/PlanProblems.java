package vn.thidua.plan.plan;

import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/** What goes wrong with plans, in Vietnamese with the English in brackets. */
final class PlanProblems {

    private PlanProblems() {
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Kế hoạch (plan)", id);
    }

    static ProblemException versionNotFound(UUID id, int version) {
        return ProblemException.notFound("Phiên bản (version)", id + " v" + version);
    }

    static ProblemException managersOnly() {
        return ProblemException.forbidden("Chỉ hiệu trưởng hoặc phòng giáo dục quản lý kế hoạch "
                + "(only a principal or an office manages plans)");
    }

    static ProblemException unitOutsideScope(String unitCode) {
        return ProblemException.forbidden("Đơn vị " + unitCode + " nằm ngoài phạm vi của bạn (outside your units)");
    }

    static ProblemException publishedNotEditable() {
        return ProblemException.conflict("Kế hoạch đã ban hành không sửa trực tiếp được; hãy ban hành bản điều chỉnh "
                + "(a published plan is changed by amending it)");
    }

    static ProblemException unitCannotChange() {
        return ProblemException.unprocessable("unitCode", "Không đổi được đơn vị của kế hoạch (the unit cannot change)");
    }

    static ProblemException basisNotAbove(UUID basedOnPlanId) {
        return ProblemException.unprocessable("basedOnPlanId", "Kế hoạch căn cứ " + basedOnPlanId
                + " không có, chưa ban hành hoặc không thuộc đơn vị cấp trên "
                + "(no such published plan of a unit above this one)");
    }

    static ProblemException onlyDraftPublishes(PlanStatus status) {
        return ProblemException.conflict("Kế hoạch đang ở trạng thái " + status
                + ", chỉ kế hoạch DRAFT mới được ban hành (only a DRAFT plan can be published)");
    }

    static ProblemException onlyInForceAmends(PlanStatus status) {
        return ProblemException.conflict("Chỉ điều chỉnh được kế hoạch đang thực hiện, kế hoạch này đang "
                + status + " (only a plan in force can be amended)");
    }

    static ProblemException onlyInForceWithdraws(PlanStatus status) {
        return ProblemException.conflict("Chỉ thu hồi được kế hoạch đang thực hiện, kế hoạch này đang " + status
                + " (only a plan in force can be withdrawn)");
    }

    static ProblemException phaseNotAllowed(PlanStatus from, PlanStatus to) {
        return ProblemException.conflict("Không chuyển được từ " + from + " sang " + to
                + " (allowed: PUBLISHED → MIDTERM_REVIEW → CLOSED)");
    }

    static FieldError noContents() {
        return new FieldError("document.contents",
                "Kế hoạch chưa có nội dung thi đua nào (a plan without contents cannot be published)");
    }

    static FieldError noTitle() {
        return new FieldError("document.title", "Kế hoạch chưa có tiêu đề (a plan needs a title)");
    }

    static ProblemException notPublishable(List<FieldError> errors) {
        return new ProblemException(422, "unprocessable", "Chưa ban hành được (not publishable)",
                errors.size() + " điều kiện ban hành chưa đạt (publication conditions not met)", errors);
    }

    static FieldError impossibleSchoolYear(String schoolYear) {
        return new FieldError("schoolYear", "năm học \"" + schoolYear + "\" không có: hai năm liền nhau trong khoảng "
                + "1900–2100, như 2022-2023 (no such school year: two consecutive years within 1900–2100, e.g. 2022-2023)");
    }

    static ProblemException schoolYearNeeded() {
        return ProblemException.unprocessable("schoolYear",
                "Văn bản không ghi năm; hãy cho biết năm học (the document names no year: give schoolYear)");
    }

    /** 409: a unit has one plan per school year; the published one is changed by amendment. */
    static ProblemException schoolYearTaken(Plan published) {
        String amend = "/api/v1/plans/" + published.id + "/amend";
        String how = published.status == PlanStatus.CLOSED
                ? "kế hoạch đó đã kết thúc (CLOSED) (that plan is closed)"
                : "hãy điều chỉnh kế hoạch đó: POST " + amend + " (amend it instead: POST " + amend + ")";
        String detail = "Đơn vị " + published.unitCode + " đã ban hành kế hoạch " + published.id + " «" + published.title
                + "» cho năm học " + published.schoolYear + "; mỗi đơn vị một kế hoạch (một đợt đánh giá) mỗi năm học, "
                + how + " (the unit already published a plan for this school year; one plan, one evaluation cycle per "
                + "unit and school year)";
        return new ProblemException(409, "school-year-taken", "Năm học đã có kế hoạch (school year already has a plan)",
                detail, List.of(new FieldError("schoolYear", "Đã có kế hoạch " + published.id + " (" + published.status
                        + ") cho năm học " + published.schoolYear + "; " + how)));
    }
}
