package vn.thidua.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.thidua.platform.problem.ProblemException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Outbox rows the relay gave up on. A row still refused after {@code park-after-attempts} sends
 * (too large for the broker, a topic that cannot be written) is parked: never retried by itself,
 * counted ({@code thidua.outbox.parked}), logged as an alert. Its key's later rows wait behind it,
 * so nothing is sent around it silently: an operator releases it (retried from the first back-off,
 * e.g. once the broker accepts it) or drops it (never sent; the row stays as the record of the
 * break in its key's order, and the later rows go on).
 */
@ApplicationScoped
public class OutboxParking {

    private static final Logger LOG = Logger.getLogger(OutboxParking.class);
    /** Parked rows listed at most; there should be none. */
    static final int LIST_LIMIT = 500;

    private final AgroalDataSource dataSource;
    private final Counter parkings;

    public OutboxParking(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.parkings = Counter.builder("thidua.outbox.parkings")
                .description("Outbox rows parked after their retries, since start").register(registry);
        Gauge.builder("thidua.outbox.parked", this, OutboxParking::parkedCount)
                .description("Outbox rows parked now, waiting for an operator (release or drop)").register(registry);
    }

    /** A parked row as the operator sees it; {@code waiting} counts its key's later unsent rows. */
    public record Parked(long id, String eventId, String topic, String key, String type, int attempts, String lastError,
            OffsetDateTime createdAt, OffsetDateTime parkedAt, int payloadBytes, long waiting) {
    }

    /** Called by the relay, in its round's transaction, for a row that failed its last attempt. */
    void park(Connection connection, long id, String topic, String key, int attempts, String reason) throws SQLException {
        try (PreparedStatement park = connection.prepareStatement(
                "update outbox_event set attempts = ?, last_error = ?, parked_at = now() where id = ?")) {
            park.setInt(1, attempts);
            park.setString(2, reason);
            park.setLong(3, id);
            park.executeUpdate();
        }
        parkings.increment();
        LOG.errorf("ALERT outbox row %d (%s, key %s) parked after %d failed attempts; the later rows of its key wait "
                + "until an operator releases or drops it (GET /api/v1/outbox/parked): %s", id, topic, key, attempts, reason);
    }

    public List<Parked> list() {
        return query("p.parked_at is not null and p.dropped_at is null order by p.id limit " + LIST_LIMIT, null);
    }

    /** Retried at once from the first back-off; its key's waiting rows follow it. */
    public Parked release(long id, String actor) {
        Parked parked = parked(id);
        QuarkusTransaction.requiringNew().run(() -> update(parked, """
                update outbox_event set parked_at = null, attempts = 0, next_attempt_at = now()
                where id = ? and parked_at is not null and dropped_at is null"""));
        LOG.warnf("Outbox row %d (%s, key %s) released by %s: retried now, its key's %d waiting rows after it", id,
                parked.topic(), parked.key(), actor, parked.waiting());
        return parked;
    }

    /** Never sent; kept as the record of the break in its key's order. Its key's later rows go on. */
    public Parked drop(long id, String actor) {
        Parked parked = parked(id);
        QuarkusTransaction.requiringNew().run(() -> update(parked, """
                update outbox_event set dropped_at = now() where id = ? and parked_at is not null and dropped_at is null"""));
        LOG.warnf("Outbox row %d (%s %s, event %s, key %s) dropped by %s: never sent; the %d later rows of its key go "
                + "on without it", id, parked.type(), parked.topic(), parked.eventId(), parked.key(), actor, parked.waiting());
        return parked;
    }

    private Parked parked(long id) {
        List<Parked> found = query("p.id = ? and p.parked_at is not null and p.dropped_at is null", id);
        if (found.isEmpty()) {
            throw ProblemException.notFound("Dòng outbox bị giữ lại (parked outbox row)", id);
        }
        return found.get(0);
    }

    private List<Parked> query(String where, Long id) {
        List<Parked> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select p.id, p.event_id, p.topic, p.message_key, p.event_type, p.attempts, p.last_error,
                               p.created_at, p.parked_at, octet_length(p.payload),
                               (select count(*) from outbox_event w where w.slot = p.slot and w.message_key = p.message_key
                                  and w.id > p.id and w.sent_at is null and w.dropped_at is null)
                        from outbox_event p where""" + " " + where)) {
            if (id != null) {
                select.setLong(1, id);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Parked(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getInt(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class),
                            rs.getObject(9, OffsetDateTime.class), rs.getInt(10), rs.getLong(11)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read parked outbox rows", e);
        }
        return rows;
    }

    /** Changes the parked row, makes its key's waiting rows due and wakes the relays (at commit). */
    private void update(Parked parked, String sql) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql);
                PreparedStatement due = connection.prepareStatement("""
                        update outbox_event set next_attempt_at = now()
                        where slot = ? and message_key = ? and sent_at is null and dropped_at is null and parked_at is null""");
                PreparedStatement wake = connection.prepareStatement("select pg_notify('" + OutboxWakeUp.CHANNEL + "', '')")) {
            update.setLong(1, parked.id());
            update.executeUpdate();
            due.setInt(1, OutboxRelay.slotOf(parked.key()));
            due.setString(2, parked.key());
            due.executeUpdate();
            wake.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change parked outbox row " + parked.id(), e);
        }
    }

    private double parkedCount() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select count(*) from outbox_event
                        where sent_at is null and dropped_at is null and attempts > 0 and parked_at is not null""");
                ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
