package vn.thidua.evaluation.evaluation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.ThiduaTestResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Old idempotency keys are removed by age; recent ones keep replaying. */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_evaluation_test"))
class IdempotencyKeyPurgeTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdempotencyKeyPurge purge;

    @Test
    void keysOlderThanTheRetentionAreRemovedAndNewerOnesKept() throws SQLException {
        String unit = "TH-PURGE-" + UUID.randomUUID().toString().substring(0, 8);
        key(unit, "eight-days", "8 days");
        key(unit, "six-days", "6 days");
        key(unit, "an-hour", "1 hour");

        // The configured retention (default seven days).
        assertTrue(purge.purge() >= 1);
        assertEquals(List.of("an-hour", "six-days"), keys(unit));

        assertEquals(1, purge.purgeOlderThan(Duration.ofDays(2)));
        assertEquals(List.of("an-hour"), keys(unit));
        assertEquals(0, purge.purgeOlderThan(Duration.ofDays(2)));
        assertEquals(List.of("an-hour"), keys(unit));
    }

    private void key(String unit, String key, String age) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into idempotency_key (unit_code, key, request_hash, status, response, created_at)
                        values (?, ?, 'hash', 200, '{}', now() - ?::interval)""")) {
            insert.setString(1, unit);
            insert.setString(2, key);
            insert.setString(3, age);
            insert.executeUpdate();
        }
    }

    private List<String> keys(String unit) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select key from idempotency_key where unit_code = ? order by key")) {
            select.setString(1, unit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys;
    }
}
