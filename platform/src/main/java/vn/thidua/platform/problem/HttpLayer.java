package vn.thidua.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Problem details for what the HTTP layer answers below JAX-RS, where {@link ProblemMappers} never runs:
 * a body over {@code quarkus.http.limits.max-body-size} (413, checked from Content-Length before
 * anything is read), an address over {@link #MAX_URI_LENGTH} (414), headers over {@link #MAX_HEADER_SIZE}
 * (431), and failures of Vert.x routes
 * (403 of a path policy, anything unexpected as 500 with a reference). A chunked body over the limit is
 * {@link ChunkedBodyLimit}'s.
 * 401 is {@link ProblemChallenge}'s.
 */
@ApplicationScoped
public class HttpLayer {

    /**
     * Longest request target answered; Netty's own line limit ({@code quarkus.http.limits.max-initial-line-length},
     * raised by platform's defaults) is higher, so that this check, with a body, is the one clients meet.
     */
    public static final int MAX_URI_LENGTH = 8192;

    /** Largest header section answered (Quarkus's own default); Netty's limit is raised above it in the same way. */
    public static final int MAX_HEADER_SIZE = 20 * 1024;

    /**
     * Before Quarkus's authentication (filter priority 200, route order -200) and its own body-size check
     * (order -2), which answers without a body: an oversized request is refused before its token is verified.
     */
    private static final int ORDER = -1000;
    /** Right after Quarkus's body-size route (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT, -2), before Quarkus REST. */
    private static final int AFTER_QUARKUS_LIMIT = -1;
    /** Where Quarkus leaves the limit of a body without Content-Length for Quarkus REST's VertxInputStream. */
    private static final String QUARKUS_REQUEST_LIMIT = "io.quarkus.max-request-size";
    /** How long the rest of a refused chunked body is read and dropped before the connection is closed anyway. */
    private static final long DRAIN_MILLIS = 10_000;
    private static final Logger LOG = Logger.getLogger(HttpLayer.class);

    private final ObjectMapper json;
    private final long maxBodySize;

    HttpLayer(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.json = json;
        this.maxBodySize = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void routes(@Observes Router router) {
        router.route().order(ORDER).handler(this::limits);
        router.route().order(ORDER).failureHandler(this::failure);
        router.route().order(AFTER_QUARKUS_LIMIT).handler(this::chunkedBodies);
    }

    /**
     * A body without Content-Length: Quarkus (order -2) left its limit for Quarkus REST's input stream, which answers
     * an empty 413 in the middle of the request. {@link ChunkedBodyLimit} checks it instead, with problem details;
     * its 413 closes the connection once the rest of the body is read and dropped.
     */
    private void chunkedBodies(RoutingContext context) {
        if (context.remove(QUARKUS_REQUEST_LIMIT) != null) {
            // While the headers are prepared only headers may change; the connection is closed once the answer is out
            context.addHeadersEndHandler(done -> {
                if (context.response().getStatusCode() == 413) {
                    context.response().putHeader(HttpHeaders.CONNECTION, "close");
                }
            });
            context.addEndHandler(done -> {
                if (context.response().getStatusCode() == 413) {
                    closeAfterDraining(context);
                }
            });
        }
        context.next();
    }

    /**
     * Reads and drops what is left of a refused body, then closes. Closing with the client's bytes still unread makes
     * the kernel reset the connection, and a client that writes its whole body before it reads (java.net.http does)
     * then never sees the 413. The drain is bounded in time, not in bytes: a loopback client finishes 100 MB in
     * well under a second, a client that never stops is cut off.
     */
    private static void closeAfterDraining(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        long timer = context.vertx().setTimer(DRAIN_MILLIS, expired -> request.connection().close());
        request.handler(ignored -> { });
        request.exceptionHandler(ignored -> request.connection().close());
        request.endHandler(ended -> {
            context.vertx().cancelTimer(timer);
            request.connection().close();
        });
        request.resume();
    }

    private void limits(RoutingContext context) {
        if (context.request().uri().length() > MAX_URI_LENGTH) {
            closeAfter(context);
            send(context, HttpProblems.of(414).toProblem(null));
            return;
        }
        if (headerSize(context) > MAX_HEADER_SIZE) {
            closeAfter(context);
            send(context, HttpProblems.of(431).toProblem(null));
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            closeAfter(context);
            String detail = "Nội dung gửi lên vượt quá " + maxBodySize + " byte (the request body is over "
                    + maxBodySize + " bytes)";
            send(context, HttpProblems.of(413, detail).toProblem(context.request().path()));
            return;
        }
        context.next();
    }

    private static int headerSize(RoutingContext context) {
        int size = 0;
        for (var header : context.request().headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed length itself
        }
    }

    private void failure(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().headWritten() || failure instanceof AuthenticationException
                || failure instanceof UnauthorizedException) {
            context.next(); // authentication failures are answered by the challenge (ProblemChallenge)
            return;
        }
        String path = context.request().path();
        int status = failure instanceof ForbiddenException ? 403 : context.statusCode();
        if (status >= 400 && status < 500) {
            if (status == 413) {
                closeAfter(context);
            }
            send(context, HttpProblems.of(status).toProblem(path));
            return;
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure %s on %s", reference, path);
        send(context, new Problem(Problem.TYPE_BASE + "internal", "Lỗi hệ thống (internal error)", 500,
                "Đã ghi nhận lỗi, mã tham chiếu " + reference + " (logged with this reference)", path, List.of()));
    }

    /** Ends the response with the problem as its body. */
    void send(RoutingContext context, Problem problem) {
        HttpServerResponse response = context.response();
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Problem details are always serialisable", e);
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }

    /** The unread body would otherwise be taken for the next request on the connection. */
    private static void closeAfter(RoutingContext context) {
        HttpServerResponse response = context.response();
        response.putHeader(HttpHeaders.CONNECTION, "close");
        response.endHandler(done -> context.request().connection().close());
    }
}
