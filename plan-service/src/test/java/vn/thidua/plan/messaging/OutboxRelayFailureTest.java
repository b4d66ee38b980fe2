package vn.thidua.plan.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.outbox.OutboxParking;
import vn.thidua.platform.outbox.OutboxRelay;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitEvents;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox relay when a send fails (real PostgreSQL, real broker). A row made larger than the
 * producer's maximum request size (1 MB) is refused on every attempt, which stands for any failed
 * send; putting its payload back stands for the failure passing. The scheduled relay is off
 * ({@link PlatformMechanismsProfile}): each test runs the rounds itself and reads the rows between
 * them, and makes a held row due by moving its next attempt time instead of waiting for it. After
 * its sixth failed attempt a row is parked for an operator (release or drop).
 */
@QuarkusTest
@TestProfile(PlatformMechanismsProfile.class)
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class OutboxRelayFailureTest {

    private static final String TOO_LARGE = "x".repeat(1_100_000);
    private static final Duration INITIAL = Duration.ofMinutes(Long.parseLong(PlatformMechanismsProfile.INITIAL_BACKOFF_MINUTES));
    private static final Duration MAX = Duration.ofMinutes(Long.parseLong(PlatformMechanismsProfile.MAX_BACKOFF_MINUTES));

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Inject
    OutboxParking parking;

    @Test
    void aFailedRowHoldsBackTheLaterRowsOfItsKeyButNotOtherKeys() throws SQLException {
        String run = run();
        String failing = "HELD-" + run + "-K";
        String other = "HELD-" + run + "-L";
        List<Long> failingIds = new ArrayList<>();
        List<Long> otherIds = new ArrayList<>();
        for (int version = 0; version < 3; version++) {
            failingIds.add(publish(failing, version));
            otherIds.add(publish(other, version));
        }
        String original = payload(failingIds.get(0));
        setPayload(failingIds.get(0), TOO_LARGE);

        relayUntilIdle();

        assertNull(row(failingIds.get(0)).sentAt());
        assertEquals(1, row(failingIds.get(0)).attempts());
        for (long id : failingIds.subList(1, 3)) {
            Row held = row(id);
            assertNull(held.sentAt(), "later row of the failed key held back");
            assertEquals(0, held.attempts(), "held back, not tried");
            assertEquals(row(failingIds.get(0)).nextAttemptAt(), held.nextAttemptAt(), "due with the failed row");
        }
        otherIds.forEach(id -> assertNotNull(row(id).sentAt(), "another key's rows go on"));
        // A row of the failed key written after the failure is due at once by itself, yet waits too.
        long writtenAfter = publish(failing, 3);
        failingIds.add(writtenAfter);
        relayUntilIdle();
        assertNull(row(writtenAfter).sentAt(), "a row written after the failure does not overtake it");
        assertEquals(0, row(writtenAfter).attempts());
        await().atMost(Duration.ofSeconds(30)).until(() -> versions(other).size() == 3);
        assertEquals(List.of("0", "1", "2"), versions(other));
        assertEquals(List.of(), versions(failing), "nothing of the failed key published ahead of it");

        // The failure passes: at its retry the key's rows go out, in order, each once.
        setPayload(failingIds.get(0), original);
        makeDue(failing);
        relayUntilIdle();
        failingIds.forEach(id -> assertNotNull(row(id).sentAt()));
        await().atMost(Duration.ofSeconds(30)).until(() -> versions(failing).size() >= 4);
        assertEquals(List.of("0", "1", "2", "3"), versions(failing));
    }

    @Test
    void theBackOffStartsAtTheInitialDelayDoublesAndIsCappedAtTheMaximum() throws SQLException {
        String key = "BACKOFF-" + run();
        long first = publish(key, 0);
        long second = publish(key, 1);
        setPayload(first, TOO_LARGE);

        // 10 min, 20 min, then 40 min capped at 35 min, and 35 min again.
        List<Duration> expected = List.of(INITIAL, INITIAL.multipliedBy(2), MAX, MAX);
        for (int attempt = 1; attempt <= expected.size(); attempt++) {
            Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            relay.relayOnce();
            Instant after = Instant.now().plusMillis(1);
            Row failed = row(first);
            assertEquals(attempt, failed.attempts());
            Duration delay = expected.get(attempt - 1);
            assertTrue(!failed.nextAttemptAt().isBefore(before.plus(delay)) && failed.nextAttemptAt().isBefore(after.plus(delay)),
                    "attempt " + attempt + ": next attempt " + delay + " after the round, not " + failed.nextAttemptAt()
                            + " (round between " + before + " and " + after + ")");
            assertEquals(failed.nextAttemptAt(), row(second).nextAttemptAt(), "the held row waits as long");
            assertTrue(failed.lastError().startsWith("RecordTooLargeException"), failed.lastError());
            relay.relayOnce();
            assertEquals(attempt, row(first).attempts(), "not due before its time: not tried again");
            makeDue(key);
        }
    }

    /**
     * A row that can never be sent (over the broker's limit) is retried at the back-off until its
     * last attempt, then parked: its own state, counted in the metrics, tried no more, and its key
     * waits behind it, even for rows written later, while other keys go on. Released once the
     * cause is gone, it goes out first and its key follows in order.
     */
    @Test
    void aRowThatFailsForGoodIsParkedAfterItsAttemptsItsKeyWaitsAndOtherKeysGoOn() throws SQLException {
        String key = "PARK-" + run();
        long failing = publish(key, 0);
        long held = publish(key, 1);
        String original = payload(failing);
        setPayload(failing, TOO_LARGE);
        String bystander = "PARK-" + run() + "-OTHER";
        double parkingsBefore = registry.get("thidua.outbox.parkings").counter().count();

        for (int round = 1; round <= PlatformMechanismsProfile.PARK_AFTER_ATTEMPTS; round++) {
            makeDue(key);
            long bystanderRow = publish(bystander, round % 10);
            double failuresBefore = failures();
            relay.relayOnce();
            assertEquals(1.0, failures() - failuresBefore, "one failure counted in round " + round);
            assertNotNull(row(bystanderRow).sentAt(), "other keys unaffected in round " + round);
            assertEquals(round == PlatformMechanismsProfile.PARK_AFTER_ATTEMPTS, row(failing).parkedAt() != null,
                    "parked at the last attempt only, round " + round);
        }
        Row parked = row(failing);
        assertEquals(PlatformMechanismsProfile.PARK_AFTER_ATTEMPTS, parked.attempts());
        assertNull(parked.sentAt());
        assertTrue(parked.lastError().startsWith("RecordTooLargeException"), parked.lastError());
        assertEquals(1.0, registry.get("thidua.outbox.parkings").counter().count() - parkingsBefore, "parking counted");
        assertTrue(registry.get("thidua.outbox.parked").gauge().value() >= 1.0, "parked rows visible in the metrics");

        // Parked: not tried again, however due; its key waits, also for a row written after the parking.
        makeDue(key);
        long writtenAfter = publish(key, 2);
        long bystanderAfter = publish(bystander, 9);
        relayUntilIdle();
        assertEquals(PlatformMechanismsProfile.PARK_AFTER_ATTEMPTS, row(failing).attempts(), "tried no more");
        assertNull(row(held).sentAt(), "its key waits");
        assertNull(row(writtenAfter).sentAt(), "also for rows written after the parking");
        assertEquals(0, row(writtenAfter).attempts());
        assertNotNull(row(bystanderAfter).sentAt(), "other keys go on");
        assertEquals(List.of(), versions(key), "nothing of the parked key published around it");

        setPayload(failing, original);
        parking.release(failing, "test");
        assertNull(row(failing).parkedAt(), "released");
        relayUntilIdle();
        List.of(failing, held, writtenAfter).forEach(id -> assertNotNull(row(id).sentAt()));
        await().atMost(Duration.ofSeconds(30)).until(() -> versions(key).size() >= 3);
        assertEquals(List.of("0", "1", "2"), versions(key), "in order, each once");
    }

    /** Dropping gives a parked row up: never sent, kept with its state as the record of the break; its key goes on. */
    @Test
    void aDroppedRowIsNeverSentIsKeptAsTheBreakAndItsKeyGoesOn() throws SQLException {
        String key = "DROP-" + run();
        long failing = park(key);
        long held = publish(key, 1);
        relayUntilIdle();
        assertNull(row(held).sentAt());

        parking.drop(failing, "test");
        relayUntilIdle();
        Row dropped = row(failing);
        assertNull(dropped.sentAt(), "never sent");
        assertNotNull(dropped.droppedAt(), "kept, marked dropped");
        assertNotNull(dropped.parkedAt());
        assertNotNull(row(held).sentAt(), "the key goes on without it");
        await().atMost(Duration.ofSeconds(30)).until(() -> versions(key).size() >= 1);
        assertEquals(List.of("1"), versions(key));
    }

    /** The operator endpoint: role operator only (401 without a token, 403 for the movement's roles), 404 when not parked. */
    @Test
    void theOperatorListsReleasesAndDropsParkedRowsAndNoOtherRoleMay() throws SQLException {
        String key = "OPERATOR-" + run();
        long failing = park(key);
        publish(key, 1);
        String operator = TestTokens.token(Roles.OPERATOR, "PGD-TAMNONG");

        given().when().get("/api/v1/outbox/parked").then().statusCode(401);
        for (String[] other : new String[][] {{"district", "PGD-TAMNONG"}, {"principal", "TH-TRAMCHIM2"}, {"district", "PGD-CAOLANH"}}) {
            String token = TestTokens.token(other[0], other[1]);
            given().auth().oauth2(token).when().get("/api/v1/outbox/parked").then().statusCode(403);
            given().auth().oauth2(token).when().post("/api/v1/outbox/parked/" + failing + "/release").then().statusCode(403);
            given().auth().oauth2(token).when().post("/api/v1/outbox/parked/" + failing + "/drop").then().statusCode(403);
        }
        assertNotNull(row(failing).parkedAt(), "still parked");
        assertNull(row(failing).droppedAt());

        given().auth().oauth2(operator).when().get("/api/v1/outbox/parked").then().statusCode(200)
                .body("find { it.id == " + failing + " }.key", equalTo(key))
                .body("find { it.id == " + failing + " }.waiting", equalTo(1))
                .body("find { it.id == " + failing + " }.attempts", equalTo(PlatformMechanismsProfile.PARK_AFTER_ATTEMPTS))
                .body("find { it.id == " + failing + " }.lastError", startsWith("RecordTooLargeException"));
        given().auth().oauth2(operator).when().post("/api/v1/outbox/parked/" + failing + "/drop").then().statusCode(200)
                .body("id", equalTo((int) failing));
        assertNotNull(row(failing).droppedAt());
        given().auth().oauth2(operator).when().get("/api/v1/outbox/parked").then().statusCode(200)
                .body("findAll { it.id == " + failing + " }", hasSize(0));
        given().auth().oauth2(operator).when().post("/api/v1/outbox/parked/" + failing + "/release").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** A row of {@code key} refused until it is parked; answers its id. */
    private long park(String key) throws SQLException {
        long failing = publish(key, 0);
        setPayload(failing, TOO_LARGE);
        for (int round = 1; round <= PlatformMechanismsProfile.PARK_AFTER_ATTEMPTS; round++) {
            makeDue(key);
            relay.relayOnce();
        }
        assertNotNull(row(failing).parkedAt(), "parked");
        return failing;
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private long publish(String key, int version) {
        String id = QuarkusTransaction.requiringNew().call(() -> outbox.publish(EventTypes.UNIT_UPSERTED, key, key, null,
                new UnitEvents.Upserted(key, "Đơn vị thử " + version, "SCHOOL", "PGD-TAMNONG", LocalDate.of(2020, 1, 1), null)));
        return count("select id from outbox_event where event_id = ?::uuid", id);
    }

    private void relayUntilIdle() {
        for (int round = 0; round < 10 && relay.relayOnce() > 0; round++) {
            // rows of other tests' keys may be due too
        }
    }

    private double failures() {
        return registry.get("thidua.outbox.failures").counter().count();
    }

    private static List<String> versions(String key) {
        List<ConsumerRecord<String, String>> records = TestKafka.readAll(ThiduaTestResource.kafkaBootstrapServers(),
                EventTypes.UNIT_TOPIC, Duration.ofSeconds(10));
        return records.stream().filter(r -> r.key().equals(key))
                .map(r -> r.value().replaceAll(".*\"name\":\"Đơn vị thử (\\d)\".*", "$1")).toList();
    }

    private record Row(Instant sentAt, int attempts, Instant nextAttemptAt, String lastError, Instant parkedAt, Instant droppedAt) {
    }

    private Row row(long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select sent_at, attempts, next_attempt_at, last_error, parked_at, dropped_at from outbox_event where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), "row " + id);
                return new Row(instant(rs.getTimestamp(1)), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private String payload(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select payload from outbox_event where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private void setPayload(long id, String payload) throws SQLException {
        update("update outbox_event set payload = ? where id = ?", payload, id);
    }

    /** Time passing: the key's unsent rows are due now. */
    private void makeDue(String key) throws SQLException {
        update("update outbox_event set next_attempt_at = now() where message_key = ? and sent_at is null", key);
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    private long count(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
