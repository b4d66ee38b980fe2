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

/**
 * Writes an event into the outbox table in the caller's transaction, so the state change and its
 * event commit or roll back together. {@link OutboxRelay} publishes the rows afterwards.
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
     * Records one event. {@code subject} is the aggregate id and the Kafka key, which keeps one
     * aggregate's events in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(EventType type, String subject, String unit, String schoolYear, Object data) {
        EventEnvelope envelope = EventEnvelope.create(config.serviceName(), type, subject, unit, schoolYear,
                codec.toData(data));
        // The connection is the transaction's own (Agroal enlists it), shared with Hibernate.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into outbox_event (event_id, topic, message_key, event_type, payload, slot)
                        values (?::uuid, ?, ?, ?, ?, ?)
                        """)) {
            insert.setString(1, envelope.id());
            insert.setString(2, type.topic());
            insert.setString(3, subject);
            insert.setString(4, type.type());
            insert.setString(5, codec.toJson(envelope));
            insert.setInt(6, OutboxRelay.slotOf(subject));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write event " + type + " to the outbox", e);
        }
        return envelope;
    }
}
