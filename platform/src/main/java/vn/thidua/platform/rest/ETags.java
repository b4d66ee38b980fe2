package vn.thidua.platform.rest;

import jakarta.ws.rs.core.EntityTag;
import vn.thidua.platform.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: an entity's revision is its ETag, and an edit names the
 * revision it changes in If-Match (412 when it is not the current one, 428 when required and absent).
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long revision) {
        return new EntityTag(String.valueOf(revision));
    }

    /** The revision named by an If-Match header ({@code "3"} or {@code W/"3"}); null when absent. */
    public static Long revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "không phải ETag đã nhận (not an ETag this API gave): " + ifMatch);
        }
    }

    /** Checks an expected revision against the current one; {@code required} makes a missing one a 428. */
    public static void check(Long expected, long current, boolean required) {
        if (expected == null) {
            if (required) {
                throw ProblemException.preconditionRequired();
            }
            return;
        }
        if (expected != current) {
            throw ProblemException.preconditionFailed(current);
        }
    }
}
