package vn.thidua.award.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.contracts.EventContracts;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finalized and reopened evaluations through the real broker recompute a cycle's eligibility, once
 * per event; the explanation is served per role and the snapshot is emitted under its contract.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
public class EligibilityFlowTest {

    static final ObjectMapper JSON = new ObjectMapper();
    public static final String SCHOOL = "TH-TRAMCHIM2";
    public static final String YEAR = "2024-2025";
    static final String FINALIZED_AT = "2025-05-26T09:00:00Z";

    @BeforeAll
    static void units() {
        AwardApi.units();
    }

    /** The application runs from here on (not yet in @BeforeAll). */
    @BeforeEach
    void unitTreeKnown() {
        AwardApi.awaitUnitTree();
    }

    static JsonPath cycle(UUID cycleId, String token) {
        return given().auth().oauth2(token).queryParam("cycle", cycleId).when().get("/api/v1/eligibility")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The cycle once {@code events} evaluation events are applied and in its results. */
    public static JsonPath awaitCycle(UUID cycleId, int events) {
        String principal = AwardApi.token("principal", SCHOOL);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().auth().oauth2(principal).queryParam("cycle", cycleId).get("/api/v1/eligibility");
            return response.statusCode() == 200 && response.jsonPath().getInt("[0].eventsApplied") >= events
                    && response.jsonPath().getBoolean("[0].current");
        });
        JsonPath cycle = cycle(cycleId, principal);
        assertEquals(events, cycle.getInt("[0].eventsApplied"), "each event applied once");
        int computations = cycle.getInt("[0].computations");
        assertTrue(computations >= 1 && computations <= events, "at most one computation per event: " + computations);
        return cycle;
    }

    static List<String> eligibleOf(JsonPath cycle, UUID staffId) {
        return cycle.getList("[0].staff.find { it.staffId == '" + staffId + "' }.eligible");
    }

    static List<String> collective(JsonPath cycle, String code) {
        return cycle.getList("[0].collectives.find { it.code == '" + code + "' }.eligible");
    }

    /**
     * Eight staff: A (HTXS, school initiative), six HTT, H hired late (5 months). 7 LĐTT → 15 % = 1
     * CSTĐCS place, A's. TO-KHOI-1 = A, B, C, D; TO-KHOI-2 = E, F, G, H.
     */
    public static List<Finalized> school(UUID cycleId) {
        List<Finalized> staff = new ArrayList<>();
        staff.add(Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT).rated("HTXS").schoolInitiative("2025-05-12"));
        IntStream.range(0, 3).forEach(i -> staff.add(Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT)));
        IntStream.range(0, 3).forEach(i -> staff.add(Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT).group("TO-KHOI-2")));
        staff.add(Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT).group("TO-KHOI-2").months(5));
        return staff;
    }

    @Test
    void finalizedEvaluationsAreComputedOnceExplainedAndEmitted() throws Exception {
        UUID cycleId = UUID.randomUUID();
        List<Finalized> staff = school(cycleId);
        Finalized a = staff.get(0);
        Finalized h = staff.get(7);
        String firstOfA = a.json();
        AwardApi.send(a.evaluationId(), firstOfA);
        staff.subList(1, 8).forEach(Finalized::send);
        // The same event again, then a reopening behind it on the same key: once the reopening is
        // applied the duplicate has been seen, and must not have counted.
        AwardApi.send(a.evaluationId(), firstOfA);
        AwardApi.send(a.evaluationId(), AwardApi.reopened(a, "2025-05-29T02:10:00Z"));

        JsonPath reopened = awaitCycle(cycleId, 9);
        assertEquals(7, reopened.getList("[0].staff").size(), "A is withdrawn");
        assertEquals("2024.1", reopened.getString("[0].ruleSetVersion"));
        // Without A: 6 LĐTT of 7, 15 % of 6 rounds down to 0 places, no CSTĐCS: TTLĐTT only.
        assertEquals(List.of("TTLDTT"), collective(reopened, "TO-KHOI-1"));
        assertEquals(List.of("TTLDTT"), collective(reopened, SCHOOL));

        // Finalized again, later, with the same facts: A is back.
        AwardApi.send(a.evaluationId(), a.at("2025-05-30T08:00:00Z").json());
        JsonPath cycle = awaitCycle(cycleId, 10);
        assertEquals(8, cycle.getList("[0].staff").size());
        assertEquals(List.of("LDTT", "CSTDCS", "GIAY_KHEN"), eligibleOf(cycle, a.staffId()));
        assertEquals(List.of("LDTT"), eligibleOf(cycle, staff.get(1).staffId()));
        assertEquals(List.of(), eligibleOf(cycle, h.staffId()));
        // TO-KHOI-1: 4/4 LĐTT and A's CSTĐCS; TO-KHOI-2: 3/4, no CSTĐCS; the school: 7/8 and A.
        assertEquals(List.of("TTLDTT", "TTLDXS"), collective(cycle, "TO-KHOI-1"));
        assertEquals(List.of("TTLDTT"), collective(cycle, "TO-KHOI-2"));
        assertEquals(List.of("TTLDTT", "TTLDXS"), collective(cycle, SCHOOL));

        // The explanation of H, as H's school reads it.
        String hPath = "[0].staff.find { it.staffId == '" + h.staffId() + "' }.titles.find { it.title == 'LDTT' }"
                + ".conditions.find { it.code == 'LDTT_MONTHS_WORKED' }";
        assertEquals(false, cycle.getBoolean(hPath + ".passed"));
        assertEquals("5 tháng", cycle.getString(hPath + ".actual"));
        assertTrue(cycle.getString(hPath + ".legalBasis").contains("Luật TĐKT 2022, Điều 24"));
        String quota = "[0].staff.find { it.staffId == '" + a.staffId() + "' }.titles.find { it.title == 'CSTDCS' }"
                + ".conditions.find { it.code == 'CSTDCS_QUOTA' }";
        assertEquals(true, cycle.getBoolean(quota + ".passed"));
        assertTrue(cycle.getString(quota + ".expected").contains("15 % của 7 LĐTT"), cycle.getString(quota + ".expected"));
        assertEquals("CSTDCS_SHARE", cycle.getString("[0].unitChecks[0].code"));

        // Emitted: one snapshot per computation, each valid against its contract; the last is current.
        int computations = cycle.getInt("[0].computations");
        await().atMost(Duration.ofSeconds(30)).until(() -> AwardApi.awardEvents(cycleId).size() >= computations);
        List<ConsumerRecord<String, String>> events = AwardApi.awardEvents(cycleId);
        assertEquals(computations, events.size());
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(Set.of(), EventContracts.validate(event.value()));
        }
        JsonNode last = JSON.readTree(events.get(events.size() - 1).value());
        assertEquals("vn.thidua.award.eligibility-computed.v1", last.get("type").asText());
        assertEquals(SCHOOL, last.get("unit").asText());
        assertEquals(YEAR, last.get("schoolyear").asText());
        assertEquals("2024.1", last.at("/data/ruleSetVersion").asText());
        assertEquals(11, last.at("/data/subjects").size(), "8 staff, 2 groups, the school");
        JsonNode subjectA = null;
        for (JsonNode subject : last.at("/data/subjects")) {
            if (subject.get("subjectId").asText().equals(a.staffId().toString())) {
                subjectA = subject;
            }
        }
        assertEquals("STAFF", subjectA.get("subjectType").asText());
        assertEquals("[\"LDTT\",\"CSTDCS\",\"GIAY_KHEN\"]", subjectA.get("eligible").toString());
        // Everything has settled (the reader waited for a quiet second): nothing more applied or computed.
        JsonPath settled = cycle(cycleId, AwardApi.token("principal", SCHOOL));
        assertEquals(10, settled.getInt("[0].eventsApplied"));
        assertEquals(computations, settled.getInt("[0].computations"));
    }

    @Test
    void eachReadsOnlyWhatItsRoleAndUnitReach() {
        UUID cycleId = UUID.randomUUID();
        List<Finalized> staff = school(cycleId);
        staff.forEach(Finalized::send);
        int computations = awaitCycle(cycleId, 8).getInt("[0].computations");
        Finalized a = staff.get(0);

        given().queryParam("cycle", cycleId).when().get("/api/v1/eligibility").then().statusCode(401);
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).queryParam("cycle", cycleId)
                .when().get("/api/v1/eligibility").then().statusCode(403);
        given().auth().oauth2(AwardApi.token("district", "PGD-CAOLANH")).queryParam("cycle", cycleId)
                .when().get("/api/v1/eligibility").then().statusCode(403);
        given().auth().oauth2(AwardApi.token("district", "PGD-TAMNONG"))
                .queryParam("unit", SCHOOL).queryParam("schoolYear", YEAR)
                .when().get("/api/v1/eligibility").then().statusCode(200)
                .body("find { it.cycleId == '" + cycleId + "' }.staff", hasSize(8));
        given().auth().oauth2(AwardApi.token("council", SCHOOL)).queryParam("cycle", cycleId)
                .when().get("/api/v1/eligibility").then().statusCode(200).body("[0].collectives", hasSize(3));
        given().auth().oauth2(AwardApi.token("school_app", SCHOOL)).queryParam("cycle", cycleId)
                .when().get("/api/v1/eligibility").then().statusCode(403);
        given().auth().oauth2(AwardApi.token("principal", SCHOOL)).when().get("/api/v1/eligibility")
                .then().statusCode(400).body("errors[0].field", equalTo("cycle"));
        given().auth().oauth2(AwardApi.token("principal", SCHOOL)).queryParam("cycle", UUID.randomUUID())
                .when().get("/api/v1/eligibility").then().statusCode(404);

        // Staff: their own result only, found by the token's 'staff' claim.
        String ownToken = AwardApi.staffToken(SCHOOL, a.staffId());
        given().auth().oauth2(ownToken).queryParam("cycle", cycleId).when().get("/api/v1/eligibility")
                .then().statusCode(200).body("[0].staff", hasSize(1))
                .body("[0].staff[0].staffId", equalTo(a.staffId().toString()))
                .body("[0].collectives", empty()).body("[0].unitChecks", empty());
        given().auth().oauth2(ownToken).when().get("/api/v1/eligibility/staff/" + a.staffId())
                .then().statusCode(200).body("[0].eligible", equalTo(List.of("LDTT", "CSTDCS", "GIAY_KHEN")))
                .body("[0].titles.find { it.title == 'LDTT' }.name", equalTo("Lao động tiên tiến"));
        given().auth().oauth2(ownToken).when().get("/api/v1/eligibility/staff/" + staff.get(1).staffId())
                .then().statusCode(403);
        given().auth().oauth2(AwardApi.token("staff", SCHOOL)).queryParam("cycle", cycleId)
                .when().get("/api/v1/eligibility").then().statusCode(200).body("[0].staff", empty());
        given().auth().oauth2(AwardApi.staffToken("TH-HOAAN", a.staffId()))
                .when().get("/api/v1/eligibility/staff/" + a.staffId()).then().statusCode(403);
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN"))
                .when().get("/api/v1/eligibility/staff/" + a.staffId()).then().statusCode(403);
        given().auth().oauth2(AwardApi.token("principal", SCHOOL))
                .when().get("/api/v1/eligibility/staff/" + UUID.randomUUID()).then().statusCode(404)
                .body("title", containsString("not found"));

        // Recomputation on request: the school's principal or an office above, not another school.
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN"))
                .when().post("/api/v1/eligibility/cycles/" + cycleId + "/recompute").then().statusCode(403);
        given().auth().oauth2(AwardApi.token("principal", SCHOOL))
                .when().post("/api/v1/eligibility/cycles/" + cycleId + "/recompute").then().statusCode(200)
                .body("computations", equalTo(computations + 1)).body("eventsApplied", equalTo(8))
                .body("ruleSetVersion", equalTo("2024.1"));
    }

    /** A cycle's staff come a page at a time, by staff id, with the total; a bad page is a 400 naming it. */
    @Test
    void aCyclesStaffComeAPageAtATime() {
        UUID cycleId = UUID.randomUUID();
        List<Finalized> staff = school(cycleId);
        staff.forEach(Finalized::send);
        JsonPath whole = awaitCycle(cycleId, 8);
        List<String> all = whole.getList("[0].staff.staffId");
        assertEquals(8, all.size());
        assertEquals(8L, whole.getLong("[0].staffTotal"));
        assertEquals(all.stream().sorted().toList(), all, "by staff id, the order pages are cut in");

        String principal = AwardApi.token("principal", SCHOOL);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonPath one = given().auth().oauth2(principal).queryParam("cycle", cycleId).queryParam("staffSize", 3)
                    .queryParam("staffPage", page).when().get("/api/v1/eligibility").then().statusCode(200)
                    .body("[0].staffTotal", equalTo(8)).extract().jsonPath();
            paged.addAll(one.getList("[0].staff.staffId"));
        }
        assertEquals(all, paged, "three pages of 3, 3 and 2 are the whole cycle once");
        given().auth().oauth2(principal).queryParam("cycle", cycleId).queryParam("staffSize", 501)
                .when().get("/api/v1/eligibility").then().statusCode(400).body("errors[0].field", equalTo("staffSize"));
        given().auth().oauth2(principal).queryParam("cycle", cycleId).queryParam("staffPage", -1)
                .when().get("/api/v1/eligibility").then().statusCode(400).body("errors[0].field", equalTo("staffPage"));
        // One's own result: the total is theirs, not the school's.
        given().auth().oauth2(AwardApi.staffToken(SCHOOL, staff.get(2).staffId())).queryParam("cycle", cycleId)
                .when().get("/api/v1/eligibility").then().statusCode(200).body("[0].staff", hasSize(1))
                .body("[0].staffTotal", equalTo(1));
    }
}
