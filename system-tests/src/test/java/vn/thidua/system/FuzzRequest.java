package vn.thidua.system;

import java.util.Map;

/**
 * One hostile (or, for {@code valid}, plausible) request of the fuzz test.
 *
 * @param label       what was broken, e.g. "body.document.contents[0]: NUL"
 * @param pathAndQuery the request target, already percent-encoded as sent
 * @param body        the raw bytes, or null for none
 * @param chunked     sent without Content-Length, so the server cannot refuse it before reading
 * @param crossUnit   addressed to another school's data or with another school's token: a 2xx write is a leak
 */
record FuzzRequest(String label, String method, String pathAndQuery, Map<String, String> headers, byte[] body,
        boolean chunked, boolean crossUnit) {

    static FuzzRequest of(String label, String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        return new FuzzRequest(label, method, pathAndQuery, headers, body, false, false);
    }

    FuzzRequest asCrossUnit() {
        return new FuzzRequest(label, method, pathAndQuery, headers, body, chunked, true);
    }

    FuzzRequest asChunked() {
        return new FuzzRequest(label, method, pathAndQuery, headers, body, true, crossUnit);
    }

    boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD");
    }
}
