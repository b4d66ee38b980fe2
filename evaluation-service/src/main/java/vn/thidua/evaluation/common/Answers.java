package vn.thidua.evaluation.common;

import jakarta.ws.rs.core.Response;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.rest.Page;

import java.util.List;
import java.util.function.Function;

/** What every feature answers the same way: a page with its total, an entity with its ETag, a list of errors. */
public final class Answers {

    /** The header holding the number of matches of a paged list. */
    public static final String TOTAL_COUNT = "X-Total-Count";

    private Answers() {
    }

    /** One page as a JSON array, its total in {@link #TOTAL_COUNT}. */
    public static <T, V> Response page(Page<T> page, Function<T, V> view) {
        return Response.ok(page.items().stream().map(view).toList()).header(TOTAL_COUNT, page.total()).build();
    }

    /** A 200 carrying its revision as the ETag. */
    public static Response.ResponseBuilder tagged(long revision, Object entity) {
        return Response.ok(entity).tag(ETags.of(revision));
    }

    /** A 422 listing every error; its detail is the one message, or the count. */
    public static ProblemException unprocessable(List<FieldError> errors) {
        return new ProblemException(422, "unprocessable", "Không thể xử lý (unprocessable)",
                errors.size() == 1 ? errors.get(0).message() : errors.size() + " lỗi (errors)", errors);
    }
}
