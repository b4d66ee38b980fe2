package vn.thidua.evaluation.evaluation;

import vn.thidua.evaluation.EvaluationApi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.EventContracts;
import vn.thidua.evaluation.EvaluationApi.School;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.evaluation.EvaluationApi.as;
import static vn.thidua.evaluation.EvaluationApi.etag;
import static vn.thidua.evaluation.EvaluationApi.evaluationOf;
import static vn.thidua.evaluation.EvaluationApi.rate;
import static vn.thidua.evaluation.EvaluationApi.openEvaluations;
import static vn.thidua.evaluation.EvaluationApi.reviewed;
import static vn.thidua.evaluation.EvaluationApi.school;
import static vn.thidua.evaluation.EvaluationApi.selfAssessment;

/** Evaluations over HTTP on the real database and broker: the flow, the rules, the share, states, audit, access. */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_evaluation_test"))
public class EvaluationFlowTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void unitTree() {
        EvaluationApi.unitTree();
    }

    @Test
    void selfAssessmentReviewFinalizeReopenAndFinalizeAgainAreAuditedAndPublishedPerContract() throws Exception {
        School school = school(14);
        school.principal().when().post("/api/v1/cycles/{id}/evaluations", school.cycleId()).then().statusCode(200)
                .body("created", equalTo(14)).body("existing", equalTo(0));
        // Again: nothing new.
        school.principal().when().post("/api/v1/cycles/{id}/evaluations", school.cycleId()).then().statusCode(200)
                .body("created", equalTo(0)).body("existing", equalTo(14));

        // The staff member sees their own evaluation only.
        school.staff("GV04").when().get("/api/v1/cycles/{id}/evaluations", school.cycleId()).then().statusCode(200)
                .header("X-Total-Count", "1").body("staffCode", equalTo(List.of("GV04")))
                .body("state", equalTo(List.of("DRAFT")));
        String id = evaluationOf(school, "GV04");

        school.staff("GV04").contentType(ContentType.JSON).body(selfAssessment("HTXS"))
                .when().put("/api/v1/evaluations/{id}/self-assessment", id).then().statusCode(428);
        // A draft may be saved incomplete, but cannot be submitted so.
        school.staff("GV04").contentType(ContentType.JSON).header("If-Match", etag(school.staff("GV04"), id))
                .body(Map.of("items", List.of(Map.of("criterion", "TC1", "rating", "HTXS"))))
                .when().put("/api/v1/evaluations/{id}/self-assessment", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        school.staff("GV04").when().post("/api/v1/evaluations/{id}/submit", id).then().statusCode(422)
                .body("errors.message", hasItem(containsString("tiêu chí TC2")))
                .body("errors.field", hasItem("selfRating"));
        school.staff("GV04").contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("items", List.of(Map.of("criterion", "9", "rating", "HTT"),
                        Map.of("criterion", "TC1", "rating", "HTT", "evidence", List.of("ftp://x")))))
                .when().put("/api/v1/evaluations/{id}/self-assessment", id).then().statusCode(422)
                .body("errors.field", hasItems("items[0].criterion", "items[1].evidence[0]"));
        school.staff("GV04").contentType(ContentType.JSON).header("If-Match", "\"1\"").body(selfAssessment("HTXS"))
                .when().put("/api/v1/evaluations/{id}/self-assessment", id).then().statusCode(200)
                .body("selfRating", equalTo("HTXS")).body("selfAssessment", hasSize(7))
                .body("selfAssessment[5].evidence[0]", equalTo("https://drive.example.vn/minh-chung/1"));
        school.staff("GV04").when().post("/api/v1/evaluations/{id}/submit", id).then().statusCode(200)
                .body("state", equalTo("SELF_ASSESSED"));

        // The leader of Tổ 4-5 reviews; a stale ETag loses.
        school.leader().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("comment", "Tích cực đổi mới", "proposedRating", "HTT"))
                .when().put("/api/v1/evaluations/{id}/review", id).then().statusCode(412);
        school.leader().contentType(ContentType.JSON).header("If-Match", etag(school.leader(), id))
                .body(Map.of("comment", "Tích cực đổi mới phương pháp", "proposedRating", "HTT"))
                .when().put("/api/v1/evaluations/{id}/review", id).then().statusCode(200)
                .body("state", equalTo("GROUP_REVIEWED")).body("proposedRating", equalTo("HTT"))
                .body("reviewedBy", equalTo(school.account("GV02")));

        // Facts: maternity leave counts as work, a recognised initiative.
        String staffId = school.staffId("GV04");
        school.principal().contentType(ContentType.JSON).body(Map.of(
                        "leave", List.of(Map.of("kind", "MATERNITY", "from", "2022-09-05", "to", "2023-01-04")),
                        "initiatives", List.of(Map.of("title", "Một số biện pháp rèn kỹ năng đọc cho học sinh lớp 1",
                                "level", "SCHOOL", "recognisedOn", "2023-05-12"))))
                .when().put("/api/v1/cycles/{c}/staff/{s}/facts", school.cycleId(), staffId).then().statusCode(200)
                .body("monthsWorked", equalTo(12.0f)).body("monthsAbsent", equalTo(0.0f))
                .body("monthsWorkedGiven", nullValue()).body("leave[0].kind", equalTo("MATERNITY"));
        school.staff("GV04").when().get("/api/v1/cycles/{c}/staff/{s}/facts", school.cycleId(), staffId).then()
                .statusCode(200).body("initiatives[0].level", equalTo("SCHOOL"));

        rate(school, id, "HTT").response().then().statusCode(200).body("state", equalTo("FINALIZED"))
                .body("finalRating", equalTo("HTT")).body("finalizedBy", equalTo(school.account("GV01")));
        // Finalised facts stay as they were finalised.
        school.principal().contentType(ContentType.JSON).body(Map.of("discipline", List.of()))
                .when().put("/api/v1/cycles/{c}/staff/{s}/facts", school.cycleId(), staffId).then().statusCode(409);

        school.principal().contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post("/api/v1/evaluations/{id}/reopen", id).then().statusCode(400);
        school.principal().contentType(ContentType.JSON)
                .body(Map.of("reason", "Bổ sung quyết định công nhận sáng kiến cấp trường còn thiếu trong hồ sơ."))
                .when().post("/api/v1/evaluations/{id}/reopen", id).then().statusCode(200)
                .body("state", equalTo("REOPENED")).body("finalRating", nullValue());
        rate(school, id, "HT").response().then().statusCode(200).body("finalRating", equalTo("HT"));

        // The audit trail: who did what, and the changed part before and after.
        List<Map<String, Object>> audit = school.principal().when().get("/api/v1/evaluations/{id}/audit", id).then()
                .statusCode(200).extract().jsonPath().getList("");
        assertEquals(List.of("CREATED", "SELF_ASSESSED", "SELF_ASSESSED", "SUBMITTED", "REVIEWED", "FACTS_CHANGED",
                "FINALIZED", "REOPENED", "FINALIZED"), audit.stream().map(a -> a.get("action")).toList());
        assertEquals(List.of(school.account("GV01"), school.account("GV04"), school.account("GV04"),
                school.account("GV04"), school.account("GV02"), school.account("GV01"), school.account("GV01"),
                school.account("GV01"), school.account("GV01")), audit.stream().map(a -> a.get("actor")).toList());
        Map<String, Object> reopened = audit.get(7);
        assertEquals("HTT", ((Map<?, ?>) reopened.get("before")).get("finalRating"));
        assertEquals("REOPENED", ((Map<?, ?>) reopened.get("after")).get("state"));
        assertEquals("MATERNITY", ((Map<?, ?>) ((List<?>) ((Map<?, ?>) ((Map<?, ?>) audit.get(8).get("after"))
                .get("facts")).get("leave")).get(0)).get("kind"));
        school.staff("GV05").when().get("/api/v1/evaluations/{id}/audit", id).then().statusCode(404);

        // Three events on the real broker, in order, each valid against its contract.
        List<ConsumerRecord<String, String>> events = EvaluationApi.evaluationEvents(Set.of(id), 3);
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(Set.of(), EventContracts.validate(event.value()), event.value());
            // Keyed by the cycle (one partition per cycle, issue 15), the subject staying the evaluation.
            assertEquals(school.cycleId().toString(), event.key(), event.value());
        }
        List<JsonNode> envelopes = events.stream().map(r -> read(r.value())).toList();
        assertEquals(List.of("vn.thidua.evaluation.finalized.v1", "vn.thidua.evaluation.reopened.v1",
                "vn.thidua.evaluation.finalized.v1"), envelopes.stream().map(e -> e.get("type").asText()).toList());
        JsonNode first = envelopes.get(0).get("data");
        assertEquals("HTT", first.get("rating").asText());
        assertEquals(12.0, first.get("facts").get("monthsWorked").asDouble());
        assertEquals("MATERNITY", first.get("facts").get("leave").get(0).get("kind").asText());
        assertEquals("2005-09-01", first.get("hireDate").asText());
        assertEquals("TO-4-5", first.get("groupCode").asText());
        assertEquals(school.unit(), envelopes.get(0).get("unit").asText());
        assertEquals("2022-2023", envelopes.get(0).get("schoolyear").asText());
        assertEquals("Bổ sung quyết định công nhận sáng kiến cấp trường còn thiếu trong hồ sơ.",
                envelopes.get(1).get("data").get("reason").asText());
        assertEquals("HT", envelopes.get(2).get("data").get("rating").asText());
    }

    @Test
    void theRulesRefuseRatingsTheFactsDoNotAllow() {
        School school = school(6);
        openEvaluations(school);
        // Six months of sick leave: not rated.
        school.principal().contentType(ContentType.JSON)
                .body(Map.of("leave", List.of(Map.of("kind", "SICK", "from", "2022-09-01", "to", "2023-02-28"))))
                .when().put("/api/v1/cycles/{c}/staff/{s}/facts", school.cycleId(), school.staffId("GV03")).then()
                .statusCode(200).body("monthsAbsent", equalTo(6.0f)).body("monthsWorked", equalTo(6.0f));
        String sick = reviewed(school, "GV03");
        rate(school, sick, "HTT").response().then().statusCode(422)
                .body("type", equalTo("https://thidua.vn/problems/rating-rule"))
                .body("errors[0].field", equalTo("rating")).body("detail", containsString("NOT_RATED"));
        rate(school, sick, "NOT_RATED").response().then().statusCode(200);

        // A reprimand in the school year: KHT.
        school.principal().contentType(ContentType.JSON)
                .body(Map.of("discipline", List.of(Map.of("form", "REPRIMAND", "date", "2023-03-15"))))
                .when().put("/api/v1/cycles/{c}/staff/{s}/facts", school.cycleId(), school.staffId("GV04")).then()
                .statusCode(200);
        String disciplined = reviewed(school, "GV04");
        rate(school, disciplined, "HT").response().then().statusCode(422).body("detail", containsString("KHT"));
        rate(school, disciplined, "KHT").response().then().statusCode(200);

        // Bad facts are named by field.
        school.principal().contentType(ContentType.JSON)
                .body(Map.of("leave", List.of(Map.of("kind", "SICK", "from", "2023-02-28", "to", "2023-01-01")),
                        "discipline", List.of(Map.of("form", "WARNING"))))
                .when().put("/api/v1/cycles/{c}/staff/{s}/facts", school.cycleId(), school.staffId("GV05")).then()
                .statusCode(422).body("errors.field", hasItems("leave[0].to", "discipline[0].date"));
        school.principal().contentType(ContentType.JSON)
                .body(Map.of("discipline", List.of(Map.of("form", "SPANKING", "date", "2023-01-01"))))
                .when().put("/api/v1/cycles/{c}/staff/{s}/facts", school.cycleId(), school.staffId("GV05")).then()
                .statusCode(400).body("errors[0].field", equalTo("discipline[0].form"));

        // Four months of sick leave (3 to under 6): rated, but not HTT or above; the rule and its source named.
        school.principal().contentType(ContentType.JSON)
                .body(Map.of("leave", List.of(Map.of("kind", "SICK", "from", "2022-09-01", "to", "2022-12-31"),
                        Map.of("kind", "COUNTED_AS_WORK", "from", "2023-01-02", "to", "2023-01-31"))))
                .when().put("/api/v1/cycles/{c}/staff/{s}/facts", school.cycleId(), school.staffId("GV06")).then()
                .statusCode(200).body("monthsAbsent", equalTo(4.0f)).body("monthsWorked", equalTo(8.0f))
                .body("leave[1].kind", equalTo("COUNTED_AS_WORK"));
        String fourMonths = reviewed(school, "GV06");
        rate(school, fourMonths, "HTT").response().then().statusCode(422)
                .body("type", equalTo("https://thidua.vn/problems/rating-rule"))
                .body("errors[0].field", equalTo("rating"))
                .body("errors[0].message", startsWith("Nghỉ 4 tháng (3 đến dưới 6 tháng): không xếp loại từ Hoàn thành "
                        + "tốt trở lên"))
                .body("errors[0].message", containsString("Nghị định 48/2023/NĐ-CP"));
        rate(school, fourMonths, "HT").response().then().statusCode(200);

        // A discipline still under consideration is no decision: the rating is not KHT for it, and the
        // event carries it (pending) for the title rules; its term cannot be given yet.
        school.principal().contentType(ContentType.JSON)
                .body(Map.of("discipline", List.of(Map.of("form", "WARNING", "date", "2023-04-03", "pending", true,
                        "endsOn", "2024-04-02"))))
                .when().put("/api/v1/cycles/{c}/staff/{s}/facts", school.cycleId(), school.staffId("GV05")).then()
                .statusCode(422).body("errors.field", hasItems("discipline[0].endsOn"));
        school.principal().contentType(ContentType.JSON)
                .body(Map.of("discipline", List.of(Map.of("form", "WARNING", "date", "2023-04-03", "pending", true),
                        Map.of("form", "REPRIMAND", "date", "2022-03-14", "endsOn", "2022-09-13"))))
                .when().put("/api/v1/cycles/{c}/staff/{s}/facts", school.cycleId(), school.staffId("GV05")).then()
                .statusCode(200).body("discipline[0].pending", equalTo(true))
                .body("discipline[1].endsOn", equalTo("2022-09-13"));
        String pending = reviewed(school, "GV05");
        rate(school, pending, "HTT").response().then().statusCode(200);
        String event = EvaluationApi.evaluationEvents(Set.of(pending), 1).get(0).value();
        assertEquals(Set.of(), EventContracts.validate(event), event);
        JsonNode finalized = read(event).get("data");
        assertEquals(true, finalized.get("facts").get("discipline").get(0).get("pending").asBoolean());
        assertEquals("2022-09-13", finalized.get("facts").get("discipline").get(1).get("endsOn").asText());
        assertFalse(finalized.get("facts").get("discipline").get(1).has("pending"));
    }

    @Test
    void aFinalizationThatWouldExceedTheHtxsShareIsRefusedWithTheCounts() {
        School school = school(14);
        openEvaluations(school);
        for (int i = 3; i <= 11; i++) {
            rate(school, reviewed(school, String.format("GV%02d", i)), "HTT").response().then().statusCode(200);
        }
        // 9 HTT: one HTXS makes 1/10 (max 2), a second 2/11 (max 2), a third would be 3/12 (max 2).
        rate(school, reviewed(school, "GV12"), "HTXS").response().then().statusCode(200);
        rate(school, reviewed(school, "GV13"), "HTXS").response().then().statusCode(200);
        String third = reviewed(school, "GV14");
        rate(school, third, "HTXS").response().then().statusCode(422)
                .body("type", equalTo("https://thidua.vn/problems/htxs-share"))
                .body("detail", containsString("đã có 3/12"))
                .body("detail", containsString("tối đa 2"))
                .body("errors[0].field", equalTo("rating"));
        school.principal().when().get("/api/v1/evaluations/{id}", third).then().body("state", equalTo("GROUP_REVIEWED"));
        rate(school, third, "HTT").response().then().statusCode(200);
        // With 10 HTT and 2 HTXS, reopening an HTXS frees its place.
        String htxs = evaluationOf(school, "GV12");
        school.principal().contentType(ContentType.JSON).body(Map.of("reason", "Xem lại tỉ lệ"))
                .when().post("/api/v1/evaluations/{id}/reopen", htxs).then().statusCode(200);
        rate(school, htxs, "HTXS").response().then().statusCode(200);
    }

    @Test
    void transitionsOutOfOrderAreConflicts() {
        School school = school(4);
        openEvaluations(school);
        String id = evaluationOf(school, "GV03");
        rate(school, id, "HT").response().then().statusCode(409)
                .body("type", equalTo("https://thidua.vn/problems/illegal-transition"))
                .body("detail", containsString("DRAFT"));
        school.principal().contentType(ContentType.JSON).header("If-Match", etag(school.principal(), id))
                .body(Map.of("proposedRating", "HT")).when().put("/api/v1/evaluations/{id}/review", id).then()
                .statusCode(409);
        school.principal().contentType(ContentType.JSON).body(Map.of("reason", "thử"))
                .when().post("/api/v1/evaluations/{id}/reopen", id).then().statusCode(409);
        school.staff("GV03").contentType(ContentType.JSON).header("If-Match", etag(school.staff("GV03"), id))
                .body(selfAssessment("HT")).when().put("/api/v1/evaluations/{id}/self-assessment", id).then()
                .statusCode(200);
        school.staff("GV03").when().post("/api/v1/evaluations/{id}/submit", id).then().statusCode(200);
        school.staff("GV03").when().post("/api/v1/evaluations/{id}/submit", id).then().statusCode(409);
        school.staff("GV03").contentType(ContentType.JSON).header("If-Match", etag(school.staff("GV03"), id))
                .body(selfAssessment("HT")).when().put("/api/v1/evaluations/{id}/self-assessment", id).then()
                .statusCode(409);
        rate(school, id, "HT").response().then().statusCode(409);
        school.leader().contentType(ContentType.JSON).header("If-Match", etag(school.leader(), id))
                .body(Map.of("proposedRating", "HT")).when().put("/api/v1/evaluations/{id}/review", id).then()
                .statusCode(200);
        rate(school, id, "HT").response().then().statusCode(200);
        rate(school, id, "HT").response().then().statusCode(409);
        school.leader().contentType(ContentType.JSON).header("If-Match", etag(school.leader(), id))
                .body(Map.of("proposedRating", "HTT")).when().put("/api/v1/evaluations/{id}/review", id).then()
                .statusCode(409);
        // Nothing of the refused attempts is in the audit.
        school.principal().when().get("/api/v1/evaluations/{id}/audit", id).then().statusCode(200)
                .body("action", equalTo(List.of("CREATED", "SELF_ASSESSED", "SUBMITTED", "REVIEWED", "FINALIZED")));
    }

    @Test
    void eachSeesAndChangesOnlyWhatTheirRoleAndUnitAllow() {
        School school = school(10);
        openEvaluations(school);
        String own = evaluationOf(school, "GV04");
        String colleague = evaluationOf(school, "GV05");
        String otherGroup = evaluationOf(school, "GV09");
        String leaders = evaluationOf(school, "GV02");

        // Staff: their own only.
        school.staff("GV04").when().get("/api/v1/evaluations/{id}", colleague).then().statusCode(404);
        school.staff("GV04").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(selfAssessment("HT"))
                .when().put("/api/v1/evaluations/{id}/self-assessment", colleague).then().statusCode(404);
        school.staff("GV04").contentType(ContentType.JSON).body(Map.of("proposedRating", "HTXS"))
                .header("If-Match", "\"0\"").when().put("/api/v1/evaluations/{id}/review", own).then().statusCode(403);
        school.staff("GV04").contentType(ContentType.JSON).body(Map.of("rating", "HTXS"))
                .when().post("/api/v1/evaluations/{id}/finalize", own).then().statusCode(403);
        school.staff("GV04").contentType(ContentType.JSON).body(Map.of())
                .when().put("/api/v1/cycles/{c}/staff/{s}/facts", school.cycleId(), school.staffId("GV04")).then()
                .statusCode(403);
        school.staff("GV04").when().get("/api/v1/cycles/{c}/staff/{s}/facts", school.cycleId(), school.staffId("GV05"))
                .then().statusCode(404);

        // The group leader: their group and themselves; cannot self-assess for others nor review themselves.
        school.leader().when().get("/api/v1/cycles/{id}/evaluations", school.cycleId()).then().statusCode(200)
                .header("X-Total-Count", "7").body("groupCode", everyItem(equalTo("TO-4-5")));
        school.leader().queryParam("group", "TO-1").when().get("/api/v1/cycles/{id}/evaluations", school.cycleId())
                .then().statusCode(403);
        school.leader().when().get("/api/v1/evaluations/{id}", colleague).then().statusCode(200);
        school.leader().when().get("/api/v1/evaluations/{id}", otherGroup).then().statusCode(404);
        school.leader().contentType(ContentType.JSON).header("If-Match", etag(school.leader(), colleague))
                .body(selfAssessment("HT")).when().put("/api/v1/evaluations/{id}/self-assessment", colleague).then()
                .statusCode(403);
        EvaluationApi.person(school.account("GV02"), "group_lead", school.unit()).contentType(ContentType.JSON)
                .header("If-Match", etag(school.leader(), leaders)).body(selfAssessment("HTT"))
                .when().put("/api/v1/evaluations/{id}/self-assessment", leaders).then().statusCode(200);
        school.leader().when().post("/api/v1/evaluations/{id}/submit", leaders).then().statusCode(200);
        school.leader().contentType(ContentType.JSON).header("If-Match", etag(school.leader(), leaders))
                .body(Map.of("proposedRating", "HTXS")).when().put("/api/v1/evaluations/{id}/review", leaders).then()
                .statusCode(403);
        school.principal().contentType(ContentType.JSON).header("If-Match", etag(school.principal(), leaders))
                .body(Map.of("proposedRating", "HTT")).when().put("/api/v1/evaluations/{id}/review", leaders).then()
                .statusCode(200);

        // Principal, council, school app: the whole school; the office above it reads; nobody else.
        school.principal().when().get("/api/v1/cycles/{id}/evaluations", school.cycleId()).then().statusCode(200)
                .header("X-Total-Count", "10");
        as("council", school.unit()).when().get("/api/v1/evaluations/{id}", otherGroup).then().statusCode(200);
        as("school_app", school.unit()).when().get("/api/v1/cycles/{id}/evaluations", school.cycleId()).then()
                .statusCode(200).header("X-Total-Count", "10");
        as("viewer", school.unit()).when().get("/api/v1/evaluations/{id}", own).then().statusCode(403);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("district", EvaluationApi.OFFICE)
                .when().get("/api/v1/cycles/{id}/evaluations", school.cycleId()).then().statusCode(200)
                .header("X-Total-Count", "10"));
        as("district", EvaluationApi.OFFICE).when().get("/api/v1/evaluations/{id}", own).then().statusCode(200);
        as("district", EvaluationApi.OFFICE).contentType(ContentType.JSON).body(Map.of("rating", "HT"))
                .when().post("/api/v1/evaluations/{id}/finalize", own).then().statusCode(403);
        as("district", EvaluationApi.OTHER_OFFICE).when().get("/api/v1/evaluations/{id}", own).then().statusCode(404);
        as("district", EvaluationApi.OTHER_OFFICE).when().get("/api/v1/cycles/{id}/evaluations", school.cycleId())
                .then().statusCode(403);

        // Another school's principal: 404 for the evaluation, 403 for the cycle and its facts.
        String other = EvaluationApi.OTHER_SCHOOL;
        as("principal", other).when().get("/api/v1/evaluations/{id}", own).then().statusCode(404)
                .contentType("application/problem+json");
        as("principal", other).contentType(ContentType.JSON).body(Map.of("rating", "HT"))
                .when().post("/api/v1/evaluations/{id}/finalize", leaders).then().statusCode(404);
        as("principal", other).when().get("/api/v1/evaluations/{id}/audit", own).then().statusCode(404);
        as("principal", other).when().get("/api/v1/cycles/{id}/evaluations", school.cycleId()).then().statusCode(403);
        as("principal", other).when().post("/api/v1/cycles/{id}/evaluations", school.cycleId()).then().statusCode(403);
        as("principal", other).when().get("/api/v1/cycles/{c}/staff/{s}/facts", school.cycleId(),
                school.staffId("GV04")).then().statusCode(403);
        as("principal", other).contentType(ContentType.JSON).body(Map.of())
                .when().put("/api/v1/cycles/{c}/staff/{s}/facts", school.cycleId(), school.staffId("GV04")).then()
                .statusCode(403);
        school.principal().when().get("/api/v1/evaluations/{id}", java.util.UUID.randomUUID()).then().statusCode(404);
        school.principal().queryParam("state", "DONE").when()
                .get("/api/v1/cycles/{id}/evaluations", school.cycleId()).then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        // Nothing here published an event about the evaluations touched.
        school.principal().when().get("/api/v1/evaluations/{id}", own).then().body("state", equalTo("DRAFT"))
                .body("finalRating", not(equalTo("HT")));
        assertTrue(true);
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
