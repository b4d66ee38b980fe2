package vn.thidua.evaluation.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import vn.thidua.platform.problem.ProblemException;

/** Revisions as ETags and back. */
final class Etags {

    private Etags() {
    }

    static Response.ResponseBuilder ok(long revision, Object entity) {
        return Response.ok(entity).tag(new EntityTag(String.valueOf(revision)));
    }

    /** The revision named by If-Match ({@code "3"} or {@code W/"3"}); null when absent. */
    static Long revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "không phải ETag đã nhận (not an ETag of this resource): "
                    + ifMatch);
        }
    }
}
