package vn.thidua.award.nomination;

import vn.thidua.award.council.CouncilOutcomes;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;

import java.util.List;
import java.util.Set;

/** What nominations, submissions and decisions answer when a request cannot go ahead, in Vietnamese with English. */
final class NominationProblems {

    private NominationProblems() {
    }

    // ---- not found, access

    static ProblemException nominationNotFound(Object id) {
        return ProblemException.notFound("Đề nghị khen thưởng (nomination)", id);
    }

    static ProblemException submissionNotFound(Object id) {
        return ProblemException.notFound("Tờ trình (submission)", id);
    }

    static ProblemException decisionNotFound(Object id) {
        return ProblemException.notFound("Quyết định khen thưởng (decision)", id);
    }

    static ProblemException onlyOwnUnit() {
        return ProblemException.forbidden("Chỉ xem được đề nghị của đơn vị mình (only your own unit)");
    }

    static ProblemException decisionsForUnitRoles() {
        return ProblemException.forbidden("Danh sách quyết định dành cho đơn vị (unit roles only); xem đề nghị của "
                + "mình qua /nominations");
    }

    static ProblemException onlySchoolPrincipal(String schoolCode) {
        return ProblemException.forbidden("Chỉ hiệu trưởng của trường " + schoolCode + " được làm việc này (only the "
                + "school's principal)");
    }

    static ProblemException outsideAuthority(Nomination nomination, String callerUnit) {
        return ProblemException.forbidden("Đề nghị " + nomination.id + " thuộc thẩm quyền của "
                + (nomination.deciderUnitCode == null ? "cấp " + nomination.deciderLevel : nomination.deciderUnitCode)
                + "; đơn vị " + callerUnit + " không được quyết định (outside your unit's authority)");
    }

    static ProblemException notYourUnitsNomination(Nomination nomination, String callerUnit) {
        return ProblemException.forbidden("Đơn vị " + callerUnit + " không được thay đổi đề nghị của "
                + nomination.unitCode + " (not your unit's nomination)");
    }

    static ProblemException onlyDecidingUnitRevokes(Decision decision) {
        return ProblemException.forbidden("Chỉ đơn vị đã ra quyết định " + decision.decisionNumber + " ("
                + decision.unitCode + ") được thu hồi (only the deciding unit revokes)");
    }

    // ---- nominating

    static ProblemException noAuthorityRow(Title award, java.time.LocalDate day, String recipient) {
        return ProblemException.unprocessable("awardCode", award + " (" + award.label
                + ") không có trong bảng thẩm quyền ngày " + day + " cho đối tượng " + recipient
                + " (no authority row for this award and recipient on that day)");
    }

    static ProblemException nominatedMeanwhile() {
        return ProblemException.conflict("Thành tích hoặc danh hiệu này vừa được đề nghị cho cùng đối tượng (nominated "
                + "meanwhile for the same nominee; reload)");
    }

    /** The same title twice for one nominee and year, or one achievement rewarded with two forms. */
    static ProblemException duplicate(Nomination candidate, Nomination existing) {
        if (candidate.awardKind == NominationRules.AwardKind.TITLE) {
            return ProblemException.conflict(candidate.nomineeName + " đã được đề nghị danh hiệu " + existing.awardCode
                    + " (" + existing.awardCode.label + ") năm học " + existing.schoolYear + " ở đề nghị " + existing.id
                    + " (" + existing.status + "); mỗi danh hiệu một lần mỗi năm (the same title twice for one nominee "
                    + "and year)");
        }
        return ProblemException.conflict("Thành tích \"" + existing.achievementRef + "\" của " + candidate.nomineeName
                + " đã được đề nghị " + existing.awardCode.label + " (" + existing.awardCode + ") ở đề nghị "
                + existing.id + " (" + existing.status + "); một thành tích không khen hai hình thức (one achievement "
                + "is not rewarded twice: existing nomination " + existing.id + " with form " + existing.awardCode
                + ")");
    }

    static ProblemException noEligibilityComputed(NominationService.Draft draft) {
        return ProblemException.unprocessable("nomineeId", "Chưa có kết quả xét danh hiệu của " + draft.nomineeId()
                + " năm học " + draft.schoolYear() + " tại " + draft.unitCode() + "; " + draft.awardCode()
                + " cần kết quả xét (no eligibility computed for this nominee and year)");
    }

    static FieldError failedCondition(String code, String expected, String actual) {
        return new FieldError("awardCode", code + ": cần " + expected + "; thực tế " + actual);
    }

    static ProblemException notEligible(NominationService.Draft draft, List<String> failing, List<FieldError> errors) {
        return new ProblemException(422, "not-eligible", "Không đủ điều kiện (not eligible)",
                draft.nomineeName().strip() + " không đủ điều kiện " + draft.awardCode().label + " theo kết quả xét mới "
                        + "nhất; điều kiện chưa đạt: " + String.join(", ", failing)
                        + " (not eligible in the latest computation)", errors);
    }

    static ProblemException councilDidNotVote(NominationService.Draft draft) {
        return ProblemException.unprocessable("councilSessionId",
                "Hội đồng Thi đua – Khen thưởng của trường chưa biểu quyết đề nghị " + draft.awardCode() + " cho "
                        + draft.nomineeName().strip() + " năm học " + draft.schoolYear() + " (the school's council has "
                        + "not voted this nominee for this award in a closed session)");
    }

    static ProblemException underCouncilThreshold(NominationService.Draft draft, CouncilOutcomes.Outcome outcome) {
        return ProblemException.unprocessable("councilSessionId", "Hội đồng Thi đua – Khen thưởng (phiên "
                + outcome.sessionId() + ") biểu quyết " + outcome.percentAgree() + " %, không đạt ngưỡng: "
                + draft.nomineeName().strip() + " không được đề nghị " + draft.awardCode() + " (under the council's "
                + "threshold: not proposed)");
    }

    static ProblemException anotherCouncilSession(NominationService.Draft draft, CouncilOutcomes.Outcome outcome) {
        return ProblemException.unprocessable("councilSessionId", "Phiên hội đồng đề nghị " + draft.nomineeName()
                .strip() + " là " + outcome.sessionId() + ", không phải " + draft.councilSessionId()
                + " (the latest session that voted this nominee is another one)");
    }

    // ---- the state of items

    static ProblemException wrongState(Nomination item, String action, String expected) {
        return ProblemException.conflict("Đề nghị " + item.id + " đang ở trạng thái " + item.status + "; chỉ " + action
                + " khi ở " + expected + " (state " + item.status + " does not allow this)");
    }

    static ProblemException duplicateIds(String field) {
        return ProblemException.invalid(field, "Trùng đề nghị trong danh sách (duplicate ids)");
    }

    static ProblemException severalYears(Set<String> years) {
        return ProblemException.unprocessable("nominationIds", "Các đề nghị thuộc nhiều năm học " + years
                + "; mỗi tờ trình, quyết định một năm học (one school year per submission or decision)");
    }

    // ---- submitting

    static ProblemException withinSchoolAuthority(Nomination item) {
        return ProblemException.conflict("Đề nghị " + item.id + " (" + item.awardCode + ") thuộc thẩm quyền của "
                + "trường: quyết định tại trường, không trình (within the school's authority: decide it, do "
                + "not submit it)");
    }

    static ProblemException onlyNewSubmitted(Nomination item) {
        return ProblemException.conflict("Đề nghị " + item.id + " đang ở trạng thái " + item.status
                + ", chỉ trình được đề nghị mới (only NOMINATED items are submitted)");
    }

    static ProblemException noParentUnit(String school) {
        return ProblemException.unprocessable("nominationIds", "Trường " + school + " chưa có đơn vị cấp trên trong "
                + "cây đơn vị (the school has no parent unit in the unit tree)");
    }

    // ---- deciding, revoking

    static ProblemException alreadyDecided(Nomination item, Decision earlier) {
        return ProblemException.conflict("Đề nghị " + item.id + " đã được quyết định trong quyết định "
                + (earlier == null ? item.decisionId : earlier.decisionNumber) + "; mỗi đề nghị chỉ quyết định "
                + "một lần (already decided)");
    }

    static ProblemException decisionNumberUsed(String unit, String number) {
        return ProblemException.conflict("Đơn vị " + unit + " đã có quyết định số " + number + " (decision number "
                + "already used)");
    }

    static ProblemException decisionNumberUsedMeanwhile(String number) {
        return ProblemException.conflict("Số quyết định " + number + " vừa được dùng (decision number used meanwhile)");
    }

    static ProblemException alreadyRevoked(Nomination item) {
        return ProblemException.conflict("Khen thưởng của đề nghị " + item.id + " đã bị thu hồi ngày "
                + item.revokedAt.toLocalDate() + " (already revoked)");
    }

    // ---- request parameters

    static ProblemException staffIdNotUuid() {
        return ProblemException.invalid("nomineeId", "Mã cán bộ (staff id) phải là UUID");
    }

    static ProblemException schoolYearNotConsecutive() {
        return ProblemException.invalid("schoolYear", "Năm sau phải bằng năm trước cộng 1 (like 2024-2025)");
    }

    static ProblemException badSchoolYear() {
        return ProblemException.invalid("schoolYear", "Dạng 2024-2025 (like 2024-2025)");
    }

    static ProblemException unknownNominationStatus() {
        return ProblemException.invalid("status", "Một trong NOMINATED, SUBMITTED, APPROVED, DECIDED, REJECTED, "
                + "REVOKED");
    }

    static ProblemException unknownSubmissionStatus() {
        return ProblemException.invalid("status", "Một trong SUBMITTED, DECIDED, REJECTED");
    }
}
