package vn.thidua.evaluation.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.PlatformConfig;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventEnvelope;
import vn.thidua.platform.events.EventType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Many events into the platform's outbox table with one JDBC batch, in the caller's transaction:
 * the same rows {@link vn.thidua.platform.outbox.Outbox#publish} writes one statement at a time
 * (same envelope, codec, columns, and the relay's slot function over the {@code outbox_slot} rows),
 * so {@code OutboxRelay} publishes them like any other. Used by bulk posting, where 5,000 single
 * inserts cost more than everything else together; belongs in platform as {@code Outbox.publishAll}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OutboxBatch {

    private final AgroalDataSource dataSource;
    private final EventCodec codec;
    private final PlatformConfig config;
    private volatile int slots;

    public OutboxBatch(AgroalDataSource dataSource, EventCodec codec, PlatformConfig config) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.config = config;
    }

    /** One event: its type, aggregate id (the Kafka key), unit, school year and data. */
    public record Event(EventType type, String subject, String unit, String schoolYear, Object data) {
    }

    public void publish(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            int slotCount = slots(connection);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (event_id, topic, message_key, event_type, payload, slot)
                    values (?::uuid, ?, ?, ?, ?, ?)""")) {
                    for (Event event : events) {
                    EventEnvelope envelope = EventEnvelope.create(config.serviceName(), event.type(), event.subject(),
                            event.unit(), event.schoolYear(), codec.toData(event.data()));
                    insert.setString(1, envelope.id());
                    insert.setString(2, event.type().topic());
                    insert.setString(3, event.subject());
                    insert.setString(4, event.type().type());
                    insert.setString(5, codec.toJson(envelope));
                    // OutboxRelay.slotOf: String.hashCode is fixed by the Java spec, so every replica agrees.
                    insert.setInt(6, Math.floorMod(event.subject().hashCode(), slotCount));
                    insert.addBatch();
                }
                    insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write " + events.size() + " events to the outbox", e);
        }
    }

    /** The relay's slot count: one outbox_slot row per slot. */
    private int slots(Connection connection) throws SQLException {
        if (slots == 0) {
            try (PreparedStatement count = connection.prepareStatement("select count(*) from outbox_slot");
                    ResultSet rs = count.executeQuery()) {
                rs.next();
                slots = rs.getInt(1);
            }
        }
        return slots;
    }
}
