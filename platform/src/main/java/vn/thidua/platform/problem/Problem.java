package vn.thidua.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * RFC 9457 problem details. {@code title} is Vietnamese with the English in brackets so that both
 * the school's staff and an integrator can read it; {@code errors} names the offending fields.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://thidua.vn/problems/";

    /** One offending field: a JSON path such as {@code contents[2].text}, or a CSV line. */
    public record FieldError(String field, String message) {
    }
}
