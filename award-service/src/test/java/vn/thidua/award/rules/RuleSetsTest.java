package vn.thidua.award.rules;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rule sets are published as new versions, never edited; a changed parameter changes the results
 * of cycles computed under the new version and leaves those computed before as they were.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class RuleSetsTest {

    static final String SCHOOL = "TH-TRAMCHIM2";

    @BeforeAll
    static void units() {
        AwardApi.units();
    }

    /** The application runs from here on (not yet in @BeforeAll). */
    @BeforeEach
    void unitTreeKnown() {
        AwardApi.awaitUnitTree();
    }

    static String province() {
        return AwardApi.token("district", "DONGTHAP");
    }

    static JsonPath awaitStaff(UUID cycleId, UUID staffId, int events) {
        String principal = AwardApi.token("principal", SCHOOL);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().auth().oauth2(principal).queryParam("cycle", cycleId).get("/api/v1/eligibility");
            return response.statusCode() == 200 && response.jsonPath().getInt("[0].eventsApplied") >= events
                    && response.jsonPath().getBoolean("[0].current")
                    && response.jsonPath().getList("[0].staff.staffId").contains(staffId.toString());
        });
        return given().auth().oauth2(principal).queryParam("cycle", cycleId).get("/api/v1/eligibility").jsonPath();
    }

    static List<String> eligibleOf(JsonPath cycle, UUID staffId) {
        return cycle.getList("[0].staff.find { it.staffId == '" + staffId + "' }.eligible");
    }

    @Test
    void theShippedVersionIsReadableByEveryRole() {
        given().auth().oauth2(AwardApi.token("staff", SCHOOL)).when().get("/api/v1/rulesets").then().statusCode(200)
                .body("version", hasItem("2024.1"));
        given().auth().oauth2(AwardApi.token("viewer", SCHOOL)).when().get("/api/v1/rulesets/2024.1").then()
                .statusCode(200)
                .body("effectiveFrom", equalTo("2024-01-01"))
                .body("legalBasis.number", hasItem("06/2022/QH15"))
                .body("parameters.find { it.key == 'cstdcs.maxShareOfLdtt' }.value", equalTo(15))
                .body("parameters.find { it.key == 'cstdcs.maxShareOfLdtt' }.unit", equalTo("%"))
                .body("parameters.find { it.key == 'ttldtt.minLdttShare' }.source", containsString("Điều 28"))
                .body("authority.find { it.title == 'LDTT' }.decidedAtLevel", equalTo("SCHOOL"));
        given().auth().oauth2(AwardApi.token("council", SCHOOL)).queryParam("date", "2025-05-26")
                .when().get("/api/v1/rulesets/in-force").then().statusCode(200).body("version", equalTo("2024.1"));
        given().auth().oauth2(AwardApi.token("council", SCHOOL)).when().get("/api/v1/rulesets/1999.1")
                .then().statusCode(404);
        given().when().get("/api/v1/rulesets").then().statusCode(401);
    }

    /** The seed in the database is the one the unit tests read from migration V2. */
    @Test
    void theStoredSeedMatchesTheUnitTestsRuleSet() {
        JsonPath stored = given().auth().oauth2(AwardApi.token("viewer", SCHOOL)).get("/api/v1/rulesets/2024.1")
                .then().statusCode(200).extract().jsonPath();
        List<String> keys = stored.getList("parameters.key");
        assertEquals(SeedRules.v2024().parameters().stream().map(RuleSet.Parameter::key).toList(), keys);
        // 2024.1 predates the optional HTXS base and scope and the council's base and title rules; V20 gave it the
        // Bằng khen and Cờ thi đua parameters.
        assertEquals(RuleParameters.KINDS.keySet().stream()
                        .filter(k -> !RuleParameters.OPTIONAL.contains(k) || k.equals("cstdcs.maxShareOfLdtt")
                                || k.startsWith("bangKhen.") || k.startsWith("coThiDua.")
                                || k.equals("collective.excellentYearTitles")).sorted().toList(),
                keys.stream().sorted().toList());
        JsonPath v2025 = given().auth().oauth2(AwardApi.token("viewer", SCHOOL)).get("/api/v1/rulesets/2025.1")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(SeedRules.v2025().parameters().stream().map(RuleSet.Parameter::key).toList(),
                v2025.getList("parameters.key"));
        assertEquals("NATIONAL", v2025.getString("layer"));
    }

    @Test
    void aUnitResolvesTheNationalSetWithItsProvinceLayer() {
        String viewer = AwardApi.token("viewer", SCHOOL);
        // Before 01/07/2025: 2024.1 (NĐ 98/2023), no layer.
        given().auth().oauth2(viewer).queryParam("date", "2025-06-30").queryParam("unit", SCHOOL)
                .when().get("/api/v1/rulesets/in-force").then().statusCode(200)
                .body("version", equalTo("2024.1"))
                .body("parameters.find { it.key == 'cstdcs.maxShareOfLdtt' }.layer", equalTo("NATIONAL"))
                .body("parameters.find { it.key == 'cstdcs.maxShareOfLdtt' }.value", equalTo(15));
        // From 01/07/2025: 2025.1 (NĐ 152/2025) with the Đồng Tháp layer; the CSTĐCS share is the province's.
        given().auth().oauth2(viewer).queryParam("date", "2025-09-01").queryParam("unit", SCHOOL)
                .when().get("/api/v1/rulesets/in-force").then().statusCode(200)
                .body("version", equalTo("2025.1+DONGTHAP-2025.1"))
                .body("parameters.find { it.key == 'cstdcs.maxShareOfLdtt' }.layer", equalTo("PROVINCE"))
                .body("parameters.find { it.key == 'cstdcs.maxShareOfLdtt' }.layerVersion", equalTo("DONGTHAP-2025.1"))
                .body("parameters.find { it.key == 'cstdcs.maxShareOfLdtt' }.verified", equalTo(false))
                .body("parameters.find { it.key == 'ldtt.maternityCountsAsWork' }.layer", equalTo("NATIONAL"))
                .body("parameters.find { it.key == 'ldtt.maternityCountsAsWork' }.verified", equalTo(true))
                .body("legalBasis.number", hasItem("152/2025/NĐ-CP"));
        // Nationally (no unit) there is no CSTĐCS share under NĐ 152/2025.
        given().auth().oauth2(viewer).queryParam("date", "2025-09-01").when().get("/api/v1/rulesets/in-force").then()
                .statusCode(200).body("version", equalTo("2025.1"))
                .body("parameters.key", org.hamcrest.Matchers.not(hasItem("cstdcs.maxShareOfLdtt")));
        // The combination reads back by its name, as results pinned to it do.
        given().auth().oauth2(viewer).when().get("/api/v1/rulesets/2025.1+DONGTHAP-2025.1").then().statusCode(200)
                .body("parameters.find { it.key == 'cstdcs.maxShareOfLdtt' }.value", equalTo(15));
        given().auth().oauth2(viewer).queryParam("unit", "KHONG-CO").when().get("/api/v1/rulesets/in-force").then()
                .statusCode(404);
    }

    @Test
    void layersArePublishedByTheirOwnUnitAndNeverChangeWhatEvaluationApplies() {
        String layer = """
                {"version":"%s","effectiveFrom":"%s","layer":"%s",
                 "legalBasis":[{"number":"12/QC-UBND","title":"Quy chế thi đua (thử)","date":null}],
                 "parameters":[{"key":"%s","value":%s,"source":"Quy chế thử [verify]"}]}""";
        // A school cannot; an office publishes only a UNIT layer, for itself.
        given().auth().oauth2(AwardApi.token("district", "PGD-CAOLANH")).contentType(ContentType.JSON)
                .body(layer.formatted("PGD-CAOLANH-2031.1", "2031-09-01", "PROVINCE", "cstdcs.maxShareOfLdtt", 20))
                .when().post("/api/v1/rulesets").then().statusCode(403);
        given().auth().oauth2(AwardApi.token("district", "PGD-CAOLANH")).contentType(ContentType.JSON)
                .body(layer.formatted("PGD-CAOLANH-2031.1", "2031-09-01", "UNIT", "htxs.maxSharePercent", 30))
                .when().post("/api/v1/rulesets").then().statusCode(422)
                .body("errors[0].field", equalTo("parameters[0].key"));
        given().auth().oauth2(AwardApi.token("district", "PGD-CAOLANH")).contentType(ContentType.JSON)
                .body(layer.formatted("PGD-CAOLANH-2031.1", "2031-09-01", "UNIT", "cstdcs.maxShareOfLdtt", 20))
                .when().post("/api/v1/rulesets").then().statusCode(201)
                .body("layer", equalTo("UNIT")).body("scopeUnit", equalTo("PGD-CAOLANH"))
                .body("parameters.key", equalTo(List.of("cstdcs.maxShareOfLdtt")));
        // Not later than the latest of its own layer and unit: refused; the province's layer is another one.
        given().auth().oauth2(AwardApi.token("district", "PGD-CAOLANH")).contentType(ContentType.JSON)
                .body(layer.formatted("PGD-CAOLANH-2031.2", "2031-08-01", "UNIT", "cstdcs.maxShareOfLdtt", 25))
                .when().post("/api/v1/rulesets").then().statusCode(422);
        given().auth().oauth2(AwardApi.token("viewer", "TH-HOAAN")).queryParam("date", "2031-09-01")
                .queryParam("unit", "TH-HOAAN").when().get("/api/v1/rulesets/in-force").then().statusCode(200)
                .body("version", org.hamcrest.Matchers.endsWith("+DONGTHAP-2025.1+PGD-CAOLANH-2031.1"))
                .body("parameters.find { it.key == 'cstdcs.maxShareOfLdtt' }.value", equalTo(20))
                .body("parameters.find { it.key == 'cstdcs.maxShareOfLdtt' }.layer", equalTo("UNIT"));
        // Another office's schools keep the province's value.
        given().auth().oauth2(AwardApi.token("viewer", SCHOOL)).queryParam("date", "2031-09-01")
                .queryParam("unit", SCHOOL).when().get("/api/v1/rulesets/in-force").then().statusCode(200)
                .body("parameters.find { it.key == 'cstdcs.maxShareOfLdtt' }.value", equalTo(15));
    }

    @Test
    void aNewVersionChangesNewResultsAndNeverOldOnes() {
        // Under 2024.1 (finalized 2025): 8 months worked is enough for LĐTT.
        UUID oldCycle = UUID.randomUUID();
        Finalized before = Finalized.of(oldCycle, SCHOOL, "2024-2025", "2025-05-26T09:00:00Z").months(8);
        before.send();
        assertEquals(List.of("LDTT"), eligibleOf(awaitStaff(oldCycle, before.staffId(), 1), before.staffId()));

        String body = """
                {"version":"%s","effectiveFrom":"%s",
                 "parameters":[{"key":"ldtt.minMonthsWorked","value":9,
                   "source":"Quy định thử nghiệm của tỉnh (test): 9 tháng"}]}""";
        // Who may publish, and what is refused.
        given().auth().oauth2(AwardApi.token("principal", SCHOOL)).contentType(ContentType.JSON)
                .body(body.formatted("2030.1", "2030-09-01")).when().post("/api/v1/rulesets").then().statusCode(403);
        given().auth().oauth2(AwardApi.token("district", "PGD-TAMNONG")).contentType(ContentType.JSON)
                .body(body.formatted("2030.1", "2030-09-01")).when().post("/api/v1/rulesets").then().statusCode(403);
        given().auth().oauth2(province()).contentType(ContentType.JSON)
                .body(body.formatted("2030.1", "2023-06-01")).when().post("/api/v1/rulesets").then().statusCode(422)
                .body("errors[0].field", equalTo("effectiveFrom"));
        given().auth().oauth2(province()).contentType(ContentType.JSON)
                .body("""
                        {"version":"2030.1","effectiveFrom":"2030-09-01",
                         "parameters":[{"key":"ldtt.minMonths","value":9,"source":"x"},
                                       {"key":"cstdcs.maxShareOfLdtt","value":"mười lăm","source":"x"},
                                       {"key":"ttldxs.minLdttShare","value":80}]}""")
                .when().post("/api/v1/rulesets").then().statusCode(400)
                .body("errors.field", hasItem("parameters[0].key"))
                .body("errors.field", hasItem("parameters[1].value"))
                .body("errors.field", hasItem("parameters[2].source"))
                .body("errors.message", hasItem(containsString("cstdcs.maxShareOfLdtt")));
        given().auth().oauth2(province()).contentType(ContentType.JSON).body("{\"version\":\"x\"}")
                .when().post("/api/v1/rulesets").then().statusCode(400);

        given().auth().oauth2(province()).contentType(ContentType.JSON)
                .body(body.formatted("2030.1", "2030-09-01")).when().post("/api/v1/rulesets").then().statusCode(201)
                .body("version", equalTo("2030.1"))
                .body("parameters.find { it.key == 'ldtt.minMonthsWorked' }.value", equalTo(9))
                .body("parameters.find { it.key == 'ldtt.minMonthsWorked' }.unit", equalTo("tháng"))
                .body("parameters.find { it.key == 'ttldxs.minLdttShare' }.value", equalTo(70))
                .body("publishedBy", equalTo("user@DONGTHAP"));
        RuleSetEventsTest.assertAnnounced("2030.1", "DONGTHAP", "ldtt.minMonthsWorked", 9,
                "Quy định thử nghiệm của tỉnh (test): 9 tháng");
        given().auth().oauth2(province()).contentType(ContentType.JSON)
                .body(body.formatted("2030.1", "2031-09-01")).when().post("/api/v1/rulesets").then().statusCode(409);
        given().auth().oauth2(province()).contentType(ContentType.JSON).body(body.formatted("2030.1", "2030-09-01"))
                .when().put("/api/v1/rulesets/2024.1").then().statusCode(405)
                .body("detail", containsString("never edited"));
        given().auth().oauth2(province()).when().delete("/api/v1/rulesets/2030.1").then().statusCode(405);
        given().auth().oauth2(AwardApi.token("council", SCHOOL)).queryParam("date", "2030-09-01")
                .when().get("/api/v1/rulesets/in-force").then().statusCode(200).body("version", equalTo("2030.1"));

        // A cycle finalized under 2030.1: the same 8 months now fail.
        UUID newCycle = UUID.randomUUID();
        Finalized after = Finalized.of(newCycle, SCHOOL, "2030-2031", "2030-10-05T09:00:00Z").months(8);
        after.send();
        JsonPath computed = awaitStaff(newCycle, after.staffId(), 1);
        assertEquals("2030.1+DONGTHAP-2025.1", computed.getString("[0].ruleSetVersion"));
        assertEquals(List.of(), eligibleOf(computed, after.staffId()));
        String months = "[0].staff[0].titles.find { it.title == 'LDTT' }.conditions.find { it.code == 'LDTT_MONTHS_WORKED' }";
        assertEquals(false, computed.getBoolean(months + ".passed"));
        assertTrue(computed.getString(months + ".expected").contains("ít nhất 9 tháng"));
        assertEquals("Quy định thử nghiệm của tỉnh (test): 9 tháng", computed.getString(months + ".legalBasis"));

        // The old cycle keeps 2024.1, even for a result arriving after the new version took effect.
        Finalized late = Finalized.of(oldCycle, SCHOOL, "2024-2025", "2031-01-10T09:00:00Z").months(8);
        late.send();
        JsonPath old = awaitStaff(oldCycle, late.staffId(), 2);
        assertEquals("2024.1", old.getString("[0].ruleSetVersion"));
        assertEquals(List.of("LDTT"), eligibleOf(old, before.staffId()));
        assertEquals(List.of("LDTT"), eligibleOf(old, late.staffId()));

        // Only an explicit recomputation moves it (to the version asked, as given).
        given().auth().oauth2(AwardApi.token("district", "PGD-TAMNONG")).queryParam("ruleSet", "2030.1")
                .when().post("/api/v1/eligibility/cycles/" + oldCycle + "/recompute").then().statusCode(200)
                .body("ruleSetVersion", equalTo("2030.1"))
                .body("ruleSetNote", containsString("2030.1"))
                .body("staff.find { it.staffId == '" + before.staffId() + "' }.eligible", equalTo(List.of()));
    }

    @Test
    void resultsOlderThanEveryVersionUseTheFirstWithANote() {
        UUID cycleId = UUID.randomUUID();
        Finalized early = Finalized.of(cycleId, SCHOOL, "2022-2023", "2023-05-26T09:00:00Z");
        early.send();
        JsonPath cycle = awaitStaff(cycleId, early.staffId(), 1);
        assertEquals("2024.1", cycle.getString("[0].ruleSetVersion"));
        // Chosen for the school year: the set in force on its first day.
        assertEquals("2022-09-01", cycle.getString("[0].ruleSetChosenFor"));
        assertTrue(cycle.getString("[0].ruleSetNote").contains("bộ quy tắc hiệu lực ngày 2022-09-01"),
                cycle.getString("[0].ruleSetNote"));
    }
}
