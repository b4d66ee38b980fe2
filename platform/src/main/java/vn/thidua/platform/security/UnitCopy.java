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
        // An upsert is undated ("the unit as it is now"): it opens the first period, or corrects the parent of the
        // latest one; only a move (with its effective date) starts a new period.
        execute("""
                update unit_period set parent_code = ? where seq = (select max(seq) from unit_period where code = ?
                    and valid_from is not distinct from (select max(valid_from) from unit_period where code = ?))
                    and parent_code is distinct from ?""",
                unit.parentCode(), unit.code(), unit.code(), unit.parentCode());
        execute("""
                insert into unit_period (code, parent_code, valid_from)
                select ?, ?, ? where not exists (select 1 from unit_period where code = ?)""",
                unit.code(), unit.parentCode(), unit.validFrom() == null ? null : Date.valueOf(unit.validFrom()),
                unit.code());
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
        if (moved.effectiveDate() == null) {
            execute("""
                    update unit_period set parent_code = ? where seq = (select max(seq) from unit_period where code = ?)""",
                    moved.toParentCode(), moved.code());
            return;
        }
        // The move closes the period open on its date and opens the new parent's; a period it supersedes (starting
        // on or after the same date, e.g. a move re-sent with a corrected parent) gives way.
        Date effective = Date.valueOf(moved.effectiveDate());
        execute("delete from unit_period where code = ? and valid_from >= ?", moved.code(), effective);
        execute("""
                update unit_period set valid_to = ? where code = ? and (valid_to is null or valid_to >= ?)""",
                Date.valueOf(moved.effectiveDate().minusDays(1)), moved.code(), effective);
        execute("insert into unit_period (code, parent_code, valid_from) values (?, ?, ?)",
                moved.code(), moved.toParentCode(), effective);
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
