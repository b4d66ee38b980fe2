package vn.thidua.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL cluster of the fault test's own (testing's PostgresMain: zonky's embedded server, data kept in
 * {@code dataDir}), run as a process on a free port, so that the test may stop and start it. Never the machine's
 * shared server: other builds use that one.
 */
final class DedicatedPostgres {

    private final Path dataDir;
    private final Path logDir;
    private final int port;
    private ServiceProcess process;
    private int starts;

    DedicatedPostgres(Path dataDir, Path logDir) throws java.io.IOException {
        this.dataDir = dataDir;
        this.logDir = logDir;
        this.port = TramChimSliceIT.freePort();
    }

    ThreeServices.PostgresTarget target() {
        return new ThreeServices.PostgresTarget("127.0.0.1", port, "postgres", "");
    }

    DedicatedPostgres start() throws Exception {
        Path root = ThreeServices.ROOT;
        String classpath = root.resolve("testing/target/classes") + ":"
                + Files.readString(root.resolve("testing/target/runtime-classpath.txt")).strip();
        // A log per start: the READY line of an earlier start must not count
        process = new ServiceProcess("postgres-" + ++starts, List.of(ServiceProcess.javaBin(), "-Xmx128m", "-cp", classpath,
                "vn.thidua.testing.PostgresMain", "--data-dir", dataDir.toString(), "--port", String.valueOf(port)),
                Map.of(), logDir).start();
        process.awaitReadyLine(Duration.ofSeconds(180));
        return this;
    }

    /** SIGTERM: zonky's shutdown hook stops the server (fast shutdown: every session is cut). */
    void stop() throws InterruptedException {
        process.stop();
    }

    /** Stopped and started again on the same port and data: every open connection of the services breaks. */
    void restart() throws Exception {
        stop();
        start();
    }

    void recreateDatabase(String name) {
        try (Connection admin = DriverManager.getConnection(target().jdbcUrl("postgres"), "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not recreate " + name + " on the dedicated server", e);
        }
    }
}
