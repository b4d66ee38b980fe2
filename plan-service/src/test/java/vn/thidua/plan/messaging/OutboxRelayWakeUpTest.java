package vn.thidua.plan.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.security.UnitEvents;
import vn.thidua.testing.ThiduaTestResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The relay is woken by the commit of a transaction that wrote outbox rows (PostgreSQL
 * LISTEN/NOTIFY), not by its poll: with a poll interval of an hour ({@link WakeOnCommitProfile}),
 * rows written after the relay's first round still go out, commit after commit.
 */
@QuarkusTest
@TestProfile(WakeOnCommitProfile.class)
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class OutboxRelayWakeUpTest {

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eachCommitWakesTheRelay() throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        // Three commits one after another, each waiting for the previous one's rows to be sent: the
        // later ones cannot have been picked up by the round at start.
        for (int commit = 0; commit < 3; commit++) {
            String key = "WAKE-" + run + "-" + commit;
            List<String> ids = QuarkusTransaction.requiringNew().call(() -> List.of(
                    outbox.publish(EventTypes.UNIT_UPSERTED, key, key, null, upserted(key, 0)),
                    outbox.publish(EventTypes.UNIT_UPSERTED, key, key, null, upserted(key, 1))));
            await().atMost(Duration.ofSeconds(20)).until(() -> unsent(ids) == 0);
            assertEquals(0, unsent(ids), "commit " + commit + " sent without a poll");
        }
    }

    private static UnitEvents.Upserted upserted(String code, int version) {
        return new UnitEvents.Upserted(code, "Đơn vị thử " + version, "SCHOOL", "PGD-TAMNONG", LocalDate.of(2020, 1, 1), null);
    }

    private long unsent(List<String> eventIds) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*) from outbox_event where event_id = any(?::uuid[]) and sent_at is null")) {
            select.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
