package vn.thidua.award.council;

import vn.thidua.award.rules.Title;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;

import java.util.List;

/** What council sessions answer when a request cannot go ahead, in Vietnamese with English. */
final class CouncilProblems {

    private CouncilProblems() {
    }

    // ---- not found, access

    static ProblemException sessionNotFound(Object id) {
        return ProblemException.notFound("Phiên họp hội đồng (council session)", id);
    }

    static ProblemException itemNotFound(Object itemId) {
        return ProblemException.notFound("Mục trong chương trình họp (agenda item)", itemId);
    }

    static ProblemException mayNotReadUnit(String callerUnit, String unitCode) {
        return ProblemException.forbidden("Đơn vị " + callerUnit + " không được xem phiên họp hội đồng của "
                + unitCode + " (your unit may not read this unit's council sessions)");
    }

    static ProblemException onlyPrincipalRuns(String unitCode) {
        return ProblemException.forbidden("Chỉ hiệu trưởng của trường " + unitCode + " điều hành phiên họp hội đồng "
                + "(only the school's principal runs its council sessions)");
    }

    static ProblemException onlyMembersVote() {
        return ProblemException.forbidden("Chỉ thành viên hội đồng bỏ phiếu (only council members vote)");
    }

    static ProblemException notAMember(String account) {
        return ProblemException.forbidden("Tài khoản " + account + " không có trong danh sách thành viên của phiên họp "
                + "(you are not a member of this session)");
    }

    static ProblemException writtenByNonMember(String account) {
        return ProblemException.unprocessable("account", "Tài khoản " + account + " không có trong danh sách thành viên "
                + "của phiên họp (not a member of this session)");
    }

    static ProblemException writtenByPresentMember(CouncilMember member) {
        return ProblemException.unprocessable("account", "Thành viên " + member.name() + " có mặt: biểu quyết tại phiên "
                + "họp, không cho ý kiến bằng văn bản (a member present votes in the meeting)");
    }

    static ProblemException writtenTwice(CouncilMember member) {
        return ProblemException.conflict("Đã ghi ý kiến bằng văn bản của " + member.name() + " cho mục này (already "
                + "recorded)");
    }

    static ProblemException absent(CouncilMember member) {
        return ProblemException.forbidden("Thành viên " + member.name() + " không có mặt tại phiên họp nên không bỏ "
                + "phiếu (only members present vote)");
    }

    static ProblemException onlyChairCounts() {
        return ProblemException.forbidden("Chỉ chủ tọa nhập kết quả biểu quyết giơ tay (only the chair enters a "
                + "show-of-hands count)");
    }

    // ---- the session's state

    static ProblemException staysInItsUnit() {
        return ProblemException.unprocessable("unitCode", "Không chuyển phiên họp sang đơn vị khác (a session stays "
                + "in its unit)");
    }

    static ProblemException notInPreparation(CouncilSession.Status status) {
        return ProblemException.conflict(status == CouncilSession.Status.CLOSED
                ? "Phiên họp đã kết thúc, không sửa được (a closed session is never changed)"
                : "Đang biểu quyết: thành viên, điểm danh và chương trình không sửa được (voting is open: members, "
                        + "attendance and agenda are fixed)");
    }

    static ProblemException votingNotOpen() {
        return ProblemException.conflict("Chưa mở biểu quyết (voting is not open yet)");
    }

    static ProblemException sessionClosed() {
        return ProblemException.conflict("Phiên họp đã kết thúc, không bỏ phiếu được nữa (the session is closed)");
    }

    static ProblemException minutesNeedClosedSession() {
        return ProblemException.conflict("Biên bản có khi phiên họp đã kết thúc biểu quyết (minutes exist once the "
                + "session is closed)");
    }

    // ---- preparation

    static FieldError badSchoolYear() {
        return new FieldError("schoolYear", "Năm học dạng 2024-2025 (a school year such as 2024-2025)");
    }

    static FieldError duplicateAccount(int index, String account) {
        return new FieldError("members[" + index + "].account", "Trùng tài khoản " + account + " (duplicate)");
    }

    static FieldError chairNotAMember() {
        return new FieldError("chairAccount", "Chủ tịch hội đồng phải là một thành viên (the chair must be a member)");
    }

    static FieldError secretaryNotAMember() {
        return new FieldError("secretaryAccount", "Thư ký phải là một thành viên (the secretary must be a member)");
    }

    static FieldError attendeeNotAMember(int index, String account) {
        return new FieldError("attendance[" + index + "].account", "Không phải thành viên của phiên họp: " + account
                + " (not a member of this session)");
    }

    static FieldError attendeeTwice(int index, String account) {
        return new FieldError("attendance[" + index + "].account", "Trùng thành viên " + account + " (given twice)");
    }

    static ProblemException emptyAgenda() {
        return ProblemException.unprocessable("agenda", "Chương trình họp chưa có người, tập thể được đề nghị (the "
                + "agenda is empty)");
    }

    static ProblemException noQuorum(CouncilRules rules, int present, int total) {
        return new ProblemException(422, "quorum", "Không đủ số thành viên dự họp (no quorum)",
                quorumMessage(rules, present, total) + " (too few members present to vote: " + present + " of "
                        + total + ", at least " + rules.requiredPresent(total) + " needed)",
                List.of(new FieldError("attendance", quorumMessage(rules, present, total))));
    }

    static String quorumMessage(CouncilRules rules, int present, int total) {
        return "Có mặt " + present + "/" + total + ", cần tối thiểu " + rules.requiredPresent(total) + " (tỷ lệ "
                + rules.quorum() + " theo bộ quy tắc " + rules.version() + ")";
    }

    // ---- the agenda

    static ProblemException staffIdNotUuid() {
        return ProblemException.invalid("nomineeId", "Mã cán bộ phải là UUID (a staff id is a UUID)");
    }

    static ProblemException alreadyOnAgenda(String nomineeId, Title award) {
        return ProblemException.conflict("Đối tượng " + nomineeId + " đã có trong chương trình với " + award
                + " (already on the agenda for this award)");
    }

    static ProblemException secretBallotRequired(Title award, CouncilRules rules) {
        return ProblemException.unprocessable("method", award + " phải bỏ phiếu kín theo bộ quy tắc " + rules.version()
                + " (council.secretBallotTitles: this award is voted by secret ballot)");
    }

    static ProblemException noEligibilityComputed(CouncilSession session) {
        return ProblemException.unprocessable("schoolYear", "Chưa có kết quả xét danh hiệu của "
                + session.unitCode + " năm học " + session.schoolYear + " (no eligibility computed for this unit "
                + "and year)");
    }

    static ProblemException noEligibilityFor(String nomineeId, CouncilSession session) {
        return ProblemException.unprocessable("nomineeId", "Không có kết quả xét danh hiệu của " + nomineeId
                + " tại " + session.unitCode + " năm học " + session.schoolYear + " (no eligibility for this nominee)");
    }

    static ProblemException notEligible(String nomineeId, Title award, List<Title> eligible) {
        return ProblemException.unprocessable("awardCode", nomineeId + " không đủ điều kiện " + award.label
                + " theo kết quả xét (not eligible for " + award + "; eligible for " + eligible + ")");
    }

    // ---- the vote

    static ProblemException chairCounted() {
        return ProblemException.conflict("Chủ tọa đã nhập kết quả biểu quyết giơ tay cho mục này (the chair entered "
                + "a show-of-hands count for this item)");
    }

    static ProblemException alreadyVoted(String account) {
        return ProblemException.conflict("Thành viên " + account + " đã bỏ phiếu cho mục này; mỗi thành viên bỏ một "
                + "phiếu (you have already voted on this item: once per ballot)");
    }

    static ProblemException secretHasNoShowOfHands() {
        return ProblemException.unprocessable("method", "Mục này bỏ phiếu kín, không biểu quyết giơ tay (a secret "
                + "ballot has no show of hands)");
    }

    static ProblemException itemHasVotes() {
        return ProblemException.conflict("Mục này đã có phiếu hoặc kết quả biểu quyết (this item already has votes)");
    }

    static ProblemException moreVotesThanPresent(int sum, int present) {
        return ProblemException.unprocessable("agree", "Tổng số biểu quyết " + sum + " nhiều hơn số thành viên có mặt "
                + present + " (more votes than members present)");
    }
}
