package vn.thidua.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/** A single-node KRaft Kafka broker (combined broker and controller) running in this JVM. */
public final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String SHARED_BOOTSTRAP_PROPERTY = "vn.thidua.testing.kafka.shared-bootstrap";

    // Held strongly: java.util.logging forgets levels of loggers that are garbage collected
    private static final List<Logger> QUIETED_LOGGERS = Stream.of("kafka", "org.apache.kafka", "state.change.logger")
            .map(Logger::getLogger)
            .collect(Collectors.toList());

    private static KafkaBroker shared;

    /**
     * Partitions of thidua.evaluation.v1 (as in the stack): its events are keyed by cycle, and more partitions
     * than consumers keep one school's bulk from sharing a partition with most others (issue 15).
     */
    public static final int EVALUATION_PARTITIONS = 6;

    /** The event topics of DESIGN.md, created with the shared broker (3 partitions, as in the stack). */
    public static final List<String> EVENT_TOPICS = List.of("thidua.unit.v1", "thidua.plan.v1",
            "thidua.evaluation.v1", "thidua.award.v1", "thidua.rules.v1", "thidua.staff.v1");

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final boolean isShared;

    private KafkaBroker(KafkaRaftServer server, String bootstrapServers, boolean isShared) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.isShared = isShared;
    }

    /**
     * Starts a broker on {@code dataDir}, formatting it on first use and reusing its cluster id
     * afterwards, so a restart keeps the topics and messages. A port of 0 means any free port.
     * Returns once the broker is unfenced and accepts clients.
     */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort) {
        return start(dataDir, port, controllerPort, false);
    }

    private static KafkaBroker start(Path dataDir, int port, int controllerPort, boolean isShared) {
        quietKafkaLogging();
        int brokerPort = port == 0 ? FreePort.find() : port;
        int quorumPort = controllerPort == 0 ? FreePort.find() : controllerPort;
        String dir = dataDir.toAbsolutePath().toString();
        try {
            Files.createDirectories(dataDir);
            format(dir, existingClusterId(dataDir));
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka data directory " + dir + ": " + e.getMessage(), e);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config(dir, brokerPort, quorumPort), false), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            server.awaitShutdown();
            throw e;
        }
        return new KafkaBroker(server, "127.0.0.1:" + brokerPort, isShared);
    }

    /**
     * The broker of this JVM, started on first use on a temporary directory and free ports, and
     * stopped by a shutdown hook. Closing it does nothing. Also shared with copies of this class
     * that Quarkus loads in other class loaders.
     */
    public static KafkaBroker shared() {
        synchronized (JvmShared.LOCK) {
            if (shared == null) {
                String running = System.getProperty(SHARED_BOOTSTRAP_PROPERTY);
                if (running != null) {
                    shared = new KafkaBroker(null, running, true);
                } else {
                    shared = startShared();
                    System.setProperty(SHARED_BOOTSTRAP_PROPERTY, shared.bootstrapServers);
                }
            }
            return shared;
        }
    }

    private static KafkaBroker startShared() {
        Path dir;
        try {
            dir = Files.createTempDirectory("thidua-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KafkaBroker broker = start(dir, 0, 0, true);
        // As ./stack up does: creating a topic on the first send races the partition's leader
        // election, and an idempotent producer caught in it retries out of order for a while.
        TestKafka.createTopics(broker.bootstrapServers, EVALUATION_PARTITIONS, "thidua.evaluation.v1");
        TestKafka.createTopics(broker.bootstrapServers, 3, EVENT_TOPICS.stream()
                .filter(topic -> !topic.equals("thidua.evaluation.v1")).toArray(String[]::new));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.shutdown();
            Directories.deleteRecursively(dir);
        }, "thidua-kafka-shutdown"));
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops the broker and waits until it has stopped; does nothing for {@link #shared()}. */
    @Override
    public void close() {
        if (!isShared) {
            shutdown();
        }
    }

    private void shutdown() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties config(String dir, int brokerPort, int controllerPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dir);
        props.put("metadata.log.dir", dir);
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // Fewer partitions than the default 50: quicker first consumer group and restart
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.num.partitions", "5");
        props.put("group.initial.rebalance.delay.ms", "0");
        // Short session: a restart after kill -9 waits out the old broker session (11 s with defaults)
        props.put("broker.heartbeat.interval.ms", "500");
        props.put("broker.session.timeout.ms", "2000");
        return props;
    }

    private static void format(String dir, String clusterId) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(clusterId)
                .setDirectories(List.of(dir))
                .setMetadataLogDirectory(dir)
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setIgnoreFormatted(true)
                .run();
    }

    /** The formatter rejects a new cluster id on a formatted directory, even when told to ignore it. */
    private static String existingClusterId(Path dataDir) throws IOException {
        Path meta = dataDir.resolve("meta.properties");
        if (!Files.exists(meta)) {
            return Uuid.randomUuid().toString();
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            props.load(in);
        }
        return props.getProperty("cluster.id");
    }

    /** Kafka logs ~1,000 INFO lines per start; this works wherever SLF4J ends in java.util.logging (Quarkus tests). */
    private static void quietKafkaLogging() {
        QUIETED_LOGGERS.forEach(logger -> logger.setLevel(Level.WARNING));
    }
}
