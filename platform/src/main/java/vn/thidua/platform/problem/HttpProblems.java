package vn.thidua.platform.problem;

import java.util.List;

/** Problems of the HTTP layer itself (status only, no field): one title and detail per status. */
public final class HttpProblems {

    private HttpProblems() {
    }

    /** The problem for {@code status}, with its standard Vietnamese and English explanation. */
    public static ProblemException of(int status) {
        return of(status, detail(status));
    }

    public static ProblemException of(int status, String detail) {
        return new ProblemException(status, "http-" + status, title(status), detail, List.of());
    }

    /** The title of a status, Vietnamese with the English in brackets. */
    public static String title(int status) {
        return switch (status) {
            case 401 -> "Chưa xác thực (unauthenticated)";
            case 403 -> "Không có quyền (forbidden)";
            case 404 -> "Không tìm thấy (not found)";
            case 405 -> "Phương thức không được hỗ trợ (method not allowed)";
            case 406, 415 -> "Định dạng không được hỗ trợ (unsupported format)";
            case 409 -> "Xung đột trạng thái (conflict)";
            case 412 -> "Dữ liệu đã bị thay đổi (changed meanwhile)";
            case 422 -> "Không thể xử lý (unprocessable)";
            case 428 -> "Thiếu If-Match (If-Match required)";
            case 413 -> "Nội dung quá lớn (content too large)";
            case 414 -> "Địa chỉ quá dài (URI too long)";
            case 431 -> "Header quá lớn (header fields too large)";
            default -> "Yêu cầu không hợp lệ (bad request)";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 401 -> "Cần gửi token hợp lệ trong header Authorization: Bearer (send a valid bearer token)";
            case 403 -> "Bạn không được làm việc này (you may not do this)";
            case 404 -> "Không có tài nguyên ở địa chỉ này (nothing at this address)";
            case 405 -> "Địa chỉ này không nhận phương thức đó (this address does not take that method)";
            case 406 -> "Không có định dạng trả về nào khớp header Accept (no response format matches Accept)";
            case 413 -> "Nội dung gửi lên vượt quá giới hạn (the request body is over the limit)";
            case 414 -> "Địa chỉ và tham số vượt quá giới hạn (the address with its parameters is over the limit)";
            case 415 -> "Content-Type này không được nhận ở đây (this Content-Type is not accepted here)";
            case 431 -> "Các header vượt quá giới hạn (the request headers are over the limit)";
            default -> "Yêu cầu không hợp lệ (bad request)";
        };
    }
}
