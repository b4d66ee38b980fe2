package vn.thidua.platform.problem;

import vn.thidua.platform.problem.Problem.FieldError;

import java.util.List;

/** Thrown by services to answer with a problem; mapped by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Không tìm thấy (not found)",
                what + " " + id + " không tồn tại hoặc bạn không được xem (does not exist or is not visible to you)",
                List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Xung đột trạng thái (conflict)", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Không có quyền (forbidden)", detail, List.of());
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "validation", "Dữ liệu không hợp lệ (invalid input)",
                errors.size() + " trường không hợp lệ (invalid fields)", errors);
    }

    /** 412: the If-Match revision is not the current one (someone else changed it meanwhile). */
    public static ProblemException preconditionFailed(long current) {
        return new ProblemException(412, "precondition-failed", "Dữ liệu đã bị thay đổi (changed meanwhile)",
                "Phiên bản hiện tại là " + current + "; hãy tải lại rồi sửa tiếp (the current revision is " + current
                        + "; reload and apply your change again)",
                List.of(new FieldError("If-Match", "khác phiên bản hiện tại \"" + current + "\"")));
    }

    /** 428: an edit must say which revision it changes. */
    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "precondition-required", "Thiếu If-Match (If-Match required)",
                "Gửi header If-Match với ETag đã nhận khi đọc (send the ETag you read as If-Match)",
                List.of(new FieldError("If-Match", "bắt buộc (required)")));
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "unprocessable", "Không thể xử lý (unprocessable)", message,
                List.of(new FieldError(field, message)));
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_BASE + slug, title, status, getMessage(), instance, errors);
    }

    public int status() {
        return status;
    }
}
