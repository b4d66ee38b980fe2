package vn.thidua.platform.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.PlatformConfig;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventEnvelope;
import vn.thidua.platform.events.EventType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes events into the outbox table in the caller's transaction, so the state change and its
 * events commit or roll back together. {@link OutboxRelay} publishes the rows afterwards.
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
     * One event to write. {@code subject} is the aggregate id and the Kafka key, which keeps one
     * aggregate's events in order.
     */
    public record Pending(EventType type, String subject, String unit, String schoolYear, Object data) {
    }

    /** Records one event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(EventType type, String subject, String unit, String schoolYear, Object data) {
        return publishAll(List.of(new Pending(type, subject, unit, schoolYear, data))).get(0);
    }

    /** Records many events with one JDBC batch (bulk posting writes thousands at once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope> publishAll(List<Pending> events) {
        List<EventEnvelope> envelopes = new ArrayList<>(events.size());
        if (events.isEmpty()) {
            return envelopes;
        }
        // The connection is the transaction's own (Agroal enlists it), shared with Hibernate.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into outbox_event (event_id, topic, message_key, event_type, payload, slot)
                        values (?::uuid, ?, ?, ?, ?, ?)
                        """)) {
            for (Pending event : events) {
                EventEnvelope envelope = EventEnvelope.create(config.serviceName(), event.type(), event.subject(),
                        event.unit(), event.schoolYear(), codec.toData(event.data()));
                insert.setString(1, envelope.id());
                insert.setString(2, event.type().topic());
                insert.setString(3, event.subject());
                insert.setString(4, event.type().type());
                insert.setString(5, codec.toJson(envelope));
                insert.setInt(6, OutboxRelay.slotOf(event.subject()));
                insert.addBatch();
                envelopes.add(envelope);
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write " + events.size() + " events to the outbox", e);
        }
        return envelopes;
    }
}
