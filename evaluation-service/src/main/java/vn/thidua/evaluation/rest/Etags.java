package vn.thidua.evaluation.rest;

import jakarta.ws.rs.core.Response;
import vn.thidua.platform.rest.ETags;

/** A 200 carrying its revision as the ETag. */
final class Etags {

    private Etags() {
    }

    static Response.ResponseBuilder ok(long revision, Object entity) {
        return Response.ok(entity).tag(ETags.of(revision));
    }
}
