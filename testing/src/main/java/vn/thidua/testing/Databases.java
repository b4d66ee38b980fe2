package vn.thidua.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/** Creating and recreating the test databases on a server, safe when several JVMs race to do it. */
final class Databases {

    // SQL states of a CREATE DATABASE that lost a race with another JVM
    private static final Set<String> ALREADY_EXISTS = Set.of("42P04", "23505");

    private Databases() {
    }

    static void createIfMissing(PostgresServer server, String name) {
        try (Connection connection = server.connectAdmin(PostgresServer.CONNECT_TIMEOUT_SECONDS)) {
            if (!exists(connection, name)) {
                create(connection, name, server.user());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + server.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Drops the database, disconnecting its sessions, and creates it empty. Needs PostgreSQL 13+. */
    static void recreate(PostgresServer server, String name) {
        try (Connection connection = server.connectAdmin(PostgresServer.CONNECT_TIMEOUT_SECONDS);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
            create(connection, name, server.user());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not recreate database " + name + " on " + server.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void create(Connection connection, String name, String owner) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + quote(name) + " OWNER " + quote(owner));
        } catch (SQLException e) {
            if (!ALREADY_EXISTS.contains(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
