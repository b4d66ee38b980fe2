package vn.thidua.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.thidua.platform.consumer.DatabaseOutage;
import vn.thidua.platform.problem.Problem.FieldError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Maps every failure to problem details: validation and unreadable JSON to 400 naming the field,
 * {@link ProblemException} to its own status, no database connection to 503 ({@link DatabaseConflicts}), and
 * anything unexpected to 500 with only a reference
 * id (the stack trace goes to the log, never to the client).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(ParameterNames.field(violation), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return respond(ProblemException.invalid(errors).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(JsonErrors.problem(e).toProblem(path(uri)));
    }

    /** Overrides the Jackson extension's own mapper, whose body is not problem details. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemException.forbidden("Vai trò của bạn không được làm việc này (your role may not do this)")
                .toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return respond(HttpProblems.of(status).toProblem(path(uri)));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseOutage.isOutage(e)) {
            // whatever wrapped it (a transaction helper, a CDI interceptor): an overload or outage, not a bug
            LOG.warnf("No database connection for %s: %s", path(uri), e.getMessage());
            return DatabaseConflicts.unavailable(uri);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", reference, path(uri));
        return respond(new Problem(Problem.TYPE_BASE + "internal", "Lỗi hệ thống (internal error)", 500,
                "Đã ghi nhận lỗi, mã tham chiếu " + reference + " (logged with this reference)", path(uri), List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /**
     * Turns a bean-validation path into the client's field name: {@code create.body.contents[2].text}
     * becomes {@code contents[2].text}; a failing query parameter keeps its own name.
     */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER && !last) {
                continue;
            }
            // Hibernate Validator puts a container element's index on the node that follows it.
            if (node.isInIterable() && !field.isEmpty()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
