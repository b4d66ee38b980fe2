package vn.thidua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.Driver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A reachable PostgreSQL server and admin credentials for it. */
public final class PostgresServer {

    private static final String EMBEDDED_PORT_PROPERTY = "vn.thidua.testing.embedded-postgres.port";
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]*)(\\?.*)?");
    // SQL states of a CREATE DATABASE that lost a race with another JVM
    private static final Set<String> ALREADY_EXISTS = Set.of("42P04", "23505");
    // Zonky locks this file in each data directory for as long as its JVM runs the server
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration INITDB_GRACE = Duration.ofMinutes(10);
    private static final int LOCAL_PROBE_TIMEOUT_SECONDS = 2;
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

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

    private PostgresServer(String host, int port, String user, String password, String adminDatabase,
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
                obtained = resolve(System.getenv());
            }
            return obtained;
        }
    }

    private static PostgresServer resolve(Map<String, String> env) {
        if ("embedded".equals(env.get("THIDUA_PG"))) {
            // Forced, to try the path a machine without PostgreSQL takes.
            return embeddedOfThisJvm();
        }
        String url = env.get("THIDUA_PG_URL");
        if (isSet(url)) {
            Matcher parts = JDBC_URL.matcher(url);
            if (!parts.matches()) {
                throw new IllegalStateException("THIDUA_PG_URL must look like jdbc:postgresql://host:port/database, not " + url);
            }
            PostgresServer server = new PostgresServer(parts.group(1),
                    parts.group(2) == null ? 5432 : Integer.parseInt(parts.group(2)),
                    env.getOrDefault("THIDUA_PG_USER", "postgres"), env.getOrDefault("THIDUA_PG_PASSWORD", ""),
                    parts.group(3).isEmpty() ? "postgres" : parts.group(3),
                    parts.group(4) == null ? "" : parts.group(4), "THIDUA_PG_URL", null);
            return server.requireReachable("THIDUA_PG_URL=" + url);
        }
        String pgHost = env.get("PGHOST");
        if (isSet(pgHost)) {
            PostgresServer server = new PostgresServer(pgHost, Integer.parseInt(env.getOrDefault("PGPORT", "5432")),
                    env.getOrDefault("PGUSER", "postgres"), env.getOrDefault("PGPASSWORD", ""),
                    env.getOrDefault("PGDATABASE", "postgres"), "", "PGHOST", null);
            return server.requireReachable("PGHOST=" + pgHost);
        }
        PostgresServer local = new PostgresServer("127.0.0.1", 5432, "postgres", "", "postgres", "", "local server", null);
        try {
            local.majorVersion = local.queryMajorVersion(LOCAL_PROBE_TIMEOUT_SECONDS);
            return local;
        } catch (SQLException absentOrRefused) {
            return embeddedOfThisJvm();
        }
    }

    /** One embedded server per JVM, also when Quarkus loads this class again in another class loader. */
    private static PostgresServer embeddedOfThisJvm() {
        String port = System.getProperty(EMBEDDED_PORT_PROPERTY);
        if (port != null) {
            return new PostgresServer("127.0.0.1", Integer.parseInt(port), "postgres", "", "postgres", "", "embedded", null)
                    .requireReachable("the embedded server of this JVM");
        }
        PostgresServer server = startEmbedded();
        System.setProperty(EMBEDDED_PORT_PROPERTY, String.valueOf(server.port));
        return server;
    }

    /** Starts an embedded server on a free port and a temporary data directory, deleted when it stops. */
    static PostgresServer startEmbedded() {
        Path parent = Path.of(System.getProperty("java.io.tmpdir"), "thidua-embedded-pg");
        try {
            Files.createDirectories(parent);
            removeStaleDataDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return startEmbedded(EmbeddedPostgres.builder().setDataDirectory(parent.resolve(UUID.randomUUID().toString())),
                "embedded");
    }

    /** Starts an embedded server whose data directory survives restarts (initialised on first use). */
    static PostgresServer startPersistent(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            if (lockHeld(dataDir)) {
                throw new IllegalStateException("Another JVM is running PostgreSQL on " + dataDir);
            }
            stopOrphanedPostmaster(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return startEmbedded(EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port), "embedded, data in " + dataDir);
    }

    private static PostgresServer startEmbedded(EmbeddedPostgres.Builder builder, String origin) {
        requireUsableUserNamespaces();
        EmbeddedPostgres started;
        try {
            // Zonky registers a shutdown hook that stops the server
            started = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
        PostgresServer server = new PostgresServer("127.0.0.1", started.getPort(), "postgres", "", "postgres", "", origin, started);
        return server.requireReachable("the embedded server");
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
        try (Connection connection = connect(adminDatabase, CONNECT_TIMEOUT_SECONDS)) {
            if (!exists(connection, name)) {
                create(connection, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + describe() + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database, disconnecting its sessions, and creates it empty. Needs PostgreSQL 13+. */
    public void recreateDatabase(String name) {
        try (Connection connection = connect(adminDatabase, CONNECT_TIMEOUT_SECONDS);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
            create(connection, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not recreate database " + name + " on " + describe() + ": " + e.getMessage(), e);
        }
    }

    private void create(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + quote(name) + " OWNER " + quote(user));
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

    private PostgresServer requireReachable(String source) {
        try {
            majorVersion = queryMajorVersion(CONNECT_TIMEOUT_SECONDS);
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL from " + source + " is not reachable at " + host + ":" + port
                    + " as " + user + ": " + e.getMessage(), e);
        }
    }

    private int queryMajorVersion(int timeoutSeconds) throws SQLException {
        try (Connection connection = connect(adminDatabase, timeoutSeconds);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rows.next();
            return rows.getInt(1);
        }
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

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /** initdb refuses root; zonky avoids that through a user namespace, which some hosts refuse. */
    private static void requireUsableUserNamespaces() {
        if (!runningAsRoot() || unshareWorks()) {
            return;
        }
        throw new IllegalStateException("Cannot run an embedded PostgreSQL as root here: 'unshare -U id -u' fails, so initdb"
                + " would run as root, which it refuses. Set THIDUA_PG_URL (jdbc:postgresql://host:port/db, with"
                + " THIDUA_PG_USER and THIDUA_PG_PASSWORD) or PGHOST/PGPORT/PGUSER/PGPASSWORD to a reachable server,"
                + " or enable unprivileged user namespaces (sysctl user.max_user_namespaces > 0,"
                + " kernel.unprivileged_userns_clone=1), or run as a non-root user.");
    }

    private static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean unshareWorks() {
        try {
            Process process = new ProcessBuilder("unshare", "-U", "id", "-u").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Data directories of JVMs that died without stopping their server (kill -9): stop it, delete the directory. */
    private static void removeStaleDataDirectories(Path parent) throws IOException {
        try (DirectoryStream<Path> dataDirs = Files.newDirectoryStream(parent, Files::isDirectory)) {
            for (Path dataDir : dataDirs) {
                boolean stale = Files.exists(dataDir.resolve(ZONKY_LOCK_FILE))
                        ? !lockHeld(dataDir)
                        // No lock yet: another JVM may still be running initdb there
                        : Files.getLastModifiedTime(dataDir).toInstant().isBefore(Instant.now().minus(INITDB_GRACE));
                if (stale) {
                    stopOrphanedPostmaster(dataDir);
                    Directories.deleteRecursively(dataDir);
                }
            }
        }
    }

    private static boolean lockHeld(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /** Postgres outlives a killed JVM (pg_ctl daemonises it) and would keep the port and directory. */
    private static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
                .filter(process -> process.info().command().orElse("").endsWith("/postgres"));
        if (postmaster.isEmpty()) {
            return;
        }
        try {
            // SIGINT is PostgreSQL's fast shutdown; SIGTERM would wait for clients to leave
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
            postmaster.get().onExit().get(15, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            postmaster.get().destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
