package vn.thidua.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.postgresql.Driver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A reachable PostgreSQL server and admin credentials for it. Which server is {@link ServerResolution}'s
 * choice, an embedded one is started by {@link EmbeddedServer}, databases are made by {@link Databases}.
 */
public final class PostgresServer {

    static final int CONNECT_TIMEOUT_SECONDS = 10;

    private static PostgresServer obtained;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String adminDatabase;
    private final String urlParameters;
    private final String origin;
    private final EmbeddedPostgres embedded;
    private int majorVersion;

    PostgresServer(String host, int port, String user, String password, String adminDatabase,
            String urlParameters, String origin, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.adminDatabase = adminDatabase;
        this.urlParameters = urlParameters;
        this.origin = origin;
        this.embedded = embedded;
    }

    /**
     * The server for this JVM, resolved on first use from, in order: THIDUA_PG=embedded (forces the
     * embedded server), THIDUA_PG_URL (with
     * THIDUA_PG_USER, THIDUA_PG_PASSWORD), PGHOST (with PGPORT, PGUSER, PGPASSWORD, PGDATABASE),
     * a server answering on 127.0.0.1:5432 to user postgres, or an embedded PostgreSQL 17
     * stopped by a shutdown hook.
     */
    public static PostgresServer obtain() {
        synchronized (JvmShared.LOCK) {
            if (obtained == null) {
                obtained = ServerResolution.resolve(System.getenv());
            }
            return obtained;
        }
    }

    /** Starts an embedded server on a free port and a temporary data directory, deleted when it stops. */
    static PostgresServer startEmbedded() {
        return EmbeddedServer.startTemporary();
    }

    /** Starts an embedded server whose data directory survives restarts (initialised on first use). */
    static PostgresServer startPersistent(Path dataDir, int port) {
        return EmbeddedServer.startPersistent(dataDir, port);
    }

    /** Stops an embedded server; for tests and PostgresMain. */
    void stop() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + urlParameters;
    }

    public int majorVersion() {
        return majorVersion;
    }

    /** For example "PostgreSQL 15 at 127.0.0.1:5432 (local server)". */
    public String describe() {
        return "PostgreSQL " + majorVersion + " at " + host + ":" + port + " (" + origin + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    public void createDatabaseIfMissing(String name) {
        Databases.createIfMissing(this, name);
    }

    /** Drops the database, disconnecting its sessions, and creates it empty. Needs PostgreSQL 13+. */
    public void recreateDatabase(String name) {
        Databases.recreate(this, name);
    }

    /** This server after a check that it answers; its major version is known from then on. */
    PostgresServer requireReachable(String source) {
        try {
            probe(CONNECT_TIMEOUT_SECONDS);
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL from " + source + " is not reachable at " + host + ":" + port
                    + " as " + user + ": " + e.getMessage(), e);
        }
    }

    /** Reads the major version, failing when the server does not answer within the timeout. */
    void probe(int timeoutSeconds) throws SQLException {
        try (Connection connection = connectAdmin(timeoutSeconds);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rows.next();
            majorVersion = rows.getInt(1);
        }
    }

    Connection connectAdmin(int timeoutSeconds) throws SQLException {
        return connect(adminDatabase, timeoutSeconds);
    }

    private Connection connect(String database, int timeoutSeconds) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", String.valueOf(timeoutSeconds));
        props.setProperty("loginTimeout", String.valueOf(timeoutSeconds));
        // The driver directly, not DriverManager, which refuses drivers of other class loaders (Quarkus tests)
        Connection connection = new Driver().connect(jdbcUrl(database), props);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL JDBC URL: " + jdbcUrl(database));
        }
        return connection;
    }
}
