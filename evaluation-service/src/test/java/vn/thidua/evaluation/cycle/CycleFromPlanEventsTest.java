package vn.thidua.evaluation.cycle;

import vn.thidua.evaluation.Events;

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
public class CycleFromPlanEventsTest {

    public static final String CONTENTS = """
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
        String event = Events.planPublished(UUID.randomUUID().toString(), planId, "TH-TRAMCHIM2", Events.freshSchoolYear(), CONTENTS);
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
                .body("criteria.findAll { it.source == 'PLAN' }.size()", equalTo(2))
                .body("criteria.findAll { it.source == 'PLAN' }[1].text", equalTo("Đổi mới phương pháp dạy học"))
                .body("criteria.findAll { it.source == 'STANDARD' }.number", equalTo(List.of("TC1", "TC2", "TC3", "TC4", "TC5")));
    }

    @Test
    void officeReadsItsSchoolsCyclesAndNotOthers() {
        UUID planId = UUID.randomUUID();
        TestKafka.send(kafka(), "thidua.plan.v1", planId.toString(),
                Events.planPublished(UUID.randomUUID().toString(), planId, "TH-TRAMCHIM2", Events.freshSchoolYear(), CONTENTS));
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
                Events.planPublished(UUID.randomUUID().toString(), planId, "TH-TRAMCHIM2", Events.freshSchoolYear(), CONTENTS));

        String principal = TestTokens.token("principal", "TH-TRAMCHIM2");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(principal)
                .when().get("/api/v1/cycles?unit=TH-TRAMCHIM2").then().body("planId", hasItem(planId.toString())));
        List<ConsumerRecord<String, String>> dead = TestKafka.readAll(kafka(),
                "thidua.plan.v1.dlq.evaluation-service", Duration.ofSeconds(10));
        ConsumerRecord<String, String> poison = dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        String reason = new String(poison.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("contract"), reason);
    }

    /**
     * One cycle per school and school year: a second plan of the year opens none (logged and ignored,
     * its amendments and phases too); once the first is withdrawn, the next plan of the year opens one.
     */
    @Test
    void aSecondPlanOfTheSameSchoolYearOpensNoSecondCycleUntilTheFirstIsWithdrawn() {
        String year = Events.freshSchoolYear();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        TestKafka.send(kafka(), "thidua.plan.v1", first.toString(),
                Events.planPublished(UUID.randomUUID().toString(), first, "TH-TRAMCHIM2", year, CONTENTS));
        String principal = TestTokens.token("principal", "TH-TRAMCHIM2");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(principal)
                .when().get("/api/v1/cycles?unit=TH-TRAMCHIM2").then().body("planId", hasItem(first.toString())));
        UUID marker = UUID.randomUUID();
        TestKafka.send(kafka(), "thidua.plan.v1", second.toString(),
                Events.planPublished(UUID.randomUUID().toString(), second, "TH-TRAMCHIM2", year, CONTENTS));
        TestKafka.send(kafka(), "thidua.plan.v1", second.toString(), planEvent("phase-changed", second, 1, """
                {"planId":"%s","unitCode":"TH-TRAMCHIM2","schoolYear":"%s","fromPhase":"PUBLISHED",
                 "toPhase":"MIDTERM_REVIEW","changedAt":"2023-06-01T08:00:00Z"}""".formatted(second, year)));
        // Behind them on the same key, a plan of another year: once it has its cycle, the two were applied.
        TestKafka.send(kafka(), "thidua.plan.v1", second.toString(), Events.planPublished(UUID.randomUUID().toString(),
                marker, "TH-TRAMCHIM2", Events.freshSchoolYear(), CONTENTS));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(principal)
                .when().get("/api/v1/cycles?unit=TH-TRAMCHIM2").then().body("planId", hasItem(marker.toString())));
        List<String> ofYear = given().auth().oauth2(principal).when().get("/api/v1/cycles?unit=TH-TRAMCHIM2").then()
                .extract().jsonPath().getList("findAll { it.schoolYear == '" + year + "' }.planId");
        assertEquals(List.of(first.toString()), ofYear);

        // The first plan withdrawn, its cycle with it: the year is free for the next plan.
        TestKafka.send(kafka(), "thidua.plan.v1", first.toString(), planEvent("withdrawn", first, 1, """
                {"planId":"%s","unitCode":"TH-TRAMCHIM2","schoolYear":"%s","reason":"Ban hành nhầm bản dự thảo",
                 "withdrawnAt":"2023-06-01T08:00:00Z"}"""
                .formatted(first, year)));
        UUID third = UUID.randomUUID();
        TestKafka.send(kafka(), "thidua.plan.v1", first.toString(),
                Events.planPublished(UUID.randomUUID().toString(), third, "TH-TRAMCHIM2", year, CONTENTS));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(principal)
                .when().get("/api/v1/cycles?unit=TH-TRAMCHIM2").then().body("planId", hasItem(third.toString())));
        List<String> statuses = given().auth().oauth2(principal).when().get("/api/v1/cycles?unit=TH-TRAMCHIM2").then()
                .extract().jsonPath().getList("findAll { it.schoolYear == '" + year + "' }.status");
        assertEquals(2, statuses.size());
        assertTrue(statuses.containsAll(List.of("WITHDRAWN", "OPEN")), statuses.toString());
    }

    static String planEvent(String type, UUID planId, int version, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/thidua/plan-service","type":"vn.thidua.plan.%s.v1",
                 "subject":"%s","time":"2023-03-01T08:00:00Z","datacontenttype":"application/json","unit":"TH-TRAMCHIM2",
                 "schoolyear":"2022-2023","data":%s}""".formatted(UUID.randomUUID(), type, planId, data);
    }

    @Test
    void amendmentsReplaceThePlanCriteriaOfAnOpenCycleAndKeepTheOldOnesAndPhasesFollow() {
        UUID planId = UUID.randomUUID();
        String year = Events.freshSchoolYear();
        TestKafka.send(kafka(), "thidua.plan.v1", planId.toString(),
                Events.planPublished(UUID.randomUUID().toString(), planId, "TH-TRAMCHIM2", year, CONTENTS));
        TestKafka.send(kafka(), "thidua.plan.v1", planId.toString(), planEvent("amended", planId, 2, """
                {"planId":"%s","version":2,"unitCode":"TH-TRAMCHIM2","schoolYear":"%s","year":2023,
                 "title":"Kế hoạch thi đua năm 2023","documentNumber":null,"documentDate":null,"basedOnPlanId":null,
                 "contents":[{"number":"1","text":"Thực hiện tốt các cuộc vận động"},
                             {"number":"2","text":"Đổi mới phương pháp dạy học"},
                             {"number":"3","text":"Chuyển đổi số trong dạy học"}],
                 "previousVersion":1,"publishedAt":"2023-03-01T08:00:00Z"}""".formatted(planId, year)));
        TestKafka.send(kafka(), "thidua.plan.v1", planId.toString(), planEvent("phase-changed", planId, 2, """
                {"planId":"%s","unitCode":"TH-TRAMCHIM2","schoolYear":"%s","fromPhase":"PUBLISHED",
                 "toPhase":"MIDTERM_REVIEW","changedAt":"2023-06-01T08:00:00Z"}""".formatted(planId, year)));

        String principal = TestTokens.token("principal", "TH-TRAMCHIM2");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(principal)
                .when().get("/api/v1/cycles?unit=TH-TRAMCHIM2").then()
                .body("find { it.planId == '" + planId + "' }.status", equalTo("MIDTERM_REVIEW")));
        String cycleId = given().auth().oauth2(principal).when().get("/api/v1/cycles?unit=TH-TRAMCHIM2").then()
                .extract().path("find { it.planId == '" + planId + "' }.id");
        given().auth().oauth2(principal).when().get("/api/v1/cycles/{id}", cycleId).then()
                .body("planVersion", equalTo(2))
                .body("criteria.findAll { it.source == 'PLAN' }.number", equalTo(List.of("1", "2", "3")));
        given().auth().oauth2(principal).when().get("/api/v1/cycles/{id}/criteria-history", cycleId).then()
                .statusCode(200).body("planVersion", equalTo(List.of(1)))
                .body("[0].criteria.findAll { it.source == 'PLAN' }.size()", equalTo(2));
        given().auth().oauth2(TestTokens.token("principal", "TH-HOAAN")).when()
                .get("/api/v1/cycles/{id}/criteria-history", cycleId).then().statusCode(403);
    }
}
