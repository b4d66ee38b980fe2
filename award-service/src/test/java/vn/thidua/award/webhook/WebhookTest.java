package vn.thidua.award.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.platform.webhook.Signatures;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.ThiduaTestResource;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 item 4: webhook subscriptions, delivered from the consumer group award-webhooks over the real broker
 * to a receiver on 127.0.0.1 (test allowlist {@code http://127.0.0.1:*}{@code /hooks/}, back-off 0.2 s doubling,
 * disabled after 5 failures in a row).
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class WebhookTest {

    private static final String WITHDRAWN = "vn.thidua.plan.withdrawn.v1";
    private static final String PLAN_TOPIC = "thidua.plan.v1";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Receiver receiver;

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

    static RequestSpecification as(String role, String unit) {
        return given().auth().oauth2(AwardApi.token(role, unit)).contentType("application/json");
    }

    static RequestSpecification tamNong() {
        return as("district", "PGD-TAMNONG");
    }

    /**
     * Creates a subscription of PGD-TAMNONG once the consumer group has read every plan event so far, so that
     * only this test's later events reach it; answers its id and secret.
     */
    private static String[] subscribe(String path, List<String> types) {
        return subscribe(receiver, path, types);
    }

    static String[] subscribe(Receiver receiver, String path, List<String> types) {
        awaitWebhookGroupCaughtUp();
        Response created = tamNong().body(Map.of("url", receiver.url(path), "eventTypes", types))
                .post("/api/v1/subscriptions");
        created.then().statusCode(201).body("subscription.enabled", equalTo(true))
                .body("subscription.unitCode", equalTo("PGD-TAMNONG")).body("secret", startsWith("whsec_"));
        String id = created.path("subscription.id");
        assertTrue(created.header("Location").endsWith("/api/v1/subscriptions/" + id), created.header("Location"));
        return new String[] {id, created.path("secret")};
    }

    static void awaitWebhookGroupCaughtUp() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, AwardApi.kafka()))) {
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                admin.describeTopics(List.of(PLAN_TOPIC)).allTopicNames().get().get(PLAN_TOPIC).partitions()
                        .forEach(p -> latest.put(new TopicPartition(PLAN_TOPIC, p.partition()), OffsetSpec.latest()));
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("award-webhooks")
                        .partitionsToOffsetAndMetadata().get();
                return admin.listOffsets(latest).all().get().entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                        || committed.get(end.getKey()) != null
                        && committed.get(end.getKey()).offset() >= end.getValue().offset());
            });
        }
    }

    @Test
    void eachEventOfTheOfficesSchoolsArrivesOnceSignedAndNothingElse() {
        String path = "/hooks/ok-" + UUID.randomUUID();
        String[] subscription = subscribe(path, List.of(WITHDRAWN));
        String marker = "hook-" + UUID.randomUUID();
        String first = FeedEvents.withdrawal("TH-TRAMCHIM2", marker);
        String firstId = FeedEvents.send(first, marker);
        String otherOffice = FeedEvents.send(FeedEvents.withdrawal("TH-HOAAN", marker), marker);
        String otherType = FeedEvents.send(FeedEvents.of("vn.thidua.plan.phase-changed.v1", "TH-TRAMCHIM2", marker), marker);
        String second = FeedEvents.withdrawal("PGD-TAMNONG", marker);
        String secondId = FeedEvents.send(second, marker);

        Awaitility.await().atMost(WAIT).until(() -> receiver.received(path, secondId).size() == 1
                && receiver.received(path, firstId).size() == 1);
        for (String[] event : new String[][] {{firstId, first}, {secondId, second}}) {
            Receiver.Request request = receiver.received(path, event[0]).get(0);
            assertEquals(event[1], request.body(), "the CloudEvents JSON as it is on the topic");
            assertEquals("application/cloudevents+json; charset=UTF-8", request.contentType());
            assertEquals(Signatures.sign(subscription[1], request.id(), Long.parseLong(request.timestamp()),
                    request.body()), request.signature(), "a valid Standard Webhooks signature");
            assertTrue(Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(request.timestamp())) < 300,
                    "timestamp in seconds");
        }
        // The events are one partition's, in order: the last one delivered, the others were read before it. (The
        // receiver's path is this subscription's alone; older events the group reads late may come too, not these.)
        List<String> ids = receiver.received(path).stream().map(Receiver.Request::id).toList();
        assertTrue(!ids.contains(otherOffice) && !ids.contains(otherType), "neither PGD-CAOLANH's event nor another "
                + "type: " + ids);
        // The attempt is logged once the receiver's answer is in, a moment after it saw the request.
        Awaitility.await().atMost(WAIT).until(() -> tamNong().queryParam("size", 500)
                .get("/api/v1/subscriptions/{id}/deliveries", subscription[0]).jsonPath().getList("eventId")
                .containsAll(List.of(firstId, secondId)));
        Response log = tamNong().queryParam("size", 500).get("/api/v1/subscriptions/{id}/deliveries", subscription[0]);
        log.then().statusCode(200);
        for (String id : List.of(firstId, secondId)) {
            List<Map<String, Object>> attempts = log.jsonPath().getList("findAll { it.eventId == '" + id + "' }");
            assertEquals(1, attempts.size(), id);
            assertEquals(Map.of("attempt", 1, "statusCode", 204, "succeeded", true), Map.of("attempt",
                    attempts.get(0).get("attempt"), "statusCode", attempts.get(0).get("statusCode"), "succeeded",
                    attempts.get(0).get("succeeded")));
        }
        tamNong().get("/api/v1/subscriptions/{id}", subscription[0]).then().statusCode(200)
                .body("secret", nullValue()).body("eventTypes", equalTo(List.of(WITHDRAWN)));
    }

    @Test
    void aPoisonEventInAPollGoesToTheDeadLetterTopicAloneAndTheOthersAreDelivered() throws Exception {
        String path = "/hooks/poison-" + UUID.randomUUID();
        subscribe(path, List.of(WITHDRAWN));
        String marker = "poison-" + UUID.randomUUID();
        String before = FeedEvents.withdrawal("TH-TRAMCHIM2", marker);
        ObjectNode broken = (ObjectNode) JSON.readTree(FeedEvents.withdrawal("TH-TRAMCHIM2", marker));
        broken.putObject("data"); // breaks the withdrawn event's contract: every field of its data is required
        String poison = JSON.writeValueAsString(broken);
        String after = FeedEvents.withdrawal("PGD-TAMNONG", marker);
        // One producer batch on one partition: the webhook group reads the three in one poll, applied in one
        // transaction that fails, then one by one.
        TestKafka.sendTogether(AwardApi.kafka(), PLAN_TOPIC, 0, List.of(before, poison, after));

        String poisonId = FeedEvents.id(poison, "id");
        Awaitility.await().atMost(WAIT).until(() -> receiver.received(path, FeedEvents.id(before, "id")).size() == 1
                && receiver.received(path, FeedEvents.id(after, "id")).size() == 1);
        Awaitility.await().atMost(WAIT).until(() -> TestKafka.readAll(AwardApi.kafka(),
                "thidua.plan.v1.dlq.award-webhooks", Duration.ofSeconds(5)).stream()
                .anyMatch(r -> r.value().contains(poisonId)));
        assertEquals(List.of(), receiver.received(path, poisonId));
    }

    @Test
    void aReceiverAnswering500ThreeTimesGetsTheEventOnTheFourthTry() {
        String path = "/hooks/flaky-" + UUID.randomUUID();
        receiver.failFirst(path, 3);
        String[] subscription = subscribe(path, List.of(WITHDRAWN));
        String marker = "hook-" + UUID.randomUUID();
        String eventId = FeedEvents.send(FeedEvents.withdrawal("TH-TRAMCHIM2", marker), marker);

        Awaitility.await().atMost(WAIT).until(() -> tamNong().get("/api/v1/subscriptions/{id}/deliveries",
                subscription[0]).path("succeeded").equals(List.of(true, false, false, false)));
        assertEquals(4, receiver.received(path, eventId).size());
        tamNong().queryParam("sort", "attempt").get("/api/v1/subscriptions/{id}/deliveries", subscription[0]).then()
                .statusCode(200).body("attempt", equalTo(List.of(1, 2, 3, 4)))
                .body("statusCode", equalTo(List.of(500, 500, 500, 200))).body("eventId", hasItem(eventId));
        tamNong().get("/api/v1/subscriptions/{id}", subscription[0]).then().statusCode(200)
                .body("enabled", equalTo(true)).body("consecutiveFailures", equalTo(0));
    }

    @Test
    void aRunOfFailuresDisablesTheSubscriptionUntilTheOfficeEnablesIt() {
        String path = "/hooks/broken-" + UUID.randomUUID();
        receiver.answer(path, 503);
        String[] subscription = subscribe(path, List.of(WITHDRAWN));
        String marker = "hook-" + UUID.randomUUID();
        String eventId = FeedEvents.send(FeedEvents.withdrawal("TH-TRAMCHIM2", marker), marker);

        Awaitility.await().atMost(WAIT).until(() -> !tamNong().get("/api/v1/subscriptions/{id}", subscription[0])
                .<Boolean>path("enabled"));
        tamNong().get("/api/v1/subscriptions/{id}", subscription[0]).then().body("consecutiveFailures", equalTo(5))
                .body("disabledReason", startsWith("5 lần gửi lỗi liên tiếp"));
        assertEquals(5, receiver.received(path, eventId).size(), "no attempt once disabled");

        receiver.answer(path, 200);
        tamNong().post("/api/v1/subscriptions/{id}/enable", subscription[0]).then().statusCode(200)
                .body("enabled", equalTo(true)).body("consecutiveFailures", equalTo(0)).body("disabledAt", nullValue());
        Awaitility.await().atMost(WAIT).until(() -> receiver.received(path, eventId).size() == 6);
        Awaitility.await().atMost(WAIT).until(() -> tamNong().get("/api/v1/subscriptions/{id}/deliveries",
                subscription[0]).path("[0].succeeded").equals(true));
    }

    @Test
    void onlyAllowedUrlsAndDeliverableTypesAreTaken() {
        for (String url : new String[] {"http://10.0.0.1/hooks/x", "http://169.254.169.254/latest/meta-data/",
                "http://localhost:" + 8083 + "/hooks/x", receiver.url("/admin"), "ftp://127.0.0.1/hooks/x"}) {
            tamNong().body(Map.of("url", url, "eventTypes", List.of(WITHDRAWN))).post("/api/v1/subscriptions").then()
                    .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        }
        tamNong().body(Map.of("eventTypes", List.of(WITHDRAWN))).post("/api/v1/subscriptions").then()
                .statusCode(400).body("errors[0].field", equalTo("url"));
        tamNong().body(Map.of("url", receiver.url("/hooks/x"), "eventTypes", List.of())).post("/api/v1/subscriptions")
                .then().statusCode(400).body("errors[0].field", equalTo("eventTypes"));
        tamNong().body(Map.of("url", receiver.url("/hooks/x"), "eventTypes",
                List.of(WITHDRAWN, "vn.thidua.unit.upserted.v1"))).post("/api/v1/subscriptions").then()
                .statusCode(422).body("errors[0].field", equalTo("eventTypes[1]"));
    }

    @Test
    void anotherOfficeNeitherSeesNorChangesASubscription() {
        String id = subscribe("/hooks/private-" + UUID.randomUUID(), List.of(WITHDRAWN))[0];
        for (String unit : new String[] {"PGD-CAOLANH", "DONGTHAP"}) {
            as("district", unit).get("/api/v1/subscriptions/{id}", id).then().statusCode(404);
            as("district", unit).get("/api/v1/subscriptions/{id}/deliveries", id).then().statusCode(404);
            as("district", unit).post("/api/v1/subscriptions/{id}/enable", id).then().statusCode(404);
            as("district", unit).post("/api/v1/subscriptions/{id}/secret", id).then().statusCode(404);
            as("district", unit).delete("/api/v1/subscriptions/{id}", id).then().statusCode(404);
            as("district", unit).get("/api/v1/subscriptions").then().statusCode(200).body("id", not(hasItem(id)));
        }
        // A school, even with a district claim, and the other roles of the office have no subscriptions.
        as("district", "TH-TRAMCHIM2").get("/api/v1/subscriptions").then().statusCode(403);
        as("principal", "TH-TRAMCHIM2").get("/api/v1/subscriptions/{id}", id).then().statusCode(403);
        as("viewer", "PGD-TAMNONG").post("/api/v1/subscriptions/{id}/secret", id).then().statusCode(403);
        as("viewer", "PGD-TAMNONG").body(Map.of("url", receiver.url("/hooks/x"), "eventTypes", List.of(WITHDRAWN)))
                .post("/api/v1/subscriptions").then().statusCode(403);

        tamNong().get("/api/v1/subscriptions").then().statusCode(200).body("id", hasItem(id));
        tamNong().delete("/api/v1/subscriptions/{id}", id).then().statusCode(204);
        tamNong().get("/api/v1/subscriptions/{id}", id).then().statusCode(404);
    }
}
