package vn.thidua.evaluation.evaluation;

import vn.thidua.evaluation.EvaluationApi;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.EventContracts;
import vn.thidua.evaluation.EvaluationApi.School;
import vn.thidua.testing.ThiduaTestResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.evaluation.EvaluationApi.as;
import static vn.thidua.evaluation.EvaluationApi.count;
import static vn.thidua.evaluation.EvaluationApi.school;

/** Bulk posting from school apps: 5,000 records, idempotent replays, per-record errors, atomic and partial, access. */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_evaluation_test"))
class EvaluationBulkTest {


    @BeforeAll
    static void unitTree() {
        EvaluationApi.unitTree();
    }

    static String path(School school) {
        return "/api/v1/cycles/" + school.cycleId() + "/evaluations:bulk";
    }

    /** The colon goes out as it is: RestAssured would send %3A, which the router does not match (hence /bulk). */
    static Response post(RequestSpecification caller, School school, String key, String mode, Object body) {
        RequestSpecification request = caller.urlEncodingEnabled(false).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (mode != null) {
            request.queryParam("mode", mode);
        }
        return request.when().post(path(school));
    }

    static Map<String, Object> record(String code, String rating, Map<String, Object> facts) {
        Map<String, Object> record = new HashMap<>();
        record.put("staffCode", code);
        if (rating != null) {
            record.put("rating", rating);
        }
        if (facts != null) {
            record.put("facts", facts);
        }
        return record;
    }

    /** Rows the cycle has in each table, to show that a call changed nothing. */
    Map<String, Long> counts(School school) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        counts.put("evaluation", count("select count(*) from evaluation where cycle_id = ?", school.cycleId()));
        counts.put("finalized", count("select count(*) from evaluation where cycle_id = ? and state = 'FINALIZED'",
                school.cycleId()));
        counts.put("facts", count("select count(*) from evaluation_facts f join evaluation e on e.id = f.evaluation_id "
                + "where e.cycle_id = ?", school.cycleId()));
        counts.put("audit", count("select count(*) from evaluation_audit a join evaluation e on e.id = a.evaluation_id "
                + "where e.cycle_id = ?", school.cycleId()));
        counts.put("events", count("select count(*) from outbox_event where payload like '%' || ? || '%'",
                school.cycleId().toString()));
        counts.put("revisions", count("select coalesce(sum(revision), 0) from evaluation where cycle_id = ?",
                school.cycleId()));
        return counts;
    }

    @Test
    void fiveThousandRecordsAreAcceptedAndAReplayAnswersTheSameAndChangesNothing() throws Exception {
        School school = school(5000);
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 1; i <= 5000; i++) {
            String rating = i % 10 == 0 ? "HTXS" : i % 10 <= 6 ? "HTT" : "HT";
            Map<String, Object> facts = null;
            if (i % 10 == 3) {
                facts = Map.of("leave", List.of(Map.of("kind", "MATERNITY", "from", "2022-10-03", "to", "2023-04-02")));
            } else if (i % 50 == 0) {
                facts = Map.of("initiatives", List.of(Map.of("title", "Sáng kiến số " + i, "level", "SCHOOL",
                        "recognisedOn", "15/05/2023")));
            }
            records.add(record(String.format("GV%02d", i), rating, facts));
        }
        Map<String, Object> body = Map.of("records", records);
        String key = "tramchim-" + UUID.randomUUID();
        Response first = post(as("school_app", school.unit()), school, key, null, body);
        first.then().statusCode(200).body("finalized", equalTo(5000)).body("rejected", equalTo(0))
                .body("results", hasSize(5000)).body("results[4999].status", equalTo("FINALIZED"))
                .body("results[4999].staffCode", equalTo("GV5000"));
        Map<String, Long> after = counts(school);
        assertEquals(5000L, after.get("evaluation"));
        assertEquals(5000L, after.get("finalized"));
        assertEquals(600L, after.get("facts"));
        assertEquals(5000L, after.get("audit"));
        assertEquals(5000L, after.get("events"));

        Response replay = post(as("school_app", school.unit()), school, key, null, body);
        replay.then().statusCode(200).header("Idempotency-Replayed", "true");
        assertEquals(first.asString(), replay.asString());
        assertEquals(after, counts(school));

        // The same key with another request is refused, and still nothing changes.
        records.set(0, record("GV01", "HT", null));
        post(as("school_app", school.unit()), school, key, null, Map.of("records", records)).then().statusCode(409)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        post(as("school_app", school.unit()), school, key, "partial", body).then().statusCode(409);
        assertEquals(after, counts(school));

        // A facts-derived value reached the evaluation: maternity leave counts as work.
        String staffId = as("principal", school.unit()).when()
                .get("/api/v1/evaluations/{id}", first.jsonPath().getString("results[12].evaluationId"))
                .then().statusCode(200).body("staffCode", equalTo("GV13")).extract().path("staffId");
        as("principal", school.unit()).when().get("/api/v1/cycles/{c}/staff/{s}/facts", school.cycleId(), staffId)
                .then().statusCode(200).body("monthsWorked", equalTo(12.0f)).body("leave[0].kind", equalTo("MATERNITY"))
                .body("state", equalTo("FINALIZED"));
    }

    @Test
    void badRecordsAreReportedByIndexAndFieldAtomicStoresNothingPartialStoresTheRest() throws Exception {
        School school = school(14);
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 2; i <= 14; i++) {
            records.add(record(String.format("GV%02d", i), "HTT", null));
        }
        records.set(3, record("GV05", "EXCELLENT", null));
        records.set(5, record("GV99", "HTT", null));
        records.set(7, record("GV09", "HT", Map.of("leave", List.of(Map.of("kind", "SICK", "from", "2023-03-01",
                "to", "2023-01-31")), "discipline", List.of(Map.of("form", "WARNING", "date", "31/02/2023")))));
        records.set(9, record("GV11", "HTT", Map.of("leave", List.of(Map.of("kind", "SICK", "from", "2022-09-01",
                "to", "2023-03-31")))));
        records.set(10, record("GV12", null, Map.of("initiatives", List.of(Map.of("title", "Dạy học STEM",
                "level", "OFFICE", "recognisedOn", "2023-04-20")))));
        records.set(11, record("GV02", "HTT", null));
        Map<String, Object> body = Map.of("records", records);
        Map<String, Long> before = counts(school);

        String key = UUID.randomUUID().toString();
        Response refused = post(as("principal", school.unit()), school, key, null, body);
        refused.then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://thidua.vn/problems/bulk-rejected"))
                .body("rejected", equalTo(5)).body("finalized", equalTo(0))
                .body("errors.field", hasItems("records[3].rating", "records[5].staffCode", "records[7].facts.leave[0].to",
                        "records[7].facts.discipline[0].date", "records[9].rating", "records[11].staffCode"))
                .body("results[3].status", equalTo("REJECTED")).body("results[3].errors[0].field",
                        equalTo("records[3].rating"))
                .body("results[0].status", equalTo("VALID")).body("results[9].errors[0].message",
                        containsString("NOT_RATED"))
                .body("results[11].errors[0].message", containsString("records[0]"));
        assertEquals(before, counts(school));
        // The refusal is the answer to that key too.
        Response again = post(as("principal", school.unit()), school, key, null, body);
        assertEquals(422, again.statusCode());
        assertEquals(refused.asString(), again.asString());

        Response partial = post(as("principal", school.unit()), school, UUID.randomUUID().toString(), "partial", body);
        partial.then().statusCode(200).body("mode", equalTo("partial")).body("rejected", equalTo(5))
                .body("finalized", equalTo(7)).body("factsUpdated", equalTo(1))
                .body("results[10].status", equalTo("FACTS_UPDATED")).body("results[3].evaluationId", nullValue());
        Map<String, Long> stored = counts(school);
        assertEquals(8L, stored.get("evaluation"));
        assertEquals(7L, stored.get("finalized"));
        String gv12 = partial.jsonPath().getString("results[10].evaluationId");
        as("principal", school.unit()).when().get("/api/v1/evaluations/{id}", gv12).then().statusCode(200)
                .body("state", equalTo("DRAFT"));
        as("principal", school.unit()).when().get("/api/v1/evaluations/{id}/audit", gv12).then().statusCode(200)
                .body("action", equalTo(List.of("BULK"))).body("[0].after.facts.initiatives[0].level", equalTo("OFFICE"));

        // Sent again: the same ratings are unchanged; a different one on a finalised evaluation needs a reopen.
        List<Map<String, Object>> next = List.of(record("GV03", "HTT", null), record("GV04", "HT", null),
                record("GV12", "HTT", null));
        post(as("principal", school.unit()), school, UUID.randomUUID().toString(), "partial", Map.of("records", next))
                .then().statusCode(200)
                .body("results.status", equalTo(List.of("UNCHANGED", "REJECTED", "FINALIZED")))
                .body("results[1].errors[0].message", containsString("mở lại"));
        // Reopened through the API, finalised again in bulk (one outbox batch): all keyed by the cycle, one slot.
        String gv04 = partial.jsonPath().getString("results[2].evaluationId");
        as("principal", school.unit()).contentType(ContentType.JSON).body(Map.of("reason", "Sửa xếp loại"))
                .when().post("/api/v1/evaluations/{id}/reopen", gv04).then().statusCode(200);
        post(as("principal", school.unit()), school, UUID.randomUUID().toString(), null,
                Map.of("records", List.of(record("GV04", "HT", null)))).then().statusCode(200)
                .body("results[0].status", equalTo("FINALIZED"));
        assertEquals(3L, count("select count(*) from outbox_event where payload::jsonb ->> 'subject' = ?", gv04));
        assertEquals(3L, count("select count(*) from outbox_event where payload::jsonb ->> 'subject' = ? "
                + "and message_key = ?", gv04, school.cycleId().toString()));
        assertEquals(1L, count("select count(distinct slot) from outbox_event where message_key = ?",
                school.cycleId().toString()));

        // The finalised evaluations' events are on the broker and keep the contract.
        Set<String> ids = partial.jsonPath().<Map<String, Object>>getList("results").stream()
                .filter(r -> "FINALIZED".equals(r.get("status"))).map(r -> (String) r.get("evaluationId"))
                .collect(Collectors.toSet());
        List<ConsumerRecord<String, String>> events = EvaluationApi.evaluationEvents(ids, ids.size());
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(Set.of(), EventContracts.validate(event.value()), event.value());
        }
        JsonNode one = EvaluationFlowTest.read(events.get(0).value());
        assertEquals("vn.thidua.evaluation.finalized.v1", one.get("type").asText());
        assertEquals("HTT", one.get("data").get("rating").asText());
        assertEquals("user@" + school.unit(), one.get("data").get("finalizedBy").asText());
    }

    /** The bulk path goes through the same policy as the single one: the 3-to-6-months cap, pending, counted as work. */
    @Test
    void theLawsLeaveAndDisciplineRulesHoldInBulkToo() throws Exception {
        School school = school(6);
        List<Map<String, Object>> records = List.of(
                record("GV02", "HTT", Map.of("leave", List.of(Map.of("kind", "SICK", "from", "2022-09-01",
                        "to", "2022-12-31")))),
                record("GV03", "HTT", Map.of("discipline", List.of(Map.of("form", "WARNING", "date", "2023-04-03",
                        "pending", true)))),
                record("GV04", "HTT", Map.of("leave", List.of(Map.of("kind", "COUNTED_AS_WORK", "from", "2022-09-01",
                        "to", "2023-01-31")))),
                record("GV05", "HTT", Map.of("discipline", List.of(Map.of("form", "WARNING", "date", "2023-04-03",
                        "pending", "maybe")))),
                record("GV06", "HT", Map.of("leave", List.of(Map.of("kind", "SICK", "from", "2022-09-01",
                        "to", "2022-12-31")))));
        Response answer = post(as("school_app", school.unit()), school, UUID.randomUUID().toString(), "partial",
                Map.of("records", records));
        answer.then().statusCode(200).body("finalized", equalTo(3)).body("rejected", equalTo(2))
                .body("results.status", equalTo(List.of("REJECTED", "FINALIZED", "FINALIZED", "REJECTED", "FINALIZED")))
                .body("results[0].errors[0].field", equalTo("records[0].rating"))
                .body("results[0].errors[0].message", containsString("Nghỉ 4 tháng (3 đến dưới 6 tháng): không xếp loại "
                        + "từ Hoàn thành tốt trở lên"))
                .body("results[3].errors[0].field", equalTo("records[3].facts.discipline[0].pending"));
        String gv03 = answer.jsonPath().getString("results[1].evaluationId");
        ConsumerRecord<String, String> event = EvaluationApi.evaluationEvents(Set.of(gv03), 1).get(0);
        assertEquals(Set.of(), EventContracts.validate(event.value()), event.value());
        assertTrue(event.value().contains("\"pending\":true"), event.value());
    }

    @Test
    void theHtxsShareHoldsOverTheWholeCall() throws Exception {
        School school = school(12);
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            records.add(record(String.format("GV%02d", i), i <= 3 ? "HTXS" : "HTT", null));
        }
        post(as("school_app", school.unit()), school, UUID.randomUUID().toString(), null, Map.of("records", records))
                .then().statusCode(422).body("errors", hasSize(1)).body("errors[0].field", equalTo("records[2].rating"))
                .body("errors[0].message", containsString("đã có 3/12"))
                .body("errors[0].message", containsString("tối đa 2"));
        assertEquals(0L, counts(school).get("evaluation"));
        post(as("school_app", school.unit()), school, UUID.randomUUID().toString(), "partial",
                Map.of("records", records)).then().statusCode(200).body("finalized", equalTo(11))
                .body("results[2].status", equalTo("REJECTED"));
    }

    @Test
    void onlyThePrincipalOrSoftwareOfTheSchoolPostsAndAKeyIsRequired() throws Exception {
        School school = school(3);
        Map<String, Object> body = Map.of("records", List.of(record("GV02", "HTT", null)));
        post(as("principal", EvaluationApi.OTHER_SCHOOL), school, "k1", null, body).then().statusCode(403)
                .contentType("application/problem+json");
        post(as("school_app", EvaluationApi.OTHER_SCHOOL), school, "k1", null, body).then().statusCode(403);
        post(as("district", EvaluationApi.OFFICE), school, "k1", null, body).then().statusCode(403);
        post(school.staff("GV02"), school, "k1", null, body).then().statusCode(403);
        post(school.leader(), school, "k1", null, body).then().statusCode(403);
        assertEquals(0L, counts(school).get("evaluation"));

        post(as("school_app", school.unit()), school, null, null, body).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        post(as("school_app", school.unit()), school, "k1", "some", body).then().statusCode(400)
                .body("errors[0].field", equalTo("mode"));
        post(as("school_app", school.unit()), school, "k1", null, Map.of("records", List.of())).then().statusCode(400);
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            tooMany.add(record("GV02", "HT", null));
        }
        post(as("school_app", school.unit()), school, "k1", null, Map.of("records", tooMany)).then().statusCode(413)
                .body("errors[0].field", equalTo("records"));
        post(as("school_app", school.unit()), school, "k1", null, "{\"records\":[{\"staffCode\":\"GV02\",\"facts\":[]}]}")
                .then().statusCode(400);
        assertEquals(0L, counts(school).get("evaluation"));
        // The key was never claimed by those refusals.
        post(as("school_app", school.unit()), school, "k1", null, body).then().statusCode(200)
                .body("finalized", equalTo(1));
        assertTrue(counts(school).get("finalized") == 1L);
        as("school_app", school.unit()).urlEncodingEnabled(false).contentType(ContentType.JSON)
                .header("Idempotency-Key", "k2").body(body)
                .when().post("/api/v1/cycles/" + UUID.randomUUID() + "/evaluations:bulk").then().statusCode(404);
        // The alias for clients that encode the colon: the same key and body replay the same answer.
        as("school_app", school.unit()).contentType(ContentType.JSON).header("Idempotency-Key", "k1").body(body)
                .when().post("/api/v1/cycles/" + school.cycleId() + "/evaluations/bulk").then().statusCode(200)
                .header("Idempotency-Replayed", "true").body("finalized", equalTo(1));
    }
}
