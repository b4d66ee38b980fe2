package vn.thidua.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;
import vn.thidua.platform.PlatformConfig;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * What the relay does with a row Kafka refused, in the round's transaction: retried later with a doubled
 * back-off, its key's later rows held back with it so none overtakes it, or parked once it has had all its
 * attempts ({@link OutboxParking}).
 */
final class OutboxRetries {

    /** Logs as the relay, so its lines keep their category. */
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final PlatformConfig.Outbox config;
    private final OutboxParking parking;
    private final Counter failures;

    OutboxRetries(PlatformConfig.Outbox config, OutboxParking parking, MeterRegistry registry) {
        this.config = config;
        this.parking = parking;
        this.failures = registry.counter("thidua.outbox.failures");
    }

    void holdBack(Connection connection, OutboxRow row, Throwable cause) throws SQLException {
        failures.increment();
        String reason = cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        int attempts = row.attempts() + 1;
        if (attempts >= config.parkAfterAttempts()) {
            parking.park(connection, row.id(), row.topic(), row.key(), attempts, reason);
            return;
        }
        long factor = 1L << Math.min(row.attempts(), 16);
        Duration delay = config.initialBackoff().multipliedBy(factor);
        if (delay.compareTo(config.maxBackoff()) > 0) {
            delay = config.maxBackoff();
        }
        LOG.warnf("Outbox row %d (%s) not sent, retry in %s: %s", row.id(), row.topic(), delay, reason);
        try (PreparedStatement failed = connection.prepareStatement(
                "update outbox_event set attempts = ?, last_error = ? where id = ?");
                PreparedStatement later = connection.prepareStatement(
                        "update outbox_event set next_attempt_at = ? where slot = ? and message_key = ? and sent_at is null")) {
            failed.setInt(1, attempts);
            failed.setString(2, reason);
            failed.setLong(3, row.id());
            failed.executeUpdate();
            later.setTimestamp(1, Timestamp.from(Instant.now().plus(delay)));
            later.setInt(2, OutboxRelay.slotOf(row.key()));
            later.setString(3, row.key());
            later.executeUpdate();
        }
    }
}
