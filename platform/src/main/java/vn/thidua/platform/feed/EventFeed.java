package vn.thidua.platform.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.text.PersonCodes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The feeds open on this replica. Each has a thread and a plain Kafka consumer of its own, assigned to every
 * partition of the feed's topics (no consumer group, nothing committed: a feed's position is the client's
 * {@code Last-Event-ID}, see {@link FeedPosition}), and sends the records whose {@code unit} and {@code type}
 * its filter accepts, as they are on the topic. At most {@code max-connections} run at once; one idle for
 * {@code idle-timeout} is ended with a comment saying so.
 */
@ApplicationScoped
@IfBuildProperty(name = "thidua.feed.enabled", stringValue = "true")
public class EventFeed {

    private static final Logger LOG = Logger.getLogger(EventFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA_WAIT = Duration.ofSeconds(10);
    /** How often new partitions (a topic created later, more partitions) are picked up. */
    private static final Duration REASSIGN_EVERY = Duration.ofSeconds(30);
    private static final long SEND_TIMEOUT_SECONDS = 30;

    /** A person moving between schools: the one event that belongs to two units, see {@link #unitsOf}. */
    static final String STAFF_MOVED = "vn.thidua.staff.moved.v1";

    /** Which events a feed sends: those of these units (the caller's and those below), of these types (all when empty). */
    public record Filter(Set<String> units, Set<String> types) {

        boolean accepts(List<String> eventUnits, String type) {
            return eventUnits.stream().anyMatch(units::contains) && (types.isEmpty() || types.contains(type));
        }
    }

    private final FeedConfig config;
    private final String bootstrapServers;
    private final ObjectMapper json;
    private final Semaphore slots;
    private final AtomicInteger open = new AtomicInteger();
    private final ExecutorService threads;
    private volatile boolean stopping;

    public EventFeed(FeedConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            ObjectMapper json, MeterRegistry registry) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.json = json;
        this.slots = new Semaphore(config.maxConnections());
        AtomicInteger names = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "event-feed-" + names.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Gauge.builder("thidua.feed.connections", open, AtomicInteger::get).register(registry);
    }

    /** The topics the feed reads (a position naming another is not one of its ids). */
    public List<String> topics() {
        return config.topics();
    }

    /**
     * Starts a feed on its own thread, from {@code from} (partitions it lacks: from their beginning).
     *
     * @throws ProblemException 503 when {@code max-connections} feeds are open already
     */
    public void open(SseEventSink sink, Sse sse, Filter filter, Map<TopicPartition, Long> from, String caller) {
        if (stopping || !slots.tryAcquire()) {
            throw new ProblemException(503, "feed-busy", "Quá nhiều kết nối (too many feeds)",
                    "Đã có " + config.maxConnections() + " luồng sự kiện đang mở; thử lại sau (all "
                            + config.maxConnections() + " feeds are in use; retry later)", List.of());
        }
        open.incrementAndGet();
        threads.execute(() -> {
            try {
                run(sink, sse, filter, from, caller);
            } catch (RuntimeException e) {
                LOG.warnf("Event feed of %s ended on an error: %s", caller, e.toString());
            } finally {
                open.decrementAndGet();
                slots.release();
                sink.close();
            }
        });
    }

    private void run(SseEventSink sink, Sse sse, Filter filter, Map<TopicPartition, Long> from, String caller) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "event-feed-" + UUID.randomUUID().toString().substring(0, 8));
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            Map<TopicPartition, Long> positions = new LinkedHashMap<>();
            assign(consumer, positions, from);
            if (!send(sink, sse.newEventBuilder().comment("thidua event feed").build())) {
                return;
            }
            long lastEvent = System.nanoTime();
            long lastWrite = lastEvent;
            long lastAssign = lastEvent;
            while (!stopping && !sink.isClosed()) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    positions.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                    JsonNode envelope = envelope(record.value());
                    if (!filter.accepts(unitsOf(envelope), text(envelope, "type"))) {
                        continue;
                    }
                    OutboundSseEvent event = sse.newEventBuilder().id(FeedPosition.encode(positions))
                            .mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, forReaders(envelope, record.value()))
                            .build();
                    if (!send(sink, event)) {
                        return;
                    }
                    lastEvent = lastWrite = System.nanoTime();
                }
                long now = System.nanoTime();
                if (now - lastEvent >= config.idleTimeout().toNanos()) {
                    send(sink, sse.newEventBuilder().comment("idle for " + config.idleTimeout()
                            + ": feed ended; reconnect with Last-Event-ID to go on").build());
                    LOG.debugf("Event feed of %s ended after %s without an event", caller, config.idleTimeout());
                    return;
                }
                if (now - lastWrite >= config.heartbeat().toNanos()) {
                    if (!send(sink, sse.newEventBuilder().comment("keep-alive").build())) {
                        return;
                    }
                    lastWrite = now;
                }
                if (now - lastAssign >= REASSIGN_EVERY.toNanos()) {
                    assign(consumer, positions, from);
                    lastAssign = now;
                }
            }
        }
    }

    /** Assigns the topics' partitions not yet assigned, each at its offset in {@code from}, else its beginning. */
    private void assign(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> positions,
            Map<TopicPartition, Long> from) {
        List<TopicPartition> added = new ArrayList<>();
        for (String topic : config.topics()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA_WAIT);
            if (infos == null) {
                continue;
            }
            for (PartitionInfo info : infos) {
                TopicPartition partition = new TopicPartition(info.topic(), info.partition());
                if (!positions.containsKey(partition)) {
                    added.add(partition);
                }
            }
        }
        if (added.isEmpty()) {
            return;
        }
        List<TopicPartition> all = new ArrayList<>(positions.keySet());
        all.addAll(added);
        consumer.assign(all);
        for (TopicPartition partition : added) {
            Long offset = from.get(partition);
            if (offset != null) {
                consumer.seek(partition, offset);
            } else {
                consumer.seekToBeginning(List.of(partition));
            }
            positions.put(partition, consumer.position(partition, METADATA_WAIT));
        }
    }

    /** A record value as JSON; a missing node when it is none (such a record is never sent). */
    private JsonNode envelope(String value) {
        if (value == null) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        try {
            return json.readTree(value);
        } catch (java.io.IOException e) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }

    /**
     * The record value as a dashboard gets it: as on the topic, except that a staff event's personal code (CCCD or
     * mã số viên chức) is masked, as the staff API masks it for readers who may not see it whole.
     */
    String forReaders(JsonNode envelope, String value) {
        String type = text(envelope, "type");
        JsonNode code = envelope.path("data").path("personCode");
        if (type == null || !type.startsWith("vn.thidua.staff.") || !code.isTextual()) {
            return value;
        }
        ObjectNode masked = envelope.deepCopy();
        ((ObjectNode) masked.path("data")).put("personCode", PersonCodes.mask(code.asText()));
        try {
            return json.writeValueAsString(masked);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The units an event belongs to: its {@code unit} extension; a staff move also to the school the person moved
     * to ({@code data.toUnit}; its {@code unit} is the old school), since the new school's readers must learn
     * where the person came from, as the old school's learn where they went. The staff member's new record has
     * its own {@code staff.upserted} at the new school.
     */
    static List<String> unitsOf(JsonNode envelope) {
        List<String> units = new ArrayList<>(2);
        String unit = text(envelope, "unit");
        if (unit != null) {
            units.add(unit);
        }
        if (STAFF_MOVED.equals(text(envelope, "type"))) {
            for (String field : List.of("fromUnit", "toUnit")) {
                String other = text(envelope.path("data"), field);
                if (other != null && !units.contains(other)) {
                    units.add(other);
                }
            }
        }
        return units;
    }

    private static String text(JsonNode envelope, String attribute) {
        JsonNode node = envelope.path(attribute);
        return node.isTextual() ? node.asText() : null;
    }

    /** False when the client is gone (the send failed or did not finish in time). */
    private static boolean send(SseEventSink sink, OutboundSseEvent event) {
        if (sink.isClosed()) {
            return false;
        }
        try {
            sink.send(event).toCompletableFuture().get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
