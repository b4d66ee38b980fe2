package vn.thidua.evaluation.cycle;

import vn.thidua.evaluation.EvaluationApi;
import vn.thidua.evaluation.Events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** An office sets the standard criteria of its schools; cycles opened afterwards take them. */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_evaluation_test"))
class StandardCriteriaTest {

    static final List<Map<String, String>> OFFICE_CRITERIA = List.of(
            Map.of("number", "A", "text", "Phẩm chất chính trị, đạo đức, lối sống"),
            Map.of("number", "B", "text", "Năng lực chuyên môn, nghiệp vụ"),
            Map.of("number", "C", "text", "Kết quả thực hiện nhiệm vụ năm học"));

    /** A fresh office with one school under it, so other tests' schools keep the default list. */
    record Office(String office, String school, String otherSchool) {
    }

    static Office office() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String office = "PGD-SC-" + suffix;
        String school = "TH-SC-" + suffix;
        String otherSchool = "TH-SC2-" + suffix;
        String kafka = ThiduaTestResource.kafkaBootstrapServers();
        TestKafka.send(kafka, "thidua.unit.v1", "DONGTHAP", Events.unitUpserted("DONGTHAP", "Sở GD&ĐT Đồng Tháp", "PROVINCE", null));
        TestKafka.send(kafka, "thidua.unit.v1", office, Events.unitUpserted(office, "Phòng GD&ĐT " + suffix, "OFFICE", "DONGTHAP"));
        TestKafka.send(kafka, "thidua.unit.v1", school, Events.unitUpserted(school, "Trường " + suffix, "SCHOOL", office));
        TestKafka.send(kafka, "thidua.unit.v1", "PGD-CAOLANH", Events.unitUpserted("PGD-CAOLANH", "Phòng GD&ĐT Cao Lãnh", "OFFICE", "DONGTHAP"));
        TestKafka.send(kafka, "thidua.unit.v1", otherSchool, Events.unitUpserted(otherSchool, "Trường khác " + suffix, "SCHOOL", "PGD-CAOLANH"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.token("district", office))
                .queryParam("unit", school).queryParam("schoolYear", "2022-2023")
                .when().get("/api/v1/standard-criteria/effective").then().statusCode(200));
        return new Office(office, school, otherSchool);
    }

    static String openCycle(String school) {
        UUID planId = UUID.randomUUID();
        TestKafka.send(ThiduaTestResource.kafkaBootstrapServers(), "thidua.plan.v1", planId.toString(),
                Events.planPublished(UUID.randomUUID().toString(), planId, school, CycleFromPlanEventsTest.CONTENTS));
        String principal = TestTokens.token("principal", school);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(principal)
                .when().get("/api/v1/cycles?unit=" + school).then().statusCode(200).body("planId", hasItem(planId.toString())));
        return given().auth().oauth2(principal).when().get("/api/v1/cycles?unit=" + school).then()
                .extract().path("find { it.planId == '" + planId + "' }.id");
    }

    @Test
    void cyclesOpenedAfterTheOfficeSetsItsListTakeItAndOthersKeepTheDecreeList() {
        Office units = office();
        String before = openCycle(units.school());

        given().auth().oauth2(TestTokens.token("district", units.office())).contentType("application/json")
                .body(Map.of("criteria", OFFICE_CRITERIA))
                .when().put("/api/v1/standard-criteria/{unit}/2022-2023", units.office())
                .then().statusCode(200).header("ETag", "\"1\"").body("criteria.number", equalTo(List.of("A", "B", "C")));

        // One cycle per school and school year: the first plan is withdrawn, and the school publishes again.
        String principal = TestTokens.token("principal", units.school());
        String firstPlan = given().auth().oauth2(principal).when().get("/api/v1/cycles/{id}", before).then()
                .statusCode(200).extract().path("planId");
        TestKafka.send(ThiduaTestResource.kafkaBootstrapServers(), "thidua.plan.v1", firstPlan,
                CycleFromPlanEventsTest.planEvent("withdrawn", UUID.fromString(firstPlan), 1, """
                        {"planId":"%s","unitCode":"%s","schoolYear":"2022-2023","reason":"Ban hành lại",
                         "withdrawnAt":"2023-03-01T08:00:00Z"}""".formatted(firstPlan, units.school())));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(principal)
                .when().get("/api/v1/cycles/{id}", before).then().body("status", equalTo("WITHDRAWN")));
        String after = openCycle(units.school());
        given().auth().oauth2(principal).when().get("/api/v1/cycles/{id}", after).then().statusCode(200)
                .body("criteria.findAll { it.source == 'STANDARD' }.number", equalTo(List.of("A", "B", "C")))
                .body("criteria.findAll { it.source == 'STANDARD' }[1].text", equalTo("Năng lực chuyên môn, nghiệp vụ"))
                .body("criteria.findAll { it.source == 'PLAN' }.number", equalTo(List.of("1", "2")));
        // The cycle opened before keeps the list it was opened with.
        given().auth().oauth2(principal).when().get("/api/v1/cycles/{id}", before).then().statusCode(200)
                .body("criteria.findAll { it.source == 'STANDARD' }.number", equalTo(EvaluationApi.CRITERIA.subList(0, 5)));
        given().auth().oauth2(principal).queryParam("unit", units.school()).queryParam("schoolYear", "2022-2023")
                .when().get("/api/v1/standard-criteria/effective").then().statusCode(200)
                .body("definedBy", equalTo(units.office())).body("criteria.size()", equalTo(3));
        // Another year, and a school under another office: the decree's five groups.
        given().auth().oauth2(principal).queryParam("unit", units.school()).queryParam("schoolYear", "2023-2024")
                .when().get("/api/v1/standard-criteria/effective").then().statusCode(200)
                .body("definedBy", nullValue()).body("criteria.number", equalTo(EvaluationApi.CRITERIA.subList(0, 5)));
        given().auth().oauth2(TestTokens.token("principal", units.otherSchool())).queryParam("unit", units.otherSchool())
                .queryParam("schoolYear", "2022-2023").when().get("/api/v1/standard-criteria/effective").then()
                .statusCode(200).body("definedBy", nullValue());
        // The school reads its office's list; a school under another office does not see it.
        given().auth().oauth2(principal).when().get("/api/v1/standard-criteria/{unit}/2022-2023", units.office())
                .then().statusCode(200).body("definedBy", equalTo("user@" + units.office()));
        given().auth().oauth2(TestTokens.token("principal", units.otherSchool()))
                .when().get("/api/v1/standard-criteria/{unit}/2022-2023", units.office())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyTheOfficeItselfSetsItsListAndBadListsAreNamedByField() {
        Office units = office();
        String path = "/api/v1/standard-criteria/{unit}/2022-2023";
        given().auth().oauth2(TestTokens.token("principal", units.school())).contentType("application/json")
                .body(Map.of("criteria", OFFICE_CRITERIA)).when().put(path, units.office()).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("district", "PGD-CAOLANH")).contentType("application/json")
                .body(Map.of("criteria", OFFICE_CRITERIA)).when().put(path, units.office())
                .then().statusCode(403).contentType("application/problem+json");
        // The province sets its own list, not an office's.
        given().auth().oauth2(TestTokens.token("district", "DONGTHAP")).contentType("application/json")
                .body(Map.of("criteria", OFFICE_CRITERIA)).when().put(path, units.office()).then().statusCode(403);
        given().contentType("application/json").body(Map.of("criteria", OFFICE_CRITERIA)).when().put(path, units.office())
                .then().statusCode(401);

        String office = TestTokens.token("district", units.office());
        given().auth().oauth2(office).contentType("application/json")
                .body(Map.of("criteria", List.of(Map.of("number", "A", "text", "Một"), Map.of("number", "A", "text", " "))))
                .when().put(path, units.office()).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("criteria[1].number", "criteria[1].text")));
        given().auth().oauth2(office).contentType("application/json").body(Map.of("criteria", List.of()))
                .when().put(path, units.office()).then().statusCode(400).body("errors[0].field", equalTo("criteria"));
        given().auth().oauth2(office).contentType("application/json").body(Map.of("criteria", OFFICE_CRITERIA))
                .when().put("/api/v1/standard-criteria/{unit}/2022", units.office()).then().statusCode(400)
                .body("errors[0].field", equalTo("schoolYear"));
        given().auth().oauth2(office).when().get(path, units.office()).then().statusCode(404);

        given().auth().oauth2(office).contentType("application/json").body(Map.of("criteria", OFFICE_CRITERIA))
                .when().put(path, units.office()).then().statusCode(200);
        given().auth().oauth2(office).contentType("application/json").header("If-Match", "\"7\"")
                .body(Map.of("criteria", OFFICE_CRITERIA.subList(0, 1))).when().put(path, units.office())
                .then().statusCode(412);
        given().auth().oauth2(office).contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("criteria", OFFICE_CRITERIA.subList(0, 1))).when().put(path, units.office())
                .then().statusCode(200).header("ETag", "\"2\"").body("criteria.size()", equalTo(1));
    }
}
