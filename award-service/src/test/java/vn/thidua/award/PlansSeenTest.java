package vn.thidua.award;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** award-service learns published plans from the real broker, once each, scoped by the unit copy. */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class PlansSeenTest {

    static String kafka() {
        return ThiduaTestResource.kafkaBootstrapServers();
    }

    static String unit(String code, String level, String parent) {
        return """
                {"specversion":"1.0","id":"%s","source":"/thidua/plan-service","type":"vn.thidua.unit.upserted.v1",
                 "subject":"%s","time":"2023-01-01T00:00:00Z","datacontenttype":"application/json","unit":"%s",
                 "data":{"code":"%s","name":"Đơn vị %s","level":"%s","parentCode":%s,"validFrom":"2020-01-01","validTo":null}}"""
                .formatted(UUID.randomUUID(), code, code, code, code, level, parent == null ? "null" : "\"" + parent + "\"");
    }

    static String planPublished(UUID planId, String unit) {
        return """
                {"specversion":"1.0","id":"%s","source":"/thidua/plan-service","type":"vn.thidua.plan.published.v1",
                 "subject":"%s","time":"2023-02-20T08:00:00Z","datacontenttype":"application/json","unit":"%s",
                 "schoolyear":"2022-2023","data":{"planId":"%s","version":1,"unitCode":"%s","schoolYear":"2022-2023",
                 "year":2023,"title":"Kế hoạch thi đua năm 2023","documentNumber":null,"documentDate":null,
                 "basedOnPlanId":null,"contents":[{"number":"1","text":"Dạy tốt, học tốt"}],
                 "publishedAt":"2023-02-20T08:00:00Z"}}""".formatted(UUID.randomUUID(), planId, unit, planId, unit);
    }

    @Test
    void publishedPlanIsSeenOnceAndOnlyByItsUnitAndTheOfficesAbove() {
        TestKafka.send(kafka(), "thidua.unit.v1", "DONGTHAP", unit("DONGTHAP", "PROVINCE", null));
        TestKafka.send(kafka(), "thidua.unit.v1", "PGD-TAMNONG", unit("PGD-TAMNONG", "OFFICE", "DONGTHAP"));
        TestKafka.send(kafka(), "thidua.unit.v1", "TH-TRAMCHIM2", unit("TH-TRAMCHIM2", "SCHOOL", "PGD-TAMNONG"));
        UUID planId = UUID.randomUUID();
        String event = planPublished(planId, "TH-TRAMCHIM2");
        TestKafka.send(kafka(), "thidua.plan.v1", planId.toString(), event);
        TestKafka.send(kafka(), "thidua.plan.v1", planId.toString(), event);

        String province = TestTokens.token("district", "DONGTHAP");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(province)
                .when().get("/api/v1/plans-seen").then().statusCode(200).body("planId", hasItem(planId.toString())));
        given().auth().oauth2(TestTokens.token("principal", "TH-TRAMCHIM2")).when().get("/api/v1/plans-seen")
                .then().statusCode(200)
                .body("findAll { it.planId == '" + planId + "' }.size()", equalTo(1))
                .body("find { it.planId == '" + planId + "' }.title", equalTo("Kế hoạch thi đua năm 2023"));
        given().auth().oauth2(TestTokens.token("principal", "TH-HOAAN")).when().get("/api/v1/plans-seen")
                .then().statusCode(200).body("planId", not(hasItem(planId.toString())));
        given().auth().oauth2(TestTokens.token("staff", "TH-TRAMCHIM2")).when().get("/api/v1/plans-seen")
                .then().statusCode(403);
        given().when().get("/api/v1/plans-seen").then().statusCode(401);
    }
}
