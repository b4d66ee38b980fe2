package vn.thidua.award.dossier;

import vn.thidua.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.UUID;

/** The problems of public postings, in Vietnamese with the English beside. */
final class PostingProblems {

    private PostingProblems() {
    }

    static ProblemException postingNotFound(UUID id) {
        return ProblemException.notFound("Đợt công khai (public posting)", id);
    }

    static ProblemException sessionNotFound(UUID id) {
        return ProblemException.notFound("Phiên họp hội đồng (council session)", id);
    }

    static ProblemException onlyPrincipal(String unitCode) {
        return ProblemException.forbidden("Chỉ hiệu trưởng của " + unitCode + " được mở, đóng đợt công khai (only the "
                + "school's principal opens and closes a posting)");
    }

    static ProblemException onlyTheSchool(String unitCode) {
        return ProblemException.forbidden("Chỉ cán bộ, viên chức của " + unitCode + " được góp ý (only the school's "
                + "staff comment on its posting)");
    }

    static ProblemException sessionNotInPreparation(String status) {
        return ProblemException.conflict("Phiên họp đang ở trạng thái " + status + ": chỉ công khai trước khi hội đồng "
                + "họp (DRAFT) (a posting is opened before the council opens its vote)");
    }

    static ProblemException emptyAgenda() {
        return ProblemException.conflict("Phiên họp chưa có danh sách đề nghị để công khai (the session's agenda is "
                + "empty: nothing to post)");
    }

    static ProblemException alreadyPosted(UUID postingId) {
        return ProblemException.conflict("Phiên họp đã có đợt công khai " + postingId + " (the session already has a "
                + "posting)");
    }

    static ProblemException periodReversed() {
        return ProblemException.unprocessable("postedTo", "Ngày kết thúc công khai trước ngày bắt đầu (postedTo is "
                + "before postedFrom)");
    }

    static ProblemException endsAfterMeeting(LocalDate meetingDay) {
        return ProblemException.unprocessable("postedTo", "Đợt công khai phải kết thúc trước ngày hội đồng họp "
                + day(meetingDay) + " (the posting must end before the council's meeting day)");
    }

    static ProblemException closed() {
        return ProblemException.conflict("Đợt công khai đã kết thúc, không nhận thêm ý kiến (the posting is closed)");
    }

    static ProblemException outsidePeriod(LocalDate on, LocalDate from, LocalDate to) {
        return ProblemException.conflict("Ngày " + day(on) + " ngoài thời gian công khai " + day(from) + " – " + day(to)
                + " (comments are received within the posting period only)");
    }

    static ProblemException receivedInFuture() {
        return ProblemException.unprocessable("receivedOn", "Ngày nhận ý kiến ở tương lai (receivedOn is in the future)");
    }

    static ProblemException onlyPrincipalRecordsOnBehalf(String field) {
        return ProblemException.unprocessable(field, "Chỉ hiệu trưởng ghi ý kiến nhận bằng văn bản, thay người góp ý "
                + "(only the principal records a comment received on paper, with authorName and receivedOn)");
    }

    static ProblemException notPosted(UUID itemId) {
        return ProblemException.unprocessable("agendaItemId", "Không có trong danh sách công khai: " + itemId
                + " (not a nominee of this posting)");
    }

    static ProblemException textRequired() {
        return ProblemException.invalid("text", "Cần nội dung ý kiến (the comment's text is required)");
    }

    static ProblemException tooLong(String field, int max) {
        return ProblemException.unprocessable(field, "Dài quá " + max + " ký tự (longer than " + max + " characters)");
    }

    static ProblemException alreadyClosed() {
        return ProblemException.conflict("Đợt công khai đã được đóng (the posting is already closed)");
    }

    static ProblemException notEnded(LocalDate to) {
        return ProblemException.conflict("Đợt công khai kéo dài đến hết ngày " + day(to) + ": chỉ đóng từ ngày đó "
                + "(a posting closes on its last day or later)");
    }

    /** The council's opening refused while its posting runs (PostingGate). */
    static ProblemException councilBeforePostingEnded(PublicPosting posting) {
        return new ProblemException(409, "posting-not-ended", "Chưa kết thúc công khai (public posting not ended)",
                "Danh sách đề nghị đang công khai từ " + day(posting.postedFrom) + " đến " + day(posting.postedTo)
                        + " (đợt " + posting.id + "): hội đồng chỉ họp, bỏ phiếu sau khi đợt công khai được đóng "
                        + "(the council opens its vote only after the posting of its nominees is closed: POST "
                        + "/api/v1/postings/" + posting.id + "/close)", java.util.List.of());
    }

    static String day(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}
