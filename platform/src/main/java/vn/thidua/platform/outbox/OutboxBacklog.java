package vn.thidua.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outbox's backlog as gauges ({@code thidua.outbox.pending}, {@code thidua.outbox.oldest.pending.seconds}),
 * measured by the relay after it has drained: a growing backlog is the alert that events are not leaving.
 */
final class OutboxBacklog {

    /** Logs as the relay, so its lines keep their category. */
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    // Held here: the registry keeps only weak references to the gauges' values.
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();

    OutboxBacklog(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        registry.gauge("thidua.outbox.pending", pending);
        registry.gauge("thidua.outbox.oldest.pending.seconds", oldestPendingSeconds);
    }

    void measure() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select count(*), extract(epoch from now() - min(created_at)) from outbox_event
                        where sent_at is null and dropped_at is null""");
                ResultSet rs = select.executeQuery()) {
            if (rs.next()) {
                pending.set(rs.getLong(1));
                oldestPendingSeconds.set((long) rs.getDouble(2));
            }
        } catch (SQLException e) {
            LOG.debugf("Outbox metrics not updated: %s", e.getMessage());
        }
    }
}
