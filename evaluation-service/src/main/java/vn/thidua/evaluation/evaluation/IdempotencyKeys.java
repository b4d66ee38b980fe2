package vn.thidua.evaluation.evaluation;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Idempotency keys of bulk posts. A request claims its key by inserting it in its own transaction:
 * a concurrent request with the same key waits on the row until the first commits (then replays
 * its answer) or rolls back (then claims the key itself), so one key is processed once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class IdempotencyKeys {

    private final AgroalDataSource dataSource;

    public IdempotencyKeys(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The answer given to the first request with a key. */
    public record Answer(String requestHash, int status, String body) {
    }

    /** Claims the key for this transaction; empty when claimed, else the first request's answer. */
    public Optional<Answer> claim(String unitCode, String key, String requestHash) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into idempotency_key (unit_code, key, request_hash) values (?, ?, ?)
                    on conflict (unit_code, key) do nothing""")) {
                insert.setString(1, unitCode);
                insert.setString(2, key);
                insert.setString(3, requestHash);
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "select request_hash, status, response from idempotency_key where unit_code = ? and key = ?")) {
                select.setString(1, unitCode);
                select.setString(2, key);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return Optional.of(new Answer(rs.getString(1), rs.getInt(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim idempotency key " + key, e);
        }
    }

    /** Stores the answer of the request that claimed the key. */
    public void answer(String unitCode, String key, int status, String body) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update idempotency_key set status = ?, response = ? where unit_code = ? and key = ?")) {
            update.setInt(1, status);
            update.setString(2, body);
            update.setString(3, unitCode);
            update.setString(4, key);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the answer of idempotency key " + key, e);
        }
    }
}
