package vn.thidua.platform.problem;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatabaseConflictsTest {

    /** What Agroal throws when every connection of the pool stays busy past its acquisition timeout. */
    private static final SQLException POOL_EXHAUSTED =
            new SQLException("Acquisition timeout while waiting for new connection");

    @Test
    void anExhaustedPoolIs503WithRetryAfterWhateverWrapsIt() {
        PersistenceException wrapped = new PersistenceException("Unable to acquire JDBC Connection", POOL_EXHAUSTED);
        assertEquals(503, DatabaseConflicts.classify(wrapped, false).status());

        Response answer = new DatabaseConflicts().persistence(wrapped, null, null);
        assertEquals(503, answer.getStatus());
        assertEquals(DatabaseConflicts.RETRY_AFTER_SECONDS, answer.getHeaderString("Retry-After"));
        assertEquals(503, ((Problem) answer.getEntity()).status());
        assertEquals(Problem.MEDIA_TYPE, answer.getMediaType().toString());
    }

    @Test
    void aDatabaseThatIsDownIs503() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertEquals(503, DatabaseConflicts.classify(new IllegalStateException(refused), false).status());
    }

    @Test
    void anOutageBehindAnUnmappedWrapperIs503NotAnInternalError() {
        Response answer = new ProblemMappers().unexpected(new RuntimeException("commit failed", POOL_EXHAUSTED), null);
        assertEquals(503, answer.getStatus());
        assertEquals(DatabaseConflicts.RETRY_AFTER_SECONDS, answer.getHeaderString("Retry-After"));
    }

    @Test
    void otherDatabaseErrorsKeepTheirAnswers() {
        assertEquals(409, DatabaseConflicts.classify(new SQLException("duplicate key", "23505"), false).status());
        assertEquals(409, DatabaseConflicts.classify(new SQLException("deadlock detected", "40P01"), false).status());
        assertNull(DatabaseConflicts.classify(new SQLException("syntax error", "42601"), false));
        assertEquals(500, new ProblemMappers().unexpected(new IllegalArgumentException("a bug"), null).getStatus());
    }
}
