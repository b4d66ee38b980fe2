package vn.thidua.platform.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.platform.consumer.IdempotentConsumer;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventEnvelope;
import vn.thidua.platform.events.EventTypes;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * Keeps this service's {@code unit_copy} in step with plan-service's unit events, so scoping never
 * calls plan-service on a request path. A service wires its unit-events channel to {@link #apply}.
 */
@ApplicationScoped
public class UnitCopy {

    private final AgroalDataSource dataSource;
    private final EventCodec codec;
    private final IdempotentConsumer consumer;

    public UnitCopy(AgroalDataSource dataSource, EventCodec codec, IdempotentConsumer consumer) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.consumer = consumer;
    }

    public boolean apply(String payload) {
        return consumer.handle(payload, Map.of(
                EventTypes.UNIT_UPSERTED.type(), this::upsert,
                EventTypes.UNIT_MOVED.type(), this::move));
    }

    void upsert(EventEnvelope event) {
        UnitEvents.Upserted unit = codec.dataAs(event, UnitEvents.Upserted.class);
        execute("""
                insert into unit_copy (code, name, level, parent_code, valid_from, valid_to, updated_at)
                values (?, ?, ?, ?, ?, ?, now())
                on conflict (code) do update set name = excluded.name, level = excluded.level,
                    parent_code = excluded.parent_code, valid_from = excluded.valid_from,
                    valid_to = excluded.valid_to, updated_at = now()""",
                unit.code(), unit.name(), unit.level(), unit.parentCode(),
                unit.validFrom() == null ? null : Date.valueOf(unit.validFrom()),
                unit.validTo() == null ? null : Date.valueOf(unit.validTo()));
    }

    void move(EventEnvelope event) {
        UnitEvents.Moved moved = codec.dataAs(event, UnitEvents.Moved.class);
        execute("update unit_copy set parent_code = ?, updated_at = now() where code = ?",
                moved.toParentCode(), moved.code());
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot update the unit copy", e);
        }
    }
}
