package vn.thidua.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @Test
    void obtainedServerCreatesAndRecreatesDatabases() throws Exception {
        PostgresServer server = PostgresServer.obtain();
        server.recreateDatabase("thidua_testing_self_test");
        server.createDatabaseIfMissing("thidua_testing_self_test");
        execute(server, "thidua_testing_self_test", "CREATE TABLE marker (id int)");

        server.createDatabaseIfMissing("thidua_testing_self_test");
        assertTrue(tableExists(server, "thidua_testing_self_test", "marker"));

        server.recreateDatabase("thidua_testing_self_test");
        assertFalse(tableExists(server, "thidua_testing_self_test", "marker"));
        assertEquals(1, queryInt(server, "thidua_testing_self_test", "SELECT 1"));
        assertTrue(server.majorVersion() >= 13, server.describe());
    }

    @Test
    void embeddedServerAnswers() throws Exception {
        PostgresServer server = PostgresServer.startEmbedded();
        try {
            assertEquals(17, server.majorVersion());
            server.createDatabaseIfMissing("thidua_embedded");
            assertEquals(1, queryInt(server, "thidua_embedded", "SELECT 1"));
        } finally {
            server.stop();
        }
    }

    @Test
    void persistentServerKeepsDataAcrossRestarts(@TempDir Path dataDir) throws Exception {
        int port = FreePort.find();
        PostgresServer first = PostgresServer.startPersistent(dataDir, port);
        try {
            execute(first, "postgres", "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
        } finally {
            first.stop();
        }

        PostgresServer second = PostgresServer.startPersistent(dataDir, port);
        try {
            assertEquals(42, queryInt(second, "postgres", "SELECT id FROM kept"));
        } finally {
            second.stop();
        }
    }

    private static Connection connect(PostgresServer server, String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), server.user(), server.password());
    }

    private static void execute(PostgresServer server, String database, String sql) throws SQLException {
        try (Connection connection = connect(server, database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int queryInt(PostgresServer server, String database, String sql) throws SQLException {
        try (Connection connection = connect(server, database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next());
            return rows.getInt(1);
        }
    }

    private static boolean tableExists(PostgresServer server, String database, String table) throws SQLException {
        return queryInt(server, database, "SELECT count(*) FROM pg_tables WHERE tablename = '" + table + "'") == 1;
    }
}
