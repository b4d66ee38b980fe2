package vn.thidua.award.webhook;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.platform.webhook.Signatures;
import vn.thidua.platform.webhook.SubscriptionSecrets;
import vn.thidua.testing.ThiduaTestResource;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, webhook secrets (beside {@link WebhookTest}): stored sealed with AES-GCM under
 * thidua.webhooks.secret-key, rotated by the office with an overlap during which both signatures are sent.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class WebhookSecretTest {

    private static final String WITHDRAWN = "vn.thidua.plan.withdrawn.v1";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static Receiver receiver;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SubscriptionSecrets secrets;

    @BeforeAll
    static void start() throws IOException {
        receiver = new Receiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @BeforeEach
    void tree() {
        AwardApi.units();
        AwardApi.awaitUnitTree();
    }

    @Test
    void theSecretIsStoredSealedAndARotationSignsWithBothUntilTheOverlapEnds() throws Exception {
        String path = "/hooks/rotate-" + UUID.randomUUID();
        String[] subscription = WebhookTest.subscribe(receiver, path, List.of(WITHDRAWN));
        String id = subscription[0];
        String first = subscription[1];
        String stored = column(id, "secret");
        assertTrue(stored.startsWith("aes-gcm-v1:"), stored);
        assertFalse(stored.contains(first.substring(Signatures.PREFIX.length())), "the database has no clear secret");

        Response rotated = WebhookTest.tamNong().post("/api/v1/subscriptions/{id}/secret", id);
        rotated.then().statusCode(200).body("secret", startsWith("whsec_")).body("subscription.id", equalTo(id))
                .body("previousSecretValidUntil", notNullValue())
                .body("subscription.secretRotatedAt", notNullValue())
                .body("subscription.previousSecretValidUntil", notNullValue());
        String second = rotated.path("secret");
        assertNotEquals(first, second);
        assertTrue(column(id, "previous_secret").startsWith("aes-gcm-v1:"), "the replaced one is sealed too");
        WebhookTest.tamNong().get("/api/v1/subscriptions/{id}", id).then().statusCode(200).body("secret", nullValue());

        // Within the overlap (test: the default 24 h): the new signature, then the old one.
        String marker = "rotate-" + UUID.randomUUID();
        String during = FeedEvents.send(FeedEvents.withdrawal("TH-TRAMCHIM2", marker), marker);
        Receiver.Request request = awaitOne(path, during);
        long timestamp = Long.parseLong(request.timestamp());
        assertEquals(List.of(Signatures.sign(second, during, timestamp, request.body()),
                Signatures.sign(first, during, timestamp, request.body())), List.of(request.signature().split(" ")));

        // Once the overlap is over, the old secret signs nothing.
        execute("update webhook_subscription set previous_secret_until = now() - interval '1 second' where id = ?", id);
        WebhookTest.tamNong().get("/api/v1/subscriptions/{id}", id).then().statusCode(200)
                .body("previousSecretValidUntil", nullValue());
        String after = FeedEvents.send(FeedEvents.withdrawal("TH-TRAMCHIM2", marker), marker);
        request = awaitOne(path, after);
        assertEquals(Signatures.sign(second, after, Long.parseLong(request.timestamp()), request.body()),
                request.signature());
    }

    @Test
    void onlyTheOwningOfficeRotatesAndTheOldSecretStaysWhenRefused() throws Exception {
        String id = WebhookTest.subscribe(receiver, "/hooks/rotate-refused-" + UUID.randomUUID(), List.of(WITHDRAWN))[0];
        String stored = column(id, "secret");
        WebhookTest.as("district", "PGD-CAOLANH").post("/api/v1/subscriptions/{id}/secret", id).then()
                .statusCode(404).contentType("application/problem+json");
        WebhookTest.as("district", "TH-TRAMCHIM2").post("/api/v1/subscriptions/{id}/secret", id).then().statusCode(403);
        WebhookTest.tamNong().post("/api/v1/subscriptions/{id}/secret", UUID.randomUUID()).then().statusCode(404);
        assertEquals(stored, column(id, "secret"));
        assertEquals(null, column(id, "previous_secret"));
    }

    /** A subscription of before V0_7 kept its secret in clear: the start-up pass seals it, and it still signs. */
    @Test
    void aSecretStoredInClearIsSealedAndKeepsSigning() throws Exception {
        WebhookTest.awaitWebhookGroupCaughtUp();
        String path = "/hooks/legacy-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        String clear = Signatures.newSecret();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into webhook_subscription (id, unit_code, url, event_types, secret, created_by)
                values (?, 'PGD-TAMNONG', ?, array['vn.thidua.plan.withdrawn.v1'], ?, 'test')""")) {
            insert.setObject(1, id);
            insert.setString(2, receiver.url(path));
            insert.setString(3, clear);
            insert.executeUpdate();
        }
        assertTrue(secrets.sealClearSecrets() >= 1);
        assertTrue(column(id.toString(), "secret").startsWith("aes-gcm-v1:"));
        assertEquals(0, secrets.sealClearSecrets(), "nothing left in clear");

        String marker = "legacy-" + UUID.randomUUID();
        String event = FeedEvents.send(FeedEvents.withdrawal("TH-TRAMCHIM2", marker), marker);
        Receiver.Request request = awaitOne(path, event);
        assertEquals(Signatures.sign(clear, event, Long.parseLong(request.timestamp()), request.body()),
                request.signature());
    }

    private static Receiver.Request awaitOne(String path, String eventId) {
        Awaitility.await().atMost(WAIT).until(() -> !receiver.received(path, eventId).isEmpty());
        List<Receiver.Request> requests = receiver.received(path, eventId);
        assertEquals(1, requests.size());
        assertNotNull(requests.get(0).signature());
        return requests.get(0);
    }

    private String column(String id, String column) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select " + column + " from webhook_subscription where id = ?")) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), id);
                return rs.getString(1);
            }
        }
    }

    private void execute(String sql, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, UUID.fromString(id));
            update.executeUpdate();
        }
    }
}
