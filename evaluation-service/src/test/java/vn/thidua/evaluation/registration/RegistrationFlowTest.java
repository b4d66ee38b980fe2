package vn.thidua.evaluation.registration;

import vn.thidua.evaluation.evaluation.EvaluationFlowTest;
import vn.thidua.evaluation.EvaluationApi;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.EventContracts;
import vn.thidua.evaluation.EvaluationApi.School;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.evaluation.EvaluationApi.as;
import static vn.thidua.evaluation.EvaluationApi.school;

/** Registrations over HTTP on the real database and broker: submit and its event, access, the deadline, history. */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_evaluation_test"))
class RegistrationFlowTest {

    static final String INITIATIVE = "Một số biện pháp rèn kỹ năng đọc cho học sinh lớp 1";
    static final String BASE = "/api/v1/cycles/{c}/registrations";

    @BeforeAll
    static void unitTree() {
        EvaluationApi.unitTree();
    }

    @Test
    void aPersonAndTheirGroupRegisterAndSubmitAndTheEventsFollowTheContract() {
        School school = school(10);
        String gv04 = school.staffId("GV04");
        // The token's staff claim names the person, whatever its upn.
        RequestSpecification own = withStaffClaim(school, "GV04", "staff");

        school.principal().when().get("/api/v1/cycles/{id}", school.cycleId()).then().statusCode(200)
                .body("registrationDeadline", nullValue());
        own.when().get(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(404)
                .body("type", equalTo("https://thidua.vn/problems/not-registered"));

        String id = withStaffClaim(school, "GV04", "staff").contentType(ContentType.JSON)
                .body(Map.of("targets", List.of(title("LDTT"), title("CSTDCS"), initiative(INITIATIVE))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("state", equalTo("DRAFT")).body("kind", equalTo("INDIVIDUAL"))
                .body("staffCode", equalTo("GV04")).body("groupCode", equalTo("TO-4-5"))
                .body("targets[2].text", equalTo(INITIATIVE)).body("targets[2].code", nullValue())
                .extract().path("id");
        withStaffClaim(school, "GV04", "staff").header("If-Match", "\"1\"").when()
                .post(BASE + "/staff/{s}/submit", school.cycleId(), gv04).then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("submittedBy", equalTo("someone@" + school.unit()));
        withStaffClaim(school, "GV04", "staff").when().post(BASE + "/staff/{s}/submit", school.cycleId(), gv04).then()
                .statusCode(409).body("type", equalTo("https://thidua.vn/problems/illegal-transition"));

        // Changing a submitted registration before the deadline: back to DRAFT until submitted again.
        String etag = school.staff("GV04").when().get("/api/v1/registrations/{id}", id).then().statusCode(200)
                .extract().header("ETag");
        school.staff("GV04").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("targets", List.of(title("LDTT"))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(412);
        school.staff("GV04").contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("targets", List.of(title("LDTT"), initiative(INITIATIVE))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(200)
                .body("state", equalTo("DRAFT")).body("submittedAt", nullValue());
        school.staff("GV04").when().post(BASE + "/staff/{s}/submit", school.cycleId(), gv04).then().statusCode(200)
                .body("state", equalTo("SUBMITTED"));

        // The leader of Tổ 4-5 registers the group as a collective.
        String group = school.leader().contentType(ContentType.JSON).body(Map.of("targets", List.of(title("TTLDXS"))))
                .when().put(BASE + "/groups/{g}", school.cycleId(), "TO-4-5").then().statusCode(200)
                .body("kind", equalTo("COLLECTIVE")).body("staffId", nullValue()).body("groupCode", equalTo("TO-4-5"))
                .extract().path("id");
        school.leader().when().post(BASE + "/groups/{g}/submit", school.cycleId(), "TO-4-5").then().statusCode(200)
                .body("state", equalTo("SUBMITTED"));

        // Lists: collectives first, then people; each sees what their role allows.
        school.principal().when().get(BASE, school.cycleId()).then().statusCode(200).header("X-Total-Count", "2")
                .body("kind", equalTo(List.of("COLLECTIVE", "INDIVIDUAL")));
        school.principal().queryParam("kind", "INDIVIDUAL").queryParam("status", "SUBMITTED")
                .when().get(BASE, school.cycleId()).then().statusCode(200).body("staffCode", equalTo(List.of("GV04")));
        school.leader().when().get(BASE, school.cycleId()).then().statusCode(200).header("X-Total-Count", "2");
        school.staff("GV04").when().get(BASE, school.cycleId()).then().statusCode(200).header("X-Total-Count", "1")
                .body("id", equalTo(List.of(id)));
        school.staff("GV05").when().get(BASE, school.cycleId()).then().statusCode(200).header("X-Total-Count", "0");

        List<Map<String, Object>> history = school.principal().when().get("/api/v1/registrations/{id}/history", id)
                .then().statusCode(200).extract().jsonPath().getList("");
        assertEquals(List.of("CREATED", "SUBMITTED", "CHANGED", "SUBMITTED"),
                history.stream().map(h -> h.get("action")).toList());
        assertEquals(List.of("someone@" + school.unit(), "someone@" + school.unit(), school.account("GV04"),
                school.account("GV04")), history.stream().map(h -> h.get("actor")).toList());

        // Three submissions on the real broker, each valid against the contract.
        List<ConsumerRecord<String, String>> events = EvaluationApi.evaluationEvents(Set.of(id, group), 3);
        assertEquals(3, events.size());
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(Set.of(), EventContracts.validate(event.value()), event.value());
        }
        List<JsonNode> person = events.stream().filter(e -> id.equals(EvaluationApi.subject(e)) && e.key().equals(id))
                .map(e -> EvaluationFlowTest.read(e.value())).toList();
        assertEquals(2, person.size());
        JsonNode first = person.get(0);
        assertEquals("vn.thidua.evaluation.registration-submitted.v1", first.get("type").asText());
        assertEquals(school.unit(), first.get("unit").asText());
        assertEquals("2022-2023", first.get("schoolyear").asText());
        JsonNode data = first.get("data");
        assertEquals(id, data.get("registrationId").asText());
        assertEquals(school.cycleId().toString(), data.get("cycleId").asText());
        assertEquals(gv04, data.get("staffId").asText());
        assertEquals("TO-4-5", data.get("groupCode").asText());
        assertEquals(List.of("LDTT", "CSTDCS"), List.of(data.get("targets").get(0).get("code").asText(),
                data.get("targets").get(1).get("code").asText()));
        assertTrue(data.get("targets").get(2).get("code").isNull());
        assertEquals(INITIATIVE, data.get("targets").get(2).get("text").asText());
        assertEquals(2, person.get(1).get("data").get("targets").size());
        JsonNode collective = events.stream().filter(e -> group.equals(EvaluationApi.subject(e)) && e.key().equals(group)).findFirst()
                .map(e -> EvaluationFlowTest.read(e.value()).get("data")).orElseThrow();
        assertTrue(collective.get("staffId").isNull());
        assertEquals("TO-4-5", collective.get("groupCode").asText());
        assertEquals("TTLDXS", collective.get("targets").get(0).get("code").asText());
    }

    @Test
    void eachTouchesOnlyWhatTheirRoleGroupAndSchoolAllow() {
        School school = school(10);
        String gv04 = school.staffId("GV04");
        String gv09 = school.staffId("GV09");
        String id = school.staff("GV04").contentType(ContentType.JSON).body(Map.of("targets", List.of(title("LDTT"))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(200).extract().path("id");
        school.staff("GV09").contentType(ContentType.JSON).body(Map.of("targets", List.of(title("LDTT"))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv09).then().statusCode(200);

        // A colleague neither sees nor changes it; a staff claim naming someone else does not help.
        school.staff("GV05").when().get(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(404);
        school.staff("GV05").when().get("/api/v1/registrations/{id}", id).then().statusCode(404);
        school.staff("GV05").when().get("/api/v1/registrations/{id}/history", id).then().statusCode(404);
        school.staff("GV05").contentType(ContentType.JSON).body(Map.of("targets", List.of(title("CSTDCS"))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(403);
        school.staff("GV05").when().post(BASE + "/staff/{s}/submit", school.cycleId(), gv04).then().statusCode(403);
        withStaffClaim(school, "GV05", "staff").contentType(ContentType.JSON)
                .body(Map.of("targets", List.of(title("CSTDCS"))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(403);
        school.staff("GV05").contentType(ContentType.JSON).body(Map.of("targets", List.of(title("TTLDTT"))))
                .when().put(BASE + "/groups/{g}", school.cycleId(), "TO-4-5").then().statusCode(403);

        // The leader of Tổ 4-5 reads the group's but changes only their own and the group's collective one.
        school.leader().when().get(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(200);
        school.leader().contentType(ContentType.JSON).body(Map.of("targets", List.of(title("CSTDCS"))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(403);
        school.leader().when().get(BASE + "/staff/{s}", school.cycleId(), gv09).then().statusCode(404);
        school.leader().queryParam("group", "TO-1").when().get(BASE, school.cycleId()).then().statusCode(403);
        school.leader().contentType(ContentType.JSON).body(Map.of("targets", List.of(title("TTLDTT"))))
                .when().put(BASE + "/groups/{g}", school.cycleId(), "TO-1").then().statusCode(403);
        school.leader().when().post(BASE + "/groups/{g}/submit", school.cycleId(), "TO-1").then().statusCode(403);
        school.leader().when().get(BASE + "/groups/{g}", school.cycleId(), "TO-1").then().statusCode(404);
        school.principal().contentType(ContentType.JSON).body(Map.of("targets", List.of(title("TTLDTT"))))
                .when().put(BASE + "/groups/{g}", school.cycleId(), "TO-1").then().statusCode(200);

        // Unknown people, groups and cycles; wrong roles; no token.
        school.principal().contentType(ContentType.JSON).body(Map.of("targets", List.of(title("LDTT"))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), UUID.randomUUID()).then().statusCode(404);
        school.principal().when().get(BASE + "/staff/{s}", school.cycleId(), UUID.randomUUID()).then().statusCode(404);
        school.principal().contentType(ContentType.JSON).body(Map.of("targets", List.of(title("TTLDTT"))))
                .when().put(BASE + "/groups/{g}", school.cycleId(), "TO-9").then().statusCode(404);
        school.principal().when().get(BASE, UUID.randomUUID()).then().statusCode(404);
        school.principal().when().get("/api/v1/registrations/{id}", UUID.randomUUID()).then().statusCode(404);
        school.principal().queryParam("status", "DONE").when().get(BASE, school.cycleId()).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as("viewer", school.unit()).when().get(BASE, school.cycleId()).then().statusCode(403);
        as("school_app", school.unit()).contentType(ContentType.JSON).body(Map.of("targets", List.of(title("LDTT"))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(403);
        given().when().get(BASE, school.cycleId()).then().statusCode(401);
        given().when().get("/api/v1/registrations/{id}", id).then().statusCode(401);
        school.staff("GV04").contentType(ContentType.JSON).body(Map.of("deadline", "2023-03-15"))
                .when().put("/api/v1/cycles/{c}/registration-deadline", school.cycleId()).then().statusCode(403);

        // The office above reads; it never writes.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("district", EvaluationApi.OFFICE)
                .when().get(BASE, school.cycleId()).then().statusCode(200).header("X-Total-Count", "3"));
        as("district", EvaluationApi.OFFICE).when().get("/api/v1/registrations/{id}", id).then().statusCode(200);
        as("district", EvaluationApi.OFFICE).contentType(ContentType.JSON)
                .body(Map.of("targets", List.of(title("LDTT"))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(403);
        as("district", EvaluationApi.OTHER_OFFICE).when().get("/api/v1/registrations/{id}", id).then().statusCode(404);

        // Another school: 404 for the registration by id, 403 for the cycle and every write.
        String other = EvaluationApi.OTHER_SCHOOL;
        as("principal", other).when().get("/api/v1/registrations/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        as("principal", other).when().get("/api/v1/registrations/{id}/history", id).then().statusCode(404);
        as("principal", other).when().get(BASE, school.cycleId()).then().statusCode(403);
        as("principal", other).contentType(ContentType.JSON).body(Map.of("targets", List.of(title("LDTT"))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(403);
        as("principal", other).when().post(BASE + "/staff/{s}/submit", school.cycleId(), gv04).then().statusCode(403);
        as("principal", other).contentType(ContentType.JSON).body(Map.of("targets", List.of(title("TTLDTT"))))
                .when().put(BASE + "/groups/{g}", school.cycleId(), "TO-4-5").then().statusCode(403);
        as("principal", other).contentType(ContentType.JSON).body(Map.of("deadline", "2023-03-15"))
                .when().put("/api/v1/cycles/{c}/registration-deadline", school.cycleId()).then().statusCode(403);

        // Nothing refused changed anything.
        school.principal().when().get("/api/v1/registrations/{id}/history", id).then().statusCode(200)
                .body("action", equalTo(List.of("CREATED")));
    }

    @Test
    void badTargetsAreNamedByField() {
        School school = school(4);
        String gv03 = school.staffId("GV03");
        school.staff("GV03").contentType(ContentType.JSON)
                .body(Map.of("targets", List.of(title("LDTT"), title("CSTD_HUYEN"), initiative(" "))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv03).then().statusCode(422)
                .body("errors.field", equalTo(List.of("targets[1].code", "targets[2].text")))
                .body("errors[0].message", containsString("LDTT, CSTDCS, CSTD_TINH, CSTD_TQ"));
        school.staff("GV03").contentType(ContentType.JSON)
                .body(Map.of("targets", List.of(Map.of("kind", "AWARD", "code", "LDTT"))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv03).then().statusCode(400)
                .body("errors[0].field", equalTo("targets[0].kind"));
        school.staff("GV03").contentType(ContentType.JSON).body(Map.of())
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv03).then().statusCode(400)
                .body("errors[0].field", equalTo("targets"));
        school.principal().contentType(ContentType.JSON).body(Map.of("targets", List.of(title("LDTT"))))
                .when().put(BASE + "/groups/{g}", school.cycleId(), "TO-4-5").then().statusCode(422)
                .body("errors[0].field", equalTo("targets[0].code"))
                .body("errors[0].message", containsString("TTLDTT, TTLDXS"));
        // Someone who left before the school year does not register in it.
        school.principal().contentType(ContentType.JSON).body("{\"activeTo\":\"2022-06-30\"}")
                .when().post("/api/v1/staff/{id}/deactivate", school.staffId("GV04")).then().statusCode(200);
        school.principal().contentType(ContentType.JSON).body(Map.of("targets", List.of(title("LDTT"))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), school.staffId("GV04")).then().statusCode(409)
                .body("detail", containsString("2022-2023"));
        // An empty draft is kept, but cannot be submitted.
        school.staff("GV03").contentType(ContentType.JSON).body(Map.of("targets", List.of()))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv03).then().statusCode(200);
        school.staff("GV03").when().post(BASE + "/staff/{s}/submit", school.cycleId(), gv03).then().statusCode(422)
                .body("errors[0].field", equalTo("targets"));
        school.principal().contentType(ContentType.JSON).body(Map.of("deadline", "15/03/2023"))
                .when().put("/api/v1/cycles/{c}/registration-deadline", school.cycleId()).then().statusCode(400)
                .body("errors[0].field", equalTo("deadline"));
        school.principal().contentType(ContentType.JSON).body(Map.of("deadline", "2031-03-15"))
                .when().put("/api/v1/cycles/{c}/registration-deadline", school.cycleId()).then().statusCode(422)
                .body("errors[0].field", equalTo("deadline"));
    }

    @Test
    void afterTheDeadlineOnlyThePrincipalChangesWithAReasonKeptInTheHistory() {
        School school = school(10);
        String gv04 = school.staffId("GV04");
        String id = school.staff("GV04").contentType(ContentType.JSON).body(Map.of("targets", List.of(title("LDTT"))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(200).extract().path("id");
        school.leader().contentType(ContentType.JSON).body(Map.of("targets", List.of(title("TTLDTT"))))
                .when().put(BASE + "/groups/{g}", school.cycleId(), "TO-4-5").then().statusCode(200);

        school.principal().contentType(ContentType.JSON).body(Map.of("deadline", "2023-03-15"))
                .when().put("/api/v1/cycles/{c}/registration-deadline", school.cycleId()).then().statusCode(200)
                .body("registrationDeadline", equalTo("2023-03-15"));
        school.staff("GV04").when().get("/api/v1/cycles/{id}", school.cycleId()).then().statusCode(200)
                .body("registrationDeadline", equalTo("2023-03-15"));
        school.staff("GV04").when().get("/api/v1/registrations/{id}", id).then().statusCode(200)
                .body("closed", equalTo(true)).body("registrationDeadline", equalTo("2023-03-15"));

        // The person and the group leader are refused, naming the deadline.
        school.staff("GV04").contentType(ContentType.JSON).body(Map.of("targets", List.of(title("CSTDCS"))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(409)
                .body("type", equalTo("https://thidua.vn/problems/registration-closed"))
                .body("detail", containsString("15/03/2023")).body("detail", containsString("2023-03-15"));
        school.staff("GV04").when().post(BASE + "/staff/{s}/submit", school.cycleId(), gv04).then().statusCode(409)
                .body("type", equalTo("https://thidua.vn/problems/registration-closed"));
        school.staff("GV04").contentType(ContentType.JSON).body(Map.of("targets", List.of(title("CSTDCS")),
                "reason", "Quên đăng ký")).when().put(BASE + "/staff/{s}", school.cycleId(), gv04).then()
                .statusCode(409);
        school.leader().when().post(BASE + "/groups/{g}/submit", school.cycleId(), "TO-4-5").then().statusCode(409);

        // The principal needs a reason, for the change and for the submission.
        school.principal().contentType(ContentType.JSON).body(Map.of("targets", List.of(title("LDTT"), title("CSTDCS"))))
                .when().put(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(422)
                .body("errors[0].field", equalTo("reason")).body("detail", containsString("15/03/2023"));
        String reason = "Cô Ánh nộp bản giấy đúng hạn, văn phòng nhập trễ";
        school.principal().contentType(ContentType.JSON).body(Map.of("targets", List.of(title("LDTT"), title("CSTDCS")),
                "reason", reason)).when().put(BASE + "/staff/{s}", school.cycleId(), gv04).then().statusCode(200)
                .body("state", equalTo("DRAFT"));
        school.principal().when().post(BASE + "/staff/{s}/submit", school.cycleId(), gv04).then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        school.principal().contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post(BASE + "/staff/{s}/submit", school.cycleId(), gv04).then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("submittedBy", equalTo(school.account("GV01")));

        List<Map<String, Object>> history = school.staff("GV04").when().get("/api/v1/registrations/{id}/history", id)
                .then().statusCode(200).extract().jsonPath().getList("");
        assertEquals(List.of("CREATED", "CHANGED", "SUBMITTED"), history.stream().map(h -> h.get("action")).toList());
        Map<String, Object> changed = history.get(1);
        assertEquals(school.account("GV01"), changed.get("actor"));
        assertEquals(reason, changed.get("reason"));
        assertEquals(List.of("LDTT"), codes(changed.get("before")));
        assertEquals(List.of("LDTT", "CSTDCS"), codes(changed.get("after")));
        assertEquals(reason, history.get(2).get("reason"));
        assertEquals(null, history.get(0).get("reason"));

        List<ConsumerRecord<String, String>> events = EvaluationApi.evaluationEvents(Set.of(id), 1);
        assertEquals(Set.of(), EventContracts.validate(events.get(0).value()), events.get(0).value());

        // Clearing the deadline opens registration again.
        school.principal().contentType(ContentType.JSON).body("{\"deadline\":null}")
                .when().put("/api/v1/cycles/{c}/registration-deadline", school.cycleId()).then().statusCode(200)
                .body("registrationDeadline", nullValue());
        school.leader().when().post(BASE + "/groups/{g}/submit", school.cycleId(), "TO-4-5").then().statusCode(200);
    }

    @Test
    void theListSortsPeopleByGivenNameInVietnameseOrderAndFilters() {
        School school = school(11);
        // Given names Ô, Ơn, Oanh, Uyên, Đức: code-point order would put Đức last and Ô, Ơ after U.
        for (String code : List.of("GV07", "GV08", "GV09", "GV10", "GV11")) {
            school.principal().contentType(ContentType.JSON).body(Map.of("targets", List.of(title("LDTT"))))
                    .when().put(BASE + "/staff/{s}", school.cycleId(), school.staffId(code)).then().statusCode(200);
        }
        school.principal().when().post(BASE + "/staff/{s}/submit", school.cycleId(), school.staffId("GV09")).then()
                .statusCode(200);
        school.principal().when().get(BASE, school.cycleId()).then().statusCode(200).header("X-Total-Count", "5")
                .body("staffCode", equalTo(List.of("GV11", "GV09", "GV07", "GV08", "GV10")));
        school.principal().queryParam("group", "TO-1").when().get(BASE, school.cycleId()).then().statusCode(200)
                .body("staffCode", equalTo(List.of("GV11", "GV09", "GV10")));
        school.principal().queryParam("status", "SUBMITTED").when().get(BASE, school.cycleId()).then()
                .statusCode(200).body("staffCode", equalTo(List.of("GV09")));
        school.principal().queryParam("size", 2).queryParam("page", 1).when().get(BASE, school.cycleId()).then()
                .statusCode(200).header("X-Total-Count", "5").body("staffCode", equalTo(List.of("GV07", "GV08")));
    }

    static Map<String, Object> title(String code) {
        Map<String, Object> target = new HashMap<>();
        target.put("kind", "TITLE");
        target.put("code", code);
        return target;
    }

    static Map<String, Object> initiative(String text) {
        return Map.of("kind", "INITIATIVE", "text", text);
    }

    @SuppressWarnings("unchecked")
    static List<String> codes(Object snapshot) {
        return ((List<Map<String, Object>>) ((Map<String, Object>) snapshot).get("targets")).stream()
                .map(t -> (String) t.get("code")).toList();
    }

    /** A token carrying the {@code staff} claim (the staff id) with an upn that is nobody's account. */
    static RequestSpecification withStaffClaim(School school, String code, String role) {
        return given().auth().oauth2(TestTokens.token("someone@" + school.unit(), Set.of(role), school.unit(),
                school.staffId(code)));
    }
}
