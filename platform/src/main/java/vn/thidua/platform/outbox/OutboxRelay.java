package vn.thidua.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.thidua.platform.PlatformConfig;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox rows to Kafka (idempotent producer, acks=all) and marks them sent.
 *
 * <p>Rows are spread over {@link #SLOTS} slots by a hash of their key. A relay round locks the free
 * slots with {@code FOR UPDATE SKIP LOCKED}, so several replicas share the work while all rows of
 * one key are handled by one replica at a time, in id order. A failed row holds back the later
 * rows of its key until its retry, so per-key order survives failures; a row sent but not marked
 * (crash) is sent again, which consumers absorb because they are idempotent.
 */
@ApplicationScoped
public class OutboxRelay {

    static final int SLOTS = 16;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final PlatformConfig.Outbox config;
    private final String bootstrapServers;
    private final Counter published;
    private final Counter failures;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private volatile KafkaProducer<String, String> producer;

    public OutboxRelay(AgroalDataSource dataSource, PlatformConfig config, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.dataSource = dataSource;
        this.config = config.outbox();
        this.bootstrapServers = bootstrapServers;
        this.published = registry.counter("thidua.outbox.published");
        this.failures = registry.counter("thidua.outbox.failures");
        registry.gauge("thidua.outbox.pending", pending);
        registry.gauge("thidua.outbox.oldest.pending.seconds", oldestPendingSeconds);
    }

    /** String.hashCode is fixed by the Java spec, so every replica computes the same slot. */
    static int slotOf(String key) {
        return Math.floorMod(key.hashCode(), SLOTS);
    }

    @Scheduled(every = "${thidua.outbox.poll-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!config.relayEnabled()) {
            return;
        }
        try {
            int sent;
            do {
                sent = relayOnce();
            } while (sent >= config.batchSize());
            measure();
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay round failed, will retry: %s", e.getMessage());
        }
    }

    /** One round in one transaction; returns the number of rows marked sent. */
    public int relayOnce() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                List<Integer> slots = lockFreeSlots(connection);
                if (slots.isEmpty()) {
                    return 0;
                }
                List<Row> rows = dueRows(connection, slots);
                if (rows.isEmpty()) {
                    return 0;
                }
                return send(connection, rows);
            }
        });
    }

    private List<Integer> lockFreeSlots(Connection connection) throws SQLException {
        List<Integer> slots = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select slot from outbox_slot order by slot for update skip locked");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                slots.add(rs.getInt(1));
            }
        }
        return slots;
    }

    private List<Row> dueRows(Connection connection, List<Integer> slots) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, topic, message_key, payload, attempts from outbox_event
                where sent_at is null and slot = any(?) and next_attempt_at <= now()
                order by id limit ?""")) {
            select.setArray(1, connection.createArrayOf("integer", slots.toArray()));
            select.setInt(2, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
        }
        return rows;
    }

    /**
     * Sends in waves: a key's next row goes out only once its previous one is acknowledged, so the
     * rows after a failed one are not sent at all (neither ahead of it nor twice). Rows of distinct
     * keys, the common case, go out together in the first wave.
     */
    private int send(Connection connection, List<Row> rows) throws SQLException {
        KafkaProducer<String, String> kafka = producer();
        List<Long> sent = new ArrayList<>();
        Set<String> heldKeys = new HashSet<>();
        List<Row> remaining = rows;
        while (!remaining.isEmpty()) {
            Set<String> waveKeys = new HashSet<>();
            List<Row> wave = new ArrayList<>();
            List<Row> later = new ArrayList<>();
            for (Row row : remaining) {
                if (heldKeys.contains(row.key())) {
                    continue;
                }
                (waveKeys.add(row.key()) ? wave : later).add(row);
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(wave.size());
            for (Row row : wave) {
                acks.add(kafka.send(new ProducerRecord<>(row.topic(), row.key(), row.payload())));
            }
            for (int i = 0; i < wave.size(); i++) {
                Row row = wave.get(i);
                try {
                    acks.get(i).get();
                    sent.add(row.id());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    heldKeys.add(row.key());
                } catch (ExecutionException e) {
                    heldKeys.add(row.key());
                    holdBack(connection, row, e.getCause());
                }
            }
            remaining = later;
        }
        try (PreparedStatement mark = connection.prepareStatement(
                "update outbox_event set sent_at = now() where id = any(?)")) {
            Array ids = connection.createArrayOf("bigint", sent.toArray());
            mark.setArray(1, ids);
            mark.executeUpdate();
        }
        published.increment(sent.size());
        return sent.size();
    }

    private void holdBack(Connection connection, Row row, Throwable cause) throws SQLException {
        failures.increment();
        long factor = 1L << Math.min(row.attempts(), 16);
        Duration delay = config.initialBackoff().multipliedBy(factor);
        if (delay.compareTo(config.maxBackoff()) > 0) {
            delay = config.maxBackoff();
        }
        String reason = cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        LOG.warnf("Outbox row %d (%s) not sent, retry in %s: %s", row.id(), row.topic(), delay, reason);
        try (PreparedStatement failed = connection.prepareStatement(
                "update outbox_event set attempts = attempts + 1, last_error = ? where id = ?");
                PreparedStatement later = connection.prepareStatement(
                        "update outbox_event set next_attempt_at = ? where slot = ? and message_key = ? and sent_at is null")) {
            failed.setString(1, reason);
            failed.setLong(2, row.id());
            failed.executeUpdate();
            later.setTimestamp(1, Timestamp.from(Instant.now().plus(delay)));
            later.setInt(2, slotOf(row.key()));
            later.setString(3, row.key());
            later.executeUpdate();
        }
    }

    private void measure() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*), extract(epoch from now() - min(created_at)) from outbox_event where sent_at is null");
                ResultSet rs = select.executeQuery()) {
            if (rs.next()) {
                pending.set(rs.getLong(1));
                oldestPendingSeconds.set((long) rs.getDouble(2));
            }
        } catch (SQLException e) {
            LOG.debugf("Outbox metrics not updated: %s", e.getMessage());
        }
    }

    /** Sent rows are kept a week for inspection, then removed. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeOldSentRows() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection.prepareStatement(
                            "delete from outbox_event where sent_at < now() - interval '7 days'")) {
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                            ProducerConfig.LINGER_MS_CONFIG, 5,
                            ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000,
                            ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay"),
                            new StringSerializer(), new StringSerializer());
                }
                current = producer;
            }
        }
        return current;
    }

    void close(@Observes ShutdownEvent event) {
        KafkaProducer<String, String> current = producer;
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }

    private record Row(long id, String topic, String key, String payload, int attempts) {
    }
}
