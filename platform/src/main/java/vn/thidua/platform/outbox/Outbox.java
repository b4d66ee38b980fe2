package vn.thidua.platform.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.PlatformConfig;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventEnvelope;
import vn.thidua.platform.events.EventType;
import vn.thidua.platform.jdbc.CopyRows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes events into the outbox table in the caller's transaction, so the state change and its
 * events commit or roll back together. {@link OutboxRelay} publishes the rows afterwards.
 *
 * <p>An honest producer: every event is checked against its contract and against the broker's size
 * limit before anything is written ({@link OutboxChecks}); a failing one throws a problem (422 naming
 * the field, 413 for the size), so the request fails and its transaction writes nothing, instead of
 * publishing what consumers dead-letter or what the broker never takes.
 */
@ApplicationScoped
public class Outbox {

    private final AgroalDataSource dataSource;
    private final EventCodec codec;
    private final PlatformConfig config;

    public Outbox(AgroalDataSource dataSource, EventCodec codec, PlatformConfig config) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.config = config;
    }

    /**
     * One event to write. {@code subject} is the aggregate id; {@code key} the Kafka key, which chooses the
     * partition: the subject itself unless a wider aggregate is given ({@link #keyed}). The relay keeps each
     * subject's events in order either way; a wider key also keeps one key's events in one partition (and one
     * consumer), so that a heavy key fills one partition instead of queueing ahead of everyone in all of them.
     */
    public record Pending(EventType type, String subject, String key, String unit, String schoolYear, Object data) {

        /** Keyed by its subject. */
        public Pending(EventType type, String subject, String unit, String schoolYear, Object data) {
            this(type, subject, subject, unit, schoolYear, data);
        }

        /** Keyed by {@code key} (for example an evaluation's cycle), the subject staying the aggregate id. */
        public static Pending keyed(EventType type, String subject, String key, String unit, String schoolYear,
                Object data) {
            return new Pending(type, subject, key, unit, schoolYear, data);
        }
    }

    /** Records one event; answers its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String publish(EventType type, String subject, String unit, String schoolYear, Object data) {
        return publishAll(List.of(new Pending(type, subject, unit, schoolYear, data))).get(0);
    }

    /**
     * Records many events with one {@code COPY} (bulk posting writes thousands at once); answers
     * their ids in order. Every event is encoded and checked before the first row is written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> publishAll(List<Pending> events) {
        List<String> ids = new ArrayList<>(events.size());
        if (events.isEmpty()) {
            return ids;
        }
        List<EventEnvelope> envelopes = new ArrayList<>(events.size());
        List<String> payloads = new ArrayList<>(events.size());
        OutboxChecks checks = new OutboxChecks(config.outbox().maxEventBytes());
        for (Pending event : events) {
            EventEnvelope attributes = EventEnvelope.create(config.serviceName(), event.type(), event.subject(),
                    event.unit(), event.schoolYear(), null);
            String payload = codec.toJson(attributes, event.data());
            checks.check(event.type().type(), payload);
            envelopes.add(attributes);
            payloads.add(payload);
        }
        // The connection is the transaction's own (Agroal enlists it), shared with Hibernate.
        try (Connection connection = dataSource.getConnection()) {
            CopyRows.into(connection, "outbox_event",
                    List.of("event_id", "topic", "message_key", "event_type", "payload", "slot"), rows -> {
                        for (int i = 0; i < events.size(); i++) {
                            Pending event = events.get(i);
                            EventEnvelope attributes = envelopes.get(i);
                            rows.row(attributes.id(), event.type().topic(), event.key(), event.type().type(),
                                    payloads.get(i), OutboxRelay.slotOf(event.key()));
                            ids.add(attributes.id());
                        }
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write " + events.size() + " events to the outbox", e);
        }
        return ids;
    }
}
