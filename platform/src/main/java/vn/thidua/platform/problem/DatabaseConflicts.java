package vn.thidua.platform.problem;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import vn.thidua.platform.consumer.DatabaseOutage;
import vn.thidua.platform.problem.Problem.FieldError;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where a race lost in the database becomes the answer the protocol promises instead of a
 * 500: a stale optimistic version is 412 when the request named a revision in If-Match (else 409), a
 * unique violation is 409 naming the key's fields (two creates of the same code at once), and a
 * serialization failure or deadlock is 409 (retry), and no connection to be had (the pool exhausted under load, the
 * database down) is 503 with Retry-After. The database error surfaces wrapped in whatever
 * failed first — a flush, the commit of the transaction interceptor, a JDBC batch — so every wrapper
 * is mapped here and its causes searched; anything else goes on to {@link ProblemMappers#unexpected}.
 */
public class DatabaseConflicts {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01");
    private static final Set<String> STALE = Set.of("OptimisticLockException", "StaleObjectStateException",
            "StaleStateException", "OptimisticEntityLockException");
    private static final Pattern KEY = Pattern.compile("Key \\(([^)]*)\\)=");

    /** Seconds a client is asked to wait when no database connection was to be had (503). */
    static final String RETRY_AFTER_SECONDS = "2";

    private final ProblemMappers fallback = new ProblemMappers();

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri, HttpHeaders headers) {
        return answer(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response rollback(RollbackException e, UriInfo uri, HttpHeaders headers) {
        return answer(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response undeclared(ArcUndeclaredThrowableException e, UriInfo uri, HttpHeaders headers) {
        return answer(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response sql(SQLException e, UriInfo uri, HttpHeaders headers) {
        return answer(e, uri, headers);
    }

    /** JDBC adapters (COPY, batches) wrap their SQLException in an IllegalStateException. */
    @ServerExceptionMapper
    public Response illegalState(IllegalStateException e, UriInfo uri, HttpHeaders headers) {
        return answer(e, uri, headers);
    }

    private Response answer(Exception e, UriInfo uri, HttpHeaders headers) {
        ProblemException problem = classify(e, headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) != null);
        if (problem == null) {
            return fallback.unexpected(e, uri);
        }
        if (problem.status() == 503) {
            return unavailable(uri);
        }
        return fallback.problem(problem, uri);
    }

    /** 503 with Retry-After: no database connection was to be had; also {@link ProblemMappers#unexpected}'s. */
    static Response unavailable(UriInfo uri) {
        return Response.fromResponse(new ProblemMappers().problem(unavailable(), uri))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** The problem a lost race in the database stands for, or null when {@code e} is not one. */
    static ProblemException classify(Throwable e, boolean ifMatchSent) {
        Set<Throwable> seen = new HashSet<>();
        List<Throwable> queue = new ArrayList<>(List.of(e));
        while (!queue.isEmpty()) {
            Throwable t = queue.remove(0);
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (t instanceof ProblemException problem) {
                return problem;
            }
            if (DatabaseOutage.isOutage(t)) {
                return unavailable();
            }
            if (STALE.contains(t.getClass().getSimpleName())) {
                return stale(ifMatchSent);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return duplicate(sql);
                }
                if (RETRYABLE.contains(sql.getSQLState())) {
                    return retry();
                }
            }
            queue.add(t.getCause());
            if (t instanceof SQLException sql) {
                queue.add(sql.getNextException());
            }
            queue.addAll(List.of(t.getSuppressed()));
        }
        return null;
    }

    private static ProblemException stale(boolean ifMatchSent) {
        if (ifMatchSent) {
            return new ProblemException(412, "precondition-failed", "Dữ liệu đã bị thay đổi (changed meanwhile)",
                    "Một yêu cầu khác vừa sửa bản ghi này; hãy tải lại rồi sửa tiếp (another request changed it "
                            + "meanwhile; reload and apply your change again)",
                    List.of(new FieldError("If-Match", "không còn là phiên bản hiện tại (no longer the current revision)")));
        }
        return ProblemException.conflict("Một yêu cầu khác vừa sửa bản ghi này; hãy tải lại rồi thử lại (another "
                + "request changed it meanwhile; reload and retry)");
    }

    private static ProblemException duplicate(SQLException e) {
        List<FieldError> errors = new ArrayList<>();
        for (String field : keyFields(e)) {
            errors.add(new FieldError(field, "đã tồn tại (already exists)"));
        }
        return new ProblemException(409, "conflict", "Xung đột trạng thái (conflict)",
                "Bản ghi với khóa này đã tồn tại hoặc vừa được tạo bởi một yêu cầu khác (a record with this key "
                        + "already exists or was just created by another request)", errors);
    }

    /**
     * No connection in time: every connection of the pool busy (an overload: requests queued behind each other) or
     * the database down or restarting. Nothing was stored (the transaction never began or was rolled back), so the
     * same request may be sent again; a bulk post keeps its Idempotency-Key.
     */
    private static ProblemException unavailable() {
        return new ProblemException(503, "unavailable", "Tạm thời quá tải (temporarily unavailable)",
                "Cơ sở dữ liệu đang bận hoặc không kết nối được; chưa có gì được lưu, hãy gửi lại sau ít giây (the "
                        + "database is busy or unreachable; nothing was stored, send the request again in a few seconds)",
                List.of());
    }

    private static ProblemException retry() {
        return ProblemException.conflict("Yêu cầu trùng thời điểm với một yêu cầu khác; hãy gửi lại (ran into a "
                + "concurrent request; send it again)");
    }

    /** The key's columns from PostgreSQL's detail ({@code Key (unit_code, code)=(…)}) as API names. */
    static List<String> keyFields(SQLException e) {
        String detail = null;
        if (e instanceof PSQLException psql) {
            ServerErrorMessage message = psql.getServerErrorMessage();
            detail = message == null ? null : message.getDetail();
        }
        if (detail == null) {
            return List.of();
        }
        Matcher matcher = KEY.matcher(detail);
        if (!matcher.find()) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        for (String column : matcher.group(1).split(",")) {
            fields.add(camel(column.strip()));
        }
        return fields;
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
