package vn.thidua.evaluation.evaluation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.evaluation.config.IdempotencyConfig;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Removes idempotency keys older than {@code thidua.evaluation.idempotency.key-retention}, so the
 * table holds days of keys, not years. Safe with several replicas: a delete by age is the same
 * whoever runs it, and a key still being claimed is not yet visible to it.
 */
@ApplicationScoped
class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class);

    private final AgroalDataSource dataSource;
    private final IdempotencyConfig config;

    public IdempotencyKeyPurge(AgroalDataSource dataSource, IdempotencyConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Scheduled(every = "${thidua.evaluation.idempotency.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Removes the keys older than the configured retention; returns how many. */
    public int purge() {
        return purgeOlderThan(config.keyRetention());
    }

    /** Removes the keys created more than {@code age} ago; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeOlderThan(Duration age) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from idempotency_key where created_at < now() - make_interval(secs => ?)")) {
            delete.setDouble(1, age.toMillis() / 1000.0);
            int removed = delete.executeUpdate();
            if (removed > 0) {
                LOG.infof("Removed %d idempotency keys older than %s", removed, age);
            }
            return removed;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove old idempotency keys", e);
        }
    }
}
