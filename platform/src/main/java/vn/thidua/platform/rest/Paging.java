package vn.thidua.platform.rest;

import vn.thidua.platform.problem.ProblemException;

/**
 * A checked page request: {@code page} from 0, {@code size} from 1 to {@link #MAX_SIZE}, and the first
 * row ({@code page × size}) within an int, so no database offset overflows. A resource takes both query
 * parameters as {@code int} and calls {@code Paging.of(page, size)}; a bad one is a 400 naming it.
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;
    /** {@link #MAX_SIZE} for {@code @DefaultValue}, where a nested list comes whole up to it (a cycle's staff). */
    public static final String MAX_SIZE_TEXT = "500";

    /** Rows per page when the client names no size; resources say {@code @DefaultValue(Paging.DEFAULT_SIZE_TEXT)}. */
    public static final int DEFAULT_SIZE = 50;
    public static final String DEFAULT_SIZE_TEXT = "50";

    public static Paging of(int page, int size) {
        return of(page, size, "page", "size");
    }

    /** The same checks for a page of a nested list, whose query parameters have other names (e.g. staffPage). */
    public static Paging of(int page, int size, String pageField, String sizeField) {
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalid(sizeField, "phải từ 1 đến " + MAX_SIZE + " (must be 1 to " + MAX_SIZE + ")");
        }
        if (page < 0) {
            throw ProblemException.invalid(pageField, "phải từ 0 trở lên (must be 0 or more)");
        }
        if ((long) page * size + size > Integer.MAX_VALUE) {
            throw ProblemException.invalid(pageField, "trang vượt quá danh sách (page beyond any list): " + page);
        }
        return new Paging(page, size);
    }

    /** Index of the page's first row. */
    public int offset() {
        return page * size;
    }
}
