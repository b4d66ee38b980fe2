package vn.thidua.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Sent rows are kept a week for inspection, then removed (parked and dropped rows stay). */
@ApplicationScoped
public class OutboxRetention {

    private final AgroalDataSource dataSource;

    public OutboxRetention(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeOldSentRows() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection.prepareStatement(
                            "delete from outbox_event where sent_at < now() - interval '7 days'")) {
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
