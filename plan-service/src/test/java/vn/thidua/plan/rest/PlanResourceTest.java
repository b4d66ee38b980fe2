package vn.thidua.plan.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.EventContracts;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class PlanResourceTest {

    static final String SCHOOL = "TH-TRAMCHIM2";
    static final String OTHER_SCHOOL = "TH-HOAAN";

    static String principal(String unit) {
        return TestTokens.token("principal", unit);
    }

    static String createPlan(String token, String unit, List<Map<String, String>> contents) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("unitCode", unit, "schoolYear", "2022-2023",
                        "title", "Kế hoạch phát động phong trào thi đua năm 2023", "contents", contents))
                .when().post("/api/v1/plans")
                .then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().path("id");
    }

    static final List<Map<String, String>> CONTENTS = List.of(
            Map.of("number", "1", "text", "Thực hiện tốt các cuộc vận động và phong trào thi đua"),
            Map.of("number", "2", "text", "Đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục"));

    @Test
    void publishingWritesExactlyOneValidEventAndSecondPublishConflicts() {
        String id = createPlan(principal(SCHOOL), SCHOOL, CONTENTS);

        given().auth().oauth2(principal(SCHOOL)).when().post("/api/v1/plans/{id}/publish", id)
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().auth().oauth2(principal(SCHOOL)).when().post("/api/v1/plans/{id}/publish", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409)).body("detail", containsString("PUBLISHED"));

        List<ConsumerRecord<String, String>> events = TestKafka.readAll(ThiduaTestResource.kafkaBootstrapServers(),
                "thidua.plan.v1", Duration.ofSeconds(10)).stream().filter(r -> id.equals(r.key())).toList();
        assertEquals(1, events.size(), "one published event for one publication");
        String json = events.get(0).value();
        assertEquals(java.util.Set.of(), EventContracts.validate(json));
        assertTrue(json.contains("\"type\":\"vn.thidua.plan.published.v1\""), json);
        assertTrue(json.contains("Đổi mới phương pháp dạy học"), "Vietnamese text kept: " + json);
    }

    @Test
    void withoutTokenIs401() {
        given().when().get("/api/v1/plans").then().statusCode(401);
    }

    @Test
    void anotherSchoolCannotCreateReadOrPublish() {
        String id = createPlan(principal(SCHOOL), SCHOOL, CONTENTS);
        String intruder = principal(OTHER_SCHOOL);

        given().auth().oauth2(intruder).when().get("/api/v1/plans/{id}", id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(intruder).when().post("/api/v1/plans/{id}/publish", id)
                .then().statusCode(403);
        given().auth().oauth2(intruder).contentType(ContentType.JSON)
                .body(Map.of("unitCode", SCHOOL, "schoolYear", "2022-2023", "title", "x", "contents", CONTENTS))
                .when().post("/api/v1/plans").then().statusCode(403);
        given().auth().oauth2(intruder).when().get("/api/v1/plans?unit=" + SCHOOL).then().statusCode(403);
        given().auth().oauth2(intruder).when().get("/api/v1/plans")
                .then().statusCode(200).body("id", not(hasItem(id)));
        // The draft stayed a draft.
        given().auth().oauth2(principal(SCHOOL)).when().get("/api/v1/plans/{id}", id)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void theOfficeAboveSeesTheSchoolsPlansAndAnotherOfficeDoesNot() {
        String id = createPlan(principal(SCHOOL), SCHOOL, CONTENTS);
        given().auth().oauth2(TestTokens.token("district", "PGD-TAMNONG")).when().get("/api/v1/plans/{id}", id)
                .then().statusCode(200).body("unitCode", equalTo(SCHOOL));
        given().auth().oauth2(TestTokens.token("district", "PGD-CAOLANH")).when().get("/api/v1/plans/{id}", id)
                .then().statusCode(403);
    }

    @Test
    void staffCannotWritePlans() {
        given().auth().oauth2(TestTokens.token("staff", SCHOOL)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", SCHOOL, "schoolYear", "2022-2023", "title", "x", "contents", CONTENTS))
                .when().post("/api/v1/plans").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void invalidFieldsAreNamed() {
        given().auth().oauth2(principal(SCHOOL)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", SCHOOL, "schoolYear", "2023", "title", " ",
                        "contents", List.of(Map.of("number", "1", "text", ""))))
                .when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("schoolYear"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("contents[0].text"));
    }

    @Test
    void unreadableJsonIs400NamingTheField() {
        given().auth().oauth2(principal(SCHOOL)).contentType(ContentType.JSON)
                .body("{\"unitCode\": \"" + SCHOOL + "\", \"contents\": \"not a list\"}")
                .when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("contents"));
        given().auth().oauth2(principal(SCHOOL)).contentType(ContentType.JSON).body("{broken")
                .when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void planWithoutContentsCannotBePublished() {
        String id = createPlan(principal(SCHOOL), SCHOOL, List.of());
        given().auth().oauth2(principal(SCHOOL)).when().post("/api/v1/plans/{id}/publish", id)
                .then().statusCode(422).body("errors[0].field", equalTo("contents"));
    }

    @Test
    void unknownPlanIs404AndBadIdIs404() {
        given().auth().oauth2(principal(SCHOOL)).when().get("/api/v1/plans/{id}", java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(principal(SCHOOL)).when().get("/api/v1/plans/not-a-uuid")
                .then().statusCode(404);
    }
}
