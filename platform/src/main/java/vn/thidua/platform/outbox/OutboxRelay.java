package vn.thidua.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.thidua.platform.PlatformConfig;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Publishes outbox rows to Kafka (idempotent producer, acks=all) and marks them sent.
 *
 * <p>Rows are spread over {@link #SLOTS} slots by a hash of their key. A relay round locks the free
 * slots with {@code FOR UPDATE SKIP LOCKED}, so several replicas share the work while all rows of
 * one key are handled by one replica at a time, in id order. A failed row holds back the later
 * rows of its key until its retry, so per-key order survives failures; a row sent but not marked
 * (crash) is sent again, which consumers absorb because they are idempotent.
 *
 * <p>One relay thread per replica runs rounds of up to {@code batch-size} rows: a round hands all
 * its rows to the producer at once (the producer batches and pipelines them), awaits their
 * acknowledgements together ({@link OutboxWaves}; a refused row goes to {@link OutboxRetries}) and
 * marks them sent with one update. Between rounds the thread sleeps until a transaction that wrote
 * outbox rows commits ({@link OutboxWakeUp}), or for the slow poll interval, the safety net.
 */
@ApplicationScoped
public class OutboxRelay {

    static final int SLOTS = 16;
    /** The header and value of the CloudEvents Kafka binding's structured mode. */
    public static final String CONTENT_TYPE_HEADER = OutboxProducer.CONTENT_TYPE_HEADER;
    public static final String CLOUDEVENTS_JSON = OutboxProducer.CLOUDEVENTS_JSON;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final PlatformConfig.Outbox config;
    private final OutboxWakeUp wakeUp;
    private final Counter published;
    private final OutboxProducer producer;
    private final OutboxWaves waves;
    private final OutboxBacklog backlog;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(AgroalDataSource dataSource, PlatformConfig config, MeterRegistry registry, OutboxParking parking,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.dataSource = dataSource;
        this.config = config.outbox();
        this.producer = new OutboxProducer(bootstrapServers);
        this.wakeUp = new OutboxWakeUp(jdbcUrl, user.orElse(""), password.orElse(""));
        this.published = registry.counter("thidua.outbox.published");
        this.waves = new OutboxWaves(producer, new OutboxRetries(this.config, parking, registry));
        this.backlog = new OutboxBacklog(dataSource, registry);
    }

    /** String.hashCode is fixed by the Java spec, so every replica computes the same slot. */
    static int slotOf(String key) {
        return Math.floorMod(key.hashCode(), SLOTS);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            return;
        }
        running = true;
        if (config.wakeOnCommit()) {
            wakeUp.start();
        }
        worker = new Thread(this::relayLoop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    private void relayLoop() {
        while (running) {
            drain();
            try {
                wakeUp.await(config.pollInterval());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Rounds until one finds less than a full batch of due rows. */
    private void drain() {
        try {
            Round round;
            do {
                round = round();
            } while (running && round.due() >= config.batchSize());
            backlog.measure();
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay round failed, will retry: %s", e.getMessage());
        }
    }

    /** One round in one transaction; returns the number of rows marked sent. */
    public int relayOnce() {
        return round().sent();
    }

    private Round round() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                List<Integer> slots = lockFreeSlots(connection);
                if (slots.isEmpty()) {
                    return new Round(0, 0);
                }
                List<OutboxRow> rows = dueRows(connection, slots);
                if (rows.isEmpty()) {
                    return new Round(0, 0);
                }
                // A round's commit marks rows sent that Kafka already holds: lost in a crash, they are sent again
                // (consumers are idempotent), so the round need not wait for its commit record to reach the disk.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local synchronous_commit = off");
                }
                List<Long> sent = waves.send(connection, rows);
                markSent(connection, sent);
                return new Round(rows.size(), sent.size());
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

    /**
     * The due rows of the locked slots in id order. A row whose key has an earlier row waiting for
     * its retry (or parked) is not due, even when it was written after that row failed.
     */
    private List<OutboxRow> dueRows(Connection connection, List<Integer> slots) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select e.id, e.topic, e.message_key, e.payload, e.attempts from outbox_event e
                where e.sent_at is null and e.parked_at is null and e.dropped_at is null
                  and e.slot = any(?) and e.next_attempt_at <= now()
                  and not exists (select 1 from outbox_event f
                      where f.message_key = e.message_key and f.id < e.id
                        and f.sent_at is null and f.dropped_at is null and f.attempts > 0
                        and (f.parked_at is not null or f.next_attempt_at > now()))
                order by e.id limit ?""")) {
            select.setArray(1, connection.createArrayOf("integer", slots.toArray()));
            select.setInt(2, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
        }
        return rows;
    }

    private void markSent(Connection connection, List<Long> sent) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement(
                "update outbox_event set sent_at = clock_timestamp() where id = any(?)")) {
            Array ids = connection.createArrayOf("bigint", sent.toArray());
            mark.setArray(1, ids);
            mark.executeUpdate();
        }
        published.increment(sent.size());
    }

    void close(@Observes ShutdownEvent event) {
        running = false;
        wakeUp.stop();
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        producer.close();
    }

    private record Round(int due, int sent) {
    }
}
