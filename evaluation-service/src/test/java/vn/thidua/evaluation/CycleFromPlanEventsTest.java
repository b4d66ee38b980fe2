package vn.thidua.evaluation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plan events through the real broker open cycles, once each; poison goes to the dead-letter topic. */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_evaluation_test"))
class CycleFromPlanEventsTest {

    static final String CONTENTS = """
            [{"number":"1","text":"Thực hiện tốt các cuộc vận động"},{"number":"2","text":"Đổi mới phương pháp dạy học"}]""";

    static String kafka() {
        return ThiduaTestResource.kafkaBootstrapServers();
    }

    @BeforeAll
    static void unitTree() {
        TestKafka.send(kafka(), "thidua.unit.v1", "DONGTHAP", Events.unitUpserted("DONGTHAP", "Sở GD&ĐT Đồng Tháp", "PROVINCE", null));
        TestKafka.send(kafka(), "thidua.unit.v1", "PGD-TAMNONG", Events.unitUpserted("PGD-TAMNONG", "Phòng GD&ĐT Tam Nông", "OFFICE", "DONGTHAP"));
        TestKafka.send(kafka(), "thidua.unit.v1", "TH-TRAMCHIM2", Events.unitUpserted("TH-TRAMCHIM2", "Trường Tiểu học Tràm Chim 2", "SCHOOL", "PGD-TAMNONG"));
        TestKafka.send(kafka(), "thidua.unit.v1", "PGD-CAOLANH", Events.unitUpserted("PGD-CAOLANH", "Phòng GD&ĐT Cao Lãnh", "OFFICE", "DONGTHAP"));
        TestKafka.send(kafka(), "thidua.unit.v1", "TH-HOAAN", Events.unitUpserted("TH-HOAAN", "Trường Tiểu học Hòa An", "SCHOOL", "PGD-CAOLANH"));
    }

    @Test
    void aPublishedPlanOpensOneCycleWithItsContentsAsCriteriaEvenWhenRedelivered() {
        UUID planId = UUID.randomUUID();
        String event = Events.planPublished(UUID.randomUUID().toString(), planId, "TH-TRAMCHIM2", CONTENTS);
        TestKafka.send(kafka(), "thidua.plan.v1", planId.toString(), event);
        TestKafka.send(kafka(), "thidua.plan.v1", planId.toString(), event);

        String principal = TestTokens.token("principal", "TH-TRAMCHIM2");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(principal)
                .when().get("/api/v1/cycles?unit=TH-TRAMCHIM2")
                .then().statusCode(200).body("planId", hasItem(planId.toString())));
        // The second delivery was skipped: still one cycle for the plan, with the plan's two contents.
        List<String> cycles = given().auth().oauth2(principal).when().get("/api/v1/cycles?unit=TH-TRAMCHIM2")
                .then().extract().jsonPath().getList("findAll { it.planId == '" + planId + "' }.id");
        assertEquals(1, cycles.size());
        given().auth().oauth2(principal).when().get("/api/v1/cycles/{id}", cycles.get(0))
                .then().statusCode(200)
                .body("criteria.size()", equalTo(2))
                .body("criteria[1].text", equalTo("Đổi mới phương pháp dạy học"))
                .body("criteria[0].source", equalTo("PLAN"));
    }

    @Test
    void officeReadsItsSchoolsCyclesAndNotOthers() {
        UUID planId = UUID.randomUUID();
        TestKafka.send(kafka(), "thidua.plan.v1", planId.toString(),
                Events.planPublished(UUID.randomUUID().toString(), planId, "TH-TRAMCHIM2", CONTENTS));
        String office = TestTokens.token("district", "PGD-TAMNONG");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(office)
                .when().get("/api/v1/cycles").then().statusCode(200).body("planId", hasItem(planId.toString())));
        given().auth().oauth2(TestTokens.token("district", "PGD-CAOLANH")).when().get("/api/v1/cycles")
                .then().statusCode(200).body("planId", not(hasItem(planId.toString())));
        given().auth().oauth2(TestTokens.token("principal", "TH-HOAAN")).when().get("/api/v1/cycles?unit=TH-TRAMCHIM2")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/cycles").then().statusCode(401);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicWithItsReasonAndDoesNotBlockThePartition() {
        String key = "poison-" + UUID.randomUUID();
        TestKafka.send(kafka(), "thidua.plan.v1", key, "{\"specversion\":\"1.0\",\"type\":\"nonsense\"}");
        UUID planId = UUID.randomUUID();
        // Same key, so same partition: the good event behind the poison must still be applied.
        TestKafka.send(kafka(), "thidua.plan.v1", key,
                Events.planPublished(UUID.randomUUID().toString(), planId, "TH-TRAMCHIM2", CONTENTS));

        String principal = TestTokens.token("principal", "TH-TRAMCHIM2");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(principal)
                .when().get("/api/v1/cycles?unit=TH-TRAMCHIM2").then().body("planId", hasItem(planId.toString())));
        List<ConsumerRecord<String, String>> dead = TestKafka.readAll(kafka(),
                "thidua.plan.v1.dlq.evaluation-service", Duration.ofSeconds(10));
        ConsumerRecord<String, String> poison = dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        String reason = new String(poison.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("contract"), reason);
    }
}
