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
 * under the version in force on the first day of its school year (award-service's day for the same
 * cycle's eligibility), whenever it is finalised, and stays on it.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_evaluation_test"))
class RuleSetCopyTest {

    // Each in force only in a year no other test's cycle starts in, and all starting after the shipped
    // 2024.1, which so stays the earliest: the version the 2022-2023 cycles of other tests fall back to.
    // In force in 2027: the cycles of 2027-2028.
    private static final String GENEROUS = "TEST-2027-HTXS50";
    // In force in 2028: absence thresholds of its own (2 and 4 months instead of 3 and 6).
    private static final String STRICT = "TEST-2028-RATING";
    // In force in 2029 and 2030: the HTXS share of those rated HTT; per group of staff.
    private static final String OF_HTT = "TEST-2029-BASE-HTT";
    private static final String PER_GROUP = "TEST-2030-SCOPE-GROUP";
    // In force from January to August 2025, after 2024-2025 began and ending before 2025-2026 begins:
    // the first day of no school year falls in it, only finalisations do.
    private static final String LATER = "TEST-2025-JAN-AUG-HTXS50";

    @BeforeAll
    static void rules() {
        EvaluationApi.unitTree();
        EvaluationApi.ruleSet(GENEROUS, "2027-01-01", "2027-12-31", 50);
        EvaluationApi.ruleSet(STRICT, "2028-01-01", "2028-12-31", 20,
                Map.of("rating.cappedAbsenceMonths", 2, "rating.notRatedAbsenceMonths", 4));
        EvaluationApi.ruleSet(OF_HTT, "2029-01-01", "2029-12-31", 20, Map.of("htxs.shareBase", "HTT"));
        EvaluationApi.ruleSet(PER_GROUP, "2030-01-01", "2030-12-31", 20,
                Map.of("htxs.shareBase", "HTT_AND_ABOVE", "htxs.shareScope", "STAFF_GROUP"));
        EvaluationApi.ruleSet(LATER, "2025-01-01", "2025-08-31", 50);
    }

    private static Map<String, Object> rated(String code, String rating) {
        return Map.of("staffCode", code, "rating", rating);
    }

    @Test
    void theHtxsShareIsTakenOfThoseRatedHttWhenTheRuleSetSaysSo() throws Exception {
        // One HTXS and four HTT: 20 % of the five rated at least HTT allows it, 20 % of the four HTT does not.
        List<Map<String, Object>> records = List.of(rated("GV02", "HTXS"), rated("GV03", "HTT"), rated("GV04", "HTT"),
                rated("GV05", "HTT"), rated("GV06", "HTT"));
        School ofHtt = school(6, "2029-2030");
        bulk(ofHtt, records).then().statusCode(200).body("finalized", org.hamcrest.Matchers.equalTo(4))
                .body("results[0].status", org.hamcrest.Matchers.equalTo("REJECTED"))
                .body("results[0].errors[0].message", org.hamcrest.Matchers.containsString(
                        "so với 4 người hoàn thành tốt, tối đa 0"));
        assertPinned(ofHtt, OF_HTT);

        School shipped = school(6, "2026-2027");
        bulk(shipped, records).then().statusCode(200).body("finalized", org.hamcrest.Matchers.equalTo(5));
        assertPinned(shipped, EvaluationApi.SHIPPED_RULE_SET);
    }

    @Test
    void theHtxsShareIsCountedPerGroupOfStaffWhenTheRuleSetSaysSo() throws Exception {
        // GV02–GV08 are Tổ 4-5, GV09–GV14 Tổ 1. Two HTXS in Tổ 4-5 of its 7: over the school 2 of 13 is
        // allowed (at most 2), within the group at most 1.
        List<Map<String, Object>> records = new java.util.ArrayList<>(List.of(rated("GV02", "HTXS"),
                rated("GV03", "HTXS")));
        for (int i = 4; i <= 14; i++) {
            records.add(rated(String.format("GV%02d", i), "HTT"));
        }
        School perGroup = school(14, "2030-2031");
        bulk(perGroup, records.subList(0, 12)).then().statusCode(200)
                .body("finalized", org.hamcrest.Matchers.equalTo(11))
                .body("results[1].status", org.hamcrest.Matchers.equalTo("REJECTED"))
                .body("results[1].errors[0].message", org.hamcrest.Matchers.containsString("trong tổ TO-4-5"));
        assertPinned(perGroup, PER_GROUP);
        // The principal's single rating counts the same group: GV14 (Tổ 1) may be HTXS, GV03 (Tổ 4-5) not.
        EvaluationApi.openEvaluations(perGroup);
        String gv03 = EvaluationApi.reviewed(perGroup, "GV03");
        EvaluationApi.rate(perGroup, gv03, "HTXS").response().then().statusCode(422)
                .body("type", org.hamcrest.Matchers.equalTo("https://thidua.vn/problems/htxs-share"))
                .body("detail", org.hamcrest.Matchers.containsString("trong tổ TO-4-5"));
        String gv14 = EvaluationApi.reviewed(perGroup, "GV14");
        EvaluationApi.rate(perGroup, gv14, "HTXS").response().then().statusCode(200);

        School school = school(14, "2026-2027");
        bulk(school, records).then().statusCode(200).body("finalized", org.hamcrest.Matchers.equalTo(13));
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
        School strict = school(4, "2028-2029");
        List<Map<String, Object>> records = List.of(sick("GV02", "HTT", "2028-09-01", "2028-10-31"),
                sick("GV03", "HTT", "2028-09-01", "2028-12-31"), sick("GV04", "HT", "2028-09-01", "2028-10-31"));
        bulk(strict, records).then().statusCode(200)
                .body("results.status", org.hamcrest.Matchers.equalTo(List.of("REJECTED", "REJECTED", "FINALIZED")))
                .body("results[0].errors[0].message", org.hamcrest.Matchers.startsWith(
                        "Nghỉ 2 tháng (2 đến dưới 4 tháng): không xếp loại từ Hoàn thành tốt trở lên"))
                .body("results[1].errors[0].message", org.hamcrest.Matchers.containsString("từ 4 tháng trở lên"));
        assertPinned(strict, STRICT);

        // The shipped test version has no rating.* parameters: 3 and 6 months.
        // Their leave is outside this year, so the same records cannot tell its thresholds: dated in it.
        School shipped = school(4, "2026-2027");
        records = List.of(sick("GV02", "HTT", "2026-09-01", "2026-10-31"),
                sick("GV03", "HTT", "2026-09-01", "2026-12-31"), sick("GV04", "HT", "2026-09-01", "2026-10-31"));
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
    void aCycleWhoseYearBeganBeforeEveryVersionTakesTheEarliestAndItsShare() throws Exception {
        // 2022-2023 began on 1 September 2022, before the shipped 2024.1 took effect: the earliest applies.
        School school = school(4, "2022-2023");
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
    void aCycleWhoseYearBeganUnderAnotherVersionTakesThatVersion() throws Exception {
        // 2027-2028 began on 1 September 2027, when the generous version was in force; finalised today.
        School school = school(4, "2027-2028");
        Response answer = postTwoHtxsOfFour(school);
        assertEquals(200, answer.statusCode(), answer.asString());
        assertEquals(2, count("select count(*) from evaluation where cycle_id = ? and final_rating = 'HTXS'",
                school.cycleId()));
        assertPinned(school, GENEROUS);
    }

    @Test
    void aCycleFinalisedAfterALaterVersionTookEffectKeepsTheVersionOfItsYearsFirstDay() throws Exception {
        // 2024-2025 began under the shipped 2024.1 (20 %); on 15 June 2025 the generous LATER (50 %) is in force.
        School school = school(4, "2024-2025");
        at("2025-06-15T03:00:00Z");
        Response answer = postTwoHtxsOfFour(school);
        assertEquals(422, answer.statusCode(), answer.asString());
        assertEquals(0, count("select count(*) from evaluation where cycle_id = ? and state = 'FINALIZED'",
                school.cycleId()));
        Response one = as("school_app", school.unit()).urlEncodingEnabled(false).contentType(ContentType.JSON)
                .header("Idempotency-Key", "rules-" + UUID.randomUUID())
                .body(Map.of("records", List.of(Map.of("staffCode", "GV03", "rating", "HTT"))))
                .when().post("/api/v1/cycles/" + school.cycleId() + "/evaluations:bulk");
        assertEquals(200, one.statusCode(), one.asString());
        assertPinned(school, EvaluationApi.SHIPPED_RULE_SET);
    }

    @Test
    void aVersionIsCopiedOnceAndNeverChanged() throws Exception {
        UUID again = UUID.randomUUID();
        TestKafka.send(EvaluationApi.kafka(), "thidua.rules.v1", GENEROUS,
                Events.ruleSetPublished(again, GENEROUS, "2027-01-01", "2027-12-31", 5));
        // Applied (recorded as processed) and yet the copy keeps the first content.
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from processed_event where event_id = ?", again) == 1);
        assertEquals(1, count("select count(*) from rule_set_copy where version = ? "
                + "and parameters @> '[{\"key\":\"htxs.maxSharePercent\",\"value\":50}]'", GENEROUS));
    }
}
