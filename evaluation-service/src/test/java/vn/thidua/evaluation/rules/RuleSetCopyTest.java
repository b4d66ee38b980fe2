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

    @BeforeAll
    static void rules() {
        EvaluationApi.unitTree();
        EvaluationApi.ruleSet(GENEROUS, "2023-01-01", "2023-12-31", 50);
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
