package vn.thidua.system;

import vn.thidua.testing.PostgresServer;
import vn.thidua.testing.TestTokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The broker and the three packaged services as processes, each service with a database of its own whose
 * name carries the test's tag and {@code THIDUA_TEST_DB_SUFFIX}, so runs of several helpers or profiles never
 * share one. The PostgreSQL server is the caller's: the shared one, or a dedicated one the fault test restarts.
 */
final class ThreeServices implements AutoCloseable {

    static final List<String> SERVICES = List.of("plan", "evaluation", "award");
    static final Path ROOT = TramChimSliceIT.ROOT;

    private final Path work;
    private final String tag;
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, ServiceProcess> processes = new HashMap<>();
    private PostgresTarget pg;
    private ServiceProcess broker;
    private int kafkaPort;
    private int controllerPort;

    /** Where the services find their databases: host, port, credentials (a server they do not own). */
    record PostgresTarget(String host, int port, String user, String password) {
        static PostgresTarget of(PostgresServer server) {
            return new PostgresTarget(server.host(), server.port(), server.user(), server.password());
        }

        String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    ThreeServices(String tag) {
        this.tag = tag;
        this.work = ROOT.resolve("system-tests/target/" + tag);
    }

    Path work() {
        return work;
    }

    /** Starts the broker, recreates the three databases on {@code target} and starts the services. */
    ThreeServices start(PostgresTarget target, java.util.function.Consumer<String> recreateDatabase) throws Exception {
        this.pg = target;
        TramChimSliceIT.deleteRecursively(work);
        Files.createDirectories(work);
        kafkaPort = TramChimSliceIT.freePort();
        controllerPort = TramChimSliceIT.freePort();
        startBroker();
        for (String service : SERVICES) {
            recreateDatabase.accept(database(service));
            ports.put(service, TramChimSliceIT.freePort());
        }
        for (String service : SERVICES) {
            processes.put(service, serviceProcess(service).start());
        }
        for (String service : SERVICES) {
            awaitReady(service);
        }
        return this;
    }

    void startBroker() throws Exception {
        String classpath = ROOT.resolve("testing/target/classes") + ":"
                + Files.readString(ROOT.resolve("testing/target/runtime-classpath.txt")).strip();
        broker = new ServiceProcess("kafka", List.of(ServiceProcess.javaBin(), "-Xmx512m", "-XX:+UseSerialGC", "-cp",
                classpath, "vn.thidua.testing.KafkaBrokerMain", "--data-dir", work.resolve("kafka").toString(),
                "--port", String.valueOf(kafkaPort), "--controller-port", String.valueOf(controllerPort)),
                Map.of(), work.resolve("logs")).start();
        broker.awaitReadyLine(Duration.ofSeconds(90));
    }

    String database(String service) {
        String suffix = System.getenv("THIDUA_TEST_DB_SUFFIX");
        return "thidua_" + service + "_" + tag + (suffix == null || suffix.isBlank() ? "" : "_" + suffix);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String base(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    ServiceProcess process(String service) {
        return processes.get(service);
    }

    Connection connect(String service) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(database(service)), pg.user(), pg.password());
    }

    /** kill -9 of one service: no shutdown hook, no flush, its outbox rows and consumer offsets as they were. */
    void kill(String service) throws InterruptedException {
        processes.get(service).kill();
    }

    /** Starts a killed or stopped service again on the same port and database and waits until it is ready. */
    void restart(String service) throws Exception {
        processes.get(service).stop();
        processes.put(service, serviceProcess(service).start());
        awaitReady(service);
    }

    void awaitReady(String service) throws InterruptedException {
        processes.get(service).awaitHttp(base(service) + "/q/health/ready", Duration.ofSeconds(600));
    }

    private ServiceProcess serviceProcess(String service) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl(database(service)));
        env.put("QUARKUS_DATASOURCE_USERNAME", pg.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", pg.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestTokens.publicKeyLocation());
        env.put("MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER);
        env.put("THIDUA_OUTBOX_POLL_INTERVAL", "0.1s");
        if (service.equals("plan")) {
            env.put("THIDUA_PLAN_DEMO_UNITS", "true");
        }
        Path jar = ROOT.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        return ServiceProcess.quarkus(service + "-service", jar, env, work.resolve("logs"));
    }

    /** Lines of a service's log containing {@code text}, for a report (e.g. server-side ERRORs). */
    List<String> logLines(String service, String text) throws java.io.IOException {
        Path log = processes.get(service).log();
        return Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> l.contains(text)).toList() : List.of();
    }

    @Override
    public void close() throws InterruptedException {
        for (String service : SERVICES) {
            if (processes.get(service) != null) {
                processes.get(service).stop();
            }
        }
        if (broker != null) {
            broker.stop();
        }
    }
}
