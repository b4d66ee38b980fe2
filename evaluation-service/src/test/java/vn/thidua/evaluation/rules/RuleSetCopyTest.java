package vn.thidua.evaluation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.awaitility.Awaitility.await;
import static vn.thidua.evaluation.EvaluationApi.as;
import static vn.thidua.evaluation.EvaluationApi.count;
import static vn.thidua.evaluation.EvaluationApi.school;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.evaluation.EvaluationApi;
import vn.thidua.evaluation.Events;
import vn.thidua.testing.TestKafka;
import vn.thidua.evaluation.EvaluationApi.School;
import vn.thidua.platform.time.TimeSource;
import vn.thidua.testing.ThiduaTestResource;

/**
 * The HTXS share comes from award-service's rule sets, copied from thidua.rules.v1: a cycle is checked
 * under the version in force at its first finalisation, and stays on it.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_evaluation_test"))
class RuleSetCopyTest {

    // In force only in 2023, so no other test's cycle (finalised today) ever lands on it.
    private static final String GENEROUS = "TEST-2023-HTXS50";
    // In force only in 2021: absence thresholds of its own (2 and 4 months instead of 3 and 6).
    private static final String STRICT = "TEST-2021-RATING";

    @BeforeAll
    static void rules() {
        EvaluationApi.unitTree();
        EvaluationApi.ruleSet(GENEROUS, "2023-01-01", "2023-12-31", 50);
        EvaluationApi.ruleSet(STRICT, "2021-01-01", "2021-12-31", 20,
                Map.of("rating.cappedAbsenceMonths", 2, "rating.notRatedAbsenceMonths", 4));
    }

    private static void at(String instant) {
        QuarkusMock.installMockForType(new TimeSource(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)),
                TimeSource.class);
    }

    private static Response bulk(School school, List<Map<String, Object>> records) {
        return as("school_app", school.unit()).urlEncodingEnabled(false).contentType(ContentType.JSON)
                .header("Idempotency-Key", "rules-" + UUID.randomUUID()).body(Map.of("records", records))
                .queryParam("mode", "partial").when().post("/api/v1/cycles/" + school.cycleId() + "/evaluations:bulk");
    }

    private static Map<String, Object> sick(String code, String rating, String from, String to) {
        return Map.of("staffCode", code, "rating", rating,
                "facts", Map.of("leave", List.of(Map.of("kind", "SICK", "from", from, "to", to))));
    }

    @Test
    void theRatingThresholdsAreTheRuleSetsAndDefaultWhenItHasNone() throws Exception {
        // Pinned to the strict version: 2 months off caps the rating at HT, 4 months is not rated.
        School strict = school(4);
        at("2021-06-15T03:00:00Z");
        List<Map<String, Object>> records = List.of(sick("GV02", "HTT", "2022-09-01", "2022-10-31"),
                sick("GV03", "HTT", "2022-09-01", "2022-12-31"), sick("GV04", "HT", "2022-09-01", "2022-10-31"));
        bulk(strict, records).then().statusCode(200)
                .body("results.status", org.hamcrest.Matchers.equalTo(List.of("REJECTED", "REJECTED", "FINALIZED")))
                .body("results[0].errors[0].message", org.hamcrest.Matchers.startsWith(
                        "Nghỉ 2 tháng (2 đến dưới 4 tháng): không xếp loại từ Hoàn thành tốt trở lên"))
                .body("results[1].errors[0].message", org.hamcrest.Matchers.containsString("từ 4 tháng trở lên"));
        assertPinned(strict, STRICT);

        // The shipped test version has no rating.* parameters: 3 and 6 months.
        School shipped = school(4);
        at("2026-06-15T03:00:00Z");
        bulk(shipped, records).then().statusCode(200)
                .body("results.status", org.hamcrest.Matchers.equalTo(List.of("FINALIZED", "REJECTED", "FINALIZED")))
                .body("results[1].errors[0].message", org.hamcrest.Matchers.startsWith(
                        "Nghỉ 4 tháng (3 đến dưới 6 tháng)"));
        assertPinned(shipped, EvaluationApi.SHIPPED_RULE_SET);
    }

    /** Two HTXS of four rated HTT or better: 0 allowed at 20 %, 2 at 50 %. */
    private static Response postTwoHtxsOfFour(School school) {
        List<Map<String, Object>> records = List.of(
                Map.of("staffCode", "GV01", "rating", "HTXS"), Map.of("staffCode", "GV02", "rating", "HTXS"),
                Map.of("staffCode", "GV03", "rating", "HTT"), Map.of("staffCode", "GV04", "rating", "HTT"));
        return as("school_app", school.unit()).urlEncodingEnabled(false).contentType(ContentType.JSON)
                .header("Idempotency-Key", "rules-" + UUID.randomUUID()).body(Map.of("records", records))
                .when().post("/api/v1/cycles/" + school.cycleId() + "/evaluations:bulk");
    }

    private static void assertPinned(School school, String version) throws Exception {
        assertEquals(1, count("select count(*) from cycle_rule_set where cycle_id = ?", school.cycleId()));
        assertEquals(1, count("select count(*) from cycle_rule_set where cycle_id = ? and version = ?",
                school.cycleId(), version), "pinned to " + version);
    }

    @Test
    void aCycleFinalisedTodayTakesTheVersionInForceTodayAndItsShare() throws Exception {
        School school = school(4);
        Response answer = postTwoHtxsOfFour(school);
        assertEquals(422, answer.statusCode(), answer.asString());
        assertEquals(0, count("select count(*) from evaluation where cycle_id = ? and state = 'FINALIZED'",
                school.cycleId()));
        Response allowed = as("school_app", school.unit()).urlEncodingEnabled(false).contentType(ContentType.JSON)
                .header("Idempotency-Key", "rules-" + UUID.randomUUID())
                .body(Map.of("records", List.of(Map.of("staffCode", "GV03", "rating", "HTT"))))
                .when().post("/api/v1/cycles/" + school.cycleId() + "/evaluations:bulk");
        assertEquals(200, allowed.statusCode(), allowed.asString());
        assertPinned(school, EvaluationApi.SHIPPED_RULE_SET);
    }

    @Test
    void aCycleFirstFinalisedWhileAnotherVersionWasInForceKeepsThatVersion() throws Exception {
        School school = school(4);
        // The school finalises on 15 June 2023, when only the generous version is in force.
        QuarkusMock.installMockForType(new TimeSource(Clock.fixed(Instant.parse("2023-06-15T03:00:00Z"), ZoneOffset.UTC)),
                TimeSource.class);
        Response answer = postTwoHtxsOfFour(school);
        assertEquals(200, answer.statusCode(), answer.asString());
        assertEquals(2, count("select count(*) from evaluation where cycle_id = ? and final_rating = 'HTXS'",
                school.cycleId()));
        assertPinned(school, GENEROUS);
    }

    @Test
    void aVersionIsCopiedOnceAndNeverChanged() throws Exception {
        UUID again = UUID.randomUUID();
        TestKafka.send(EvaluationApi.kafka(), "thidua.rules.v1", GENEROUS,
                Events.ruleSetPublished(again, GENEROUS, "2023-01-01", "2023-12-31", 5));
        // Applied (recorded as processed) and yet the copy keeps the first content.
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from processed_event where event_id = ?", again) == 1);
        assertEquals(1, count("select count(*) from rule_set_copy where version = ? "
                + "and parameters @> '[{\"key\":\"htxs.maxSharePercent\",\"value\":50}]'", GENEROUS));
    }
}
