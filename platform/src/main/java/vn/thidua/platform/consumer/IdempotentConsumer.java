package vn.thidua.platform.consumer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.thidua.platform.PlatformConfig;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventEnvelope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Applies an inbound event at most once per consumer: the event id is recorded in
 * {@code processed_event} in the same transaction as the handler's effect, so a redelivered event
 * is skipped and a failed handler leaves no mark. An event that breaks its contract or whose
 * handler throws propagates the exception; the Kafka connector then routes it to the consumer's
 * dead-letter topic with the message as reason ({@link DeadLetters}). A database that is down is
 * not the event's fault: the attempt is retried until it is back ({@link DatabaseOutage}).
 *
 * <p>The transaction is opened in code (joining the caller's when there is one), not by an
 * interceptor, so that a {@link #named(String) named} consumer, a plain object outside the
 * container, runs its handler in a transaction exactly as the bean does.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final AgroalDataSource dataSource;
    private final EventCodec codec;
    private final String consumerName;

    @Inject
    public IdempotentConsumer(AgroalDataSource dataSource, EventCodec codec, PlatformConfig config) {
        this(dataSource, codec, config.serviceName());
    }

    private IdempotentConsumer(AgroalDataSource dataSource, EventCodec codec, String consumerName) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.consumerName = consumerName;
    }

    /**
     * The same consumer recording applied events under another name: a second reader of a topic in
     * the same service (its own consumer group) must not take the first one's events as applied.
     * Its {@link #handle} is as transactional as the bean's.
     */
    public IdempotentConsumer named(String name) {
        return new IdempotentConsumer(dataSource, codec, name);
    }

    /**
     * Parses {@code payload} and runs the handler registered for its type, once. Types without a
     * handler are ignored (a topic carries more types than each consumer needs).
     *
     * The mark and the handler's effect commit together: in the caller's transaction when one is
     * active, else in one of their own, rolled back when the handler throws.
     *
     * @return true when a handler ran, false for a duplicate or an ignored type
     */
    public boolean handle(String payload, Map<String, Consumer<EventEnvelope>> handlers) {
        if (QuarkusTransaction.isActive()) {
            return QuarkusTransaction.joiningExisting().call(() -> apply(payload, handlers));
        }
        // In a transaction of its own, the whole attempt can be retried while the database is down
        return DatabaseOutage.retrying(() -> QuarkusTransaction.requiringNew().call(() -> apply(payload, handlers)),
                consumerName + " event");
    }

    /**
     * {@link #handle} for a batch, in one transaction (the caller's or its own): every payload parsed and
     * checked first, the new event ids recorded in one statement, then the handlers run in the batch's order
     * for the events not applied before (an id twice in the batch runs once). One poison payload fails the
     * whole batch, leaving no mark: the caller may then apply the payloads one by one with {@link #handle}.
     *
     * @return the number of events whose handler ran
     */
    public int handleAll(List<String> payloads, Map<String, Consumer<EventEnvelope>> handlers) {
        return QuarkusTransaction.joiningExisting().call(() -> applyAll(payloads, handlers));
    }

    private int applyAll(List<String> payloads, Map<String, Consumer<EventEnvelope>> handlers) {
        List<EventEnvelope> events = payloads.stream().map(codec::parse)
                .filter(event -> handlers.containsKey(event.type())).toList();
        Set<String> fresh = markAllProcessed(events);
        int applied = 0;
        for (EventEnvelope event : events) {
            if (fresh.remove(canonical(event.id()))) {
                handlers.get(event.type()).accept(event);
                applied++;
            } else {
                LOG.debugf("Skipping %s %s: already applied by %s", event.type(), event.id(), consumerName);
            }
        }
        return applied;
    }

    /** Records the events' ids at once; answers those not recorded before. */
    private Set<String> markAllProcessed(List<EventEnvelope> events) {
        Set<String> fresh = new HashSet<>();
        if (events.isEmpty()) {
            return fresh;
        }
        Map<String, String> types = new LinkedHashMap<>();
        events.forEach(event -> types.putIfAbsent(canonical(event.id()), event.type()));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into processed_event (consumer, event_id, event_type)
                        select ?, id, type from unnest(?::uuid[], ?::text[]) as batch (id, type)
                        on conflict do nothing returning event_id""")) {
            insert.setString(1, consumerName);
            insert.setArray(2, connection.createArrayOf("uuid", types.keySet().toArray()));
            insert.setArray(3, connection.createArrayOf("text", types.values().toArray()));
            try (ResultSet inserted = insert.executeQuery()) {
                while (inserted.next()) {
                    fresh.add(inserted.getString(1));
                }
            }
            return fresh;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record " + types.size() + " processed events", e);
        }
    }

    /** The id as PostgreSQL answers a uuid (lower case), to match the ids the insert returns. */
    private static String canonical(String id) {
        return UUID.fromString(id).toString();
    }

    private boolean apply(String payload, Map<String, Consumer<EventEnvelope>> handlers) {
        EventEnvelope event = codec.parse(payload);
        Consumer<EventEnvelope> handler = handlers.get(event.type());
        if (handler == null) {
            return false;
        }
        if (!markProcessed(event)) {
            LOG.debugf("Skipping %s %s: already applied by %s", event.type(), event.id(), consumerName);
            return false;
        }
        handler.accept(event);
        return true;
    }

    private boolean markProcessed(EventEnvelope event) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into processed_event (consumer, event_id, event_type) values (?, ?::uuid, ?)
                        on conflict do nothing""")) {
            insert.setString(1, consumerName);
            insert.setString(2, event.id());
            insert.setString(3, event.type());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record processed event " + event.id(), e);
        }
    }
}
