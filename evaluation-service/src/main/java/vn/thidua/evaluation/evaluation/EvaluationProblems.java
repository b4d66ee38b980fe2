package vn.thidua.evaluation.evaluation;

import vn.thidua.contracts.Rating;
import vn.thidua.evaluation.staff.Staff;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.time.SchoolYear;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** What evaluations, facts and bulk posts refuse, in Vietnamese with the English gist. */
final class EvaluationProblems {

    private EvaluationProblems() {
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Đánh giá (evaluation)", id);
    }

    static ProblemException staffNotFound(UUID staffId) {
        return ProblemException.notFound("Cán bộ (staff)", staffId);
    }

    static ProblemException otherGroup(String ownGroup) {
        return ProblemException.forbidden("Tổ trưởng chỉ xem được tổ của mình " + ownGroup
                + " (a group leader reads only their own group)");
    }

    static ProblemException notOwn() {
        return ProblemException.forbidden("Chỉ người được đánh giá tự đánh giá được (only the person evaluated "
                + "self-assesses)");
    }

    static ProblemException notReviewer(Staff person) {
        return ProblemException.forbidden("Chỉ tổ trưởng của tổ " + person.groupCode + " hoặc hiệu trưởng nhận xét "
                + "được; tổ trưởng không tự nhận xét mình (only the leader of the person's group or the principal "
                + "reviews; leaders do not review themselves)");
    }

    static ProblemException notPrincipal(String unitCode) {
        return ProblemException.forbidden("Chỉ hiệu trưởng của trường " + unitCode + " làm được việc này "
                + "(only the school's principal may do this)");
    }

    static ProblemException notBulkPoster(String unitCode) {
        return ProblemException.forbidden("Chỉ hiệu trưởng hoặc phần mềm của trường " + unitCode
                + " được gửi đánh giá hàng loạt (only the school's principal or school app posts in bulk)");
    }

    static ProblemException illegalTransition(EvaluationState state, EvaluationState.Action action) {
        return new ProblemException(409, "illegal-transition", "Không chuyển được trạng thái (illegal transition)",
                "Đánh giá đang ở trạng thái " + state + "; " + action + " chỉ làm được khi ở "
                        + action.fromNames() + " (the evaluation is " + state + "; " + action
                        + " needs " + action.fromNames() + ")",
                List.of(new FieldError("state", state.name())));
    }

    static ProblemException ratingRule(List<RatingRules.Violation> violations) {
        return new ProblemException(422, "rating-rule", "Xếp loại trái quy định (rating breaks a rule)",
                violations.stream().map(RatingRules.Violation::message).collect(Collectors.joining("; ")),
                violations.stream().map(v -> new FieldError("rating", v.message())).toList());
    }

    static ProblemException htxsShare(HtxsShare share) {
        String detail = "Vượt tỉ lệ hoàn thành xuất sắc: nếu chốt thì " + share.describe();
        return new ProblemException(422, "htxs-share", "Vượt tỉ lệ hoàn thành xuất sắc (HTXS share exceeded)",
                detail, List.of(new FieldError("rating", detail)));
    }

    // Field errors of a bulk record, named records[i]….

    static FieldError htxsShareOfRecord(String field, HtxsShare share) {
        return new FieldError(field, "Vượt tỉ lệ hoàn thành xuất sắc: " + share.describe());
    }

    static FieldError nullRecord(String at) {
        return new FieldError(at, "Bản ghi rỗng (null record)");
    }

    static FieldError repeatedStaffCode(String at, String code, int earlier) {
        return new FieldError(at + ".staffCode", "Mã " + code + " đã có ở records[" + earlier + "] (staff code repeated)");
    }

    static FieldError unknownStaffCode(String at, String code, String unitCode) {
        return new FieldError(at + ".staffCode", "Không có cán bộ mã " + code + " trong trường " + unitCode
                + " (no such staff code in the school)");
    }

    static FieldError notAtSchool(String at, String code, SchoolYear year) {
        return new FieldError(at + ".staffCode", "Cán bộ " + code + " không làm việc ở trường trong năm học " + year
                + " (not at the school during the school year)");
    }

    static FieldError alreadyFinalized(String field, String code, Rating finalRating) {
        return new FieldError(field, "Đánh giá của " + code + " đã chốt (" + finalRating
                + "); hiệu trưởng mở lại trước khi sửa (finalized; reopen first)");
    }

    static ProblemException changedMeanwhile() {
        return ProblemException.conflict("Đánh giá vừa bị người khác sửa; hãy tải lại (changed meanwhile; reload)");
    }

    static ProblemException openedMeanwhile() {
        return ProblemException.conflict("Đánh giá của người này vừa được mở (opened meanwhile; retry)");
    }

    static ProblemException bulkChangedMeanwhile() {
        return ProblemException.conflict("Một đánh giá vừa được sửa trong lúc gửi; gửi lại (an evaluation changed "
                + "meanwhile; send again)");
    }

    static ProblemException tooManyRecords(int received, int max) {
        return new ProblemException(413, "too-many-records", "Quá nhiều bản ghi (too many records)",
                received + " bản ghi, tối đa " + max + " mỗi lần gửi (at most " + max + " per call)",
                List.of(new FieldError("records", "tối đa " + max)));
    }

    static ProblemException keyReused(String key) {
        return new ProblemException(409, "idempotency-key-reused", "Idempotency-Key đã dùng (key reused)",
                "Khóa " + key + " đã dùng cho một yêu cầu khác; dùng khóa mới cho nội dung mới (the key was "
                        + "used for another request; use a new key for new content)",
                List.of(new FieldError("Idempotency-Key", key)));
    }

    static ProblemException badKey(int max) {
        return ProblemException.invalid("Idempotency-Key", "Bắt buộc, tối đa " + max + " ký tự (required, at most "
                + max + " characters)");
    }

    static ProblemException unknownMode(String value) {
        return ProblemException.invalid("mode", "Chế độ không rõ \"" + value + "\" (unknown mode): atomic hoặc partial");
    }

    static ProblemException recordsRequired() {
        return ProblemException.invalid("records", "Bắt buộc (required)");
    }

    static ProblemException noRecords() {
        return ProblemException.invalid("records", "Cần ít nhất một bản ghi (at least one record)");
    }

    static ProblemException unknownState(String text) {
        return ProblemException.invalid("state", "Trạng thái không rõ \"" + text + "\" (unknown state): DRAFT, "
                + "SELF_ASSESSED, GROUP_REVIEWED, FINALIZED, REOPENED");
    }

    // Field errors of a self-assessment and a submission.

    static FieldError criterionNotRated(String number) {
        return new FieldError("selfAssessment", "Chưa tự đánh giá tiêu chí " + number + " (criterion " + number
                + " not rated)");
    }

    static FieldError noSelfRating() {
        return new FieldError("selfRating", "Chưa tự xếp loại (no overall self rating)");
    }

    static FieldError notRatedByOneself() {
        return new FieldError("selfRating", "Không tự chọn \"không xếp loại\" (NOT_RATED is the principal's)");
    }

    static FieldError unknownCriterion(String at, String criterion, List<String> numbers) {
        return new FieldError(at + ".criterion", "Không có tiêu chí " + criterion + " trong chu kỳ; có: "
                + String.join(", ", numbers) + " (no such criterion in the cycle)");
    }

    static FieldError repeatedCriterion(String at, String criterion, int earlier) {
        return new FieldError(at + ".criterion", "Tiêu chí " + criterion + " đã có ở items[" + earlier
                + "] (criterion repeated)");
    }

    static FieldError notRatedItem(String at) {
        return new FieldError(at + ".rating", "HTXS, HTT, HT hoặc KHT (NOT_RATED is not a self rating)");
    }

    static FieldError commentTooLong(String at, int max) {
        return new FieldError(at + ".comment", "Tối đa " + max + " ký tự (too long)");
    }

    static FieldError tooManyLinks(String at, int max) {
        return new FieldError(at + ".evidence", "Tối đa " + max + " minh chứng (too many links)");
    }

    static FieldError notALink(String at, int j) {
        return new FieldError(at + ".evidence[" + j + "]", "Không phải đường dẫn http(s) (not an http(s) link)");
    }
}
