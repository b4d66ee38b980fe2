package vn.thidua.award.nomination;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.award.rules.Authorities;
import vn.thidua.award.rules.AuthorityRules;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.security.DatedTree;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2025 reorganisation with dated access (issue 11), over the unit copy kept from a real {@code unit.moved} event:
 * a primary school under a district office until 30/06/2025 and under its commune from 01/07/2025, as the demo tree
 * has TH-TRAMCHIM2 (PGD-TAMNONG, then XA-TRAMCHIM). Units of their own here, so the other tests' tree stays as it is.
 * Routing goes by the day (the council's meeting, then the day the dossier is received), reading by the school year;
 * the school never decides.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class DatedAccessTest {

    static final String SCHOOL = "TH-PHUDUC";
    static final String FORMER_OFFICE = "PGD-PHUDUC";
    static final String COMMUNE = "XA-PHUDUC";
    static final String OTHER_OFFICE = "PGD-CAOLANH";

    @Inject
    Authorities authorities;

    @Inject
    DatedTree tree;

    @BeforeAll
    static void movedSchool() {
        AwardApi.units();
        AwardApi.unit(FORMER_OFFICE, "OFFICE", "DONGTHAP");
        AwardApi.unit(COMMUNE, "COMMUNE", "DONGTHAP");
        AwardApi.unit(SCHOOL, "SCHOOL", FORMER_OFFICE);
        AwardApi.moved(SCHOOL, FORMER_OFFICE, COMMUNE, "2025-07-01");
    }

    @BeforeEach
    void moveKnown() {
        AwardApi.awaitUnitTree();
        await().atMost(Duration.ofSeconds(30)).until(() -> tree.pathOn(SCHOOL, LocalDate.of(2025, 7, 1)).contains(COMMUNE)
                && tree.pathOn(SCHOOL, LocalDate.of(2025, 6, 30)).contains(FORMER_OFFICE)
                && tree.pathOn(COMMUNE, LocalDate.of(2025, 7, 1)).contains("DONGTHAP"));
    }

    @Test
    void beforeTheFirstOfJuly2025TheDistrictChairAfterItTheCommuneChairNeverTheSchool() {
        AuthorityRules.Routing before = authorities.route(Title.LDTT, "INDIVIDUAL", SCHOOL, LocalDate.of(2025, 6, 30))
                .orElseThrow();
        assertEquals("OFFICE", before.level());
        assertEquals(FORMER_OFFICE, before.unitCode());
        assertTrue(before.decider().contains("cấp huyện"), before.decider());
        assertFalse(before.schoolDecides());
        for (Title title : List.of(Title.LDTT, Title.CSTDCS, Title.GIAY_KHEN)) {
            AuthorityRules.Routing after = authorities.route(title, "INDIVIDUAL", SCHOOL, LocalDate.of(2025, 7, 1))
                    .orElseThrow();
            assertEquals(COMMUNE, after.unitCode(), title.name());
            assertEquals("Chủ tịch UBND cấp xã", after.decider(), title.name());
            assertFalse(after.schoolDecides(), title.name());
        }
        // The copy keeps today's parent too: the commune.
        assertEquals(COMMUNE, tree.lineageOn(SCHOOL, LocalDate.of(2026, 1, 1)).get(0).parentCode());
    }

    private static String nominate(String year) {
        UUID cycle = UUID.randomUUID();
        Finalized teacher = Finalized.of(cycle, SCHOOL, year, year.substring(5) + "-05-26T09:00:00Z");
        teacher.send();
        String principal = AwardApi.token("principal", SCHOOL);
        AwardApi.awaitComputed(principal, cycle);
        String staffId = teacher.staffId().toString();
        AwardApi.councilProposes(SCHOOL, year, "STAFF", staffId, "Nguyễn Thị Lan", "LDTT", 3);
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", SCHOOL);
        body.put("schoolYear", year);
        body.put("nomineeType", "STAFF");
        body.put("nomineeId", staffId);
        body.put("nomineeName", "Nguyễn Thị Lan");
        body.put("awardCode", "LDTT");
        body.put("achievementSummary", "Hoàn thành tốt nhiệm vụ năm học " + year);
        return given().auth().oauth2(principal).contentType(ContentType.JSON).body(body)
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
    }

    private static int read(String office, String nomination) {
        return given().auth().oauth2(AwardApi.token("district", office)).get("/api/v1/nominations/{id}", nomination)
                .then().extract().statusCode();
    }

    @Test
    void eachOfficeReadsTheYearsItGovernedAndTheDossierGoesToTheAuthorityOfItsDay() {
        // The council of 2024-2025 met on 30/05/2025: the district chair's; that of 2025-2026 on 30/05/2026: the commune's.
        String before = nominate("2024-2025");
        given().auth().oauth2(AwardApi.token("principal", SCHOOL)).get("/api/v1/nominations/{id}", before).then()
                .statusCode(200).body("deciderUnitCode", equalTo(FORMER_OFFICE))
                .body("decider", containsString("cấp huyện"));
        String after = nominate("2025-2026");
        given().auth().oauth2(AwardApi.token("principal", SCHOOL)).get("/api/v1/nominations/{id}", after).then()
                .statusCode(200).body("deciderUnitCode", equalTo(COMMUNE)).body("deciderLevel", equalTo("COMMUNE"));

        assertEquals(List.of(200, 404), List.of(read(FORMER_OFFICE, before), read(FORMER_OFFICE, after)));
        assertEquals(List.of(404, 200), List.of(read(COMMUNE, before), read(COMMUNE, after)));
        assertEquals(List.of(404, 404), List.of(read(OTHER_OFFICE, before), read(OTHER_OFFICE, after)));
        assertEquals(List.of(200, 200), List.of(read("DONGTHAP", before), read("DONGTHAP", after)));
        given().auth().oauth2(AwardApi.token("district", FORMER_OFFICE)).get("/api/v1/nominations").then()
                .statusCode(200).body("id", hasItem(before)).body("id", not(hasItem(after)));
        given().auth().oauth2(AwardApi.token("district", COMMUNE)).get("/api/v1/nominations").then()
                .statusCode(200).body("id", hasItem(after)).body("id", not(hasItem(before)));
        given().auth().oauth2(AwardApi.token("district", OTHER_OFFICE)).queryParam("unit", SCHOOL)
                .queryParam("schoolYear", "2025-2026").get("/api/v1/nominations").then().statusCode(403);

        // The school never decides; submitted today (after 01/07/2025) both go to the commune.
        String principal = AwardApi.token("principal", SCHOOL);
        given().auth().oauth2(principal).contentType(ContentType.JSON)
                .body(Map.of("decisionNumber", "1/QĐ-TH", "decisionDate", "2026-06-06", "signer", "Hiệu trưởng",
                        "nominationIds", List.of(after))).post("/api/v1/nominations/decide").then().statusCode(403);
        for (String id : List.of(before, after)) {
            given().auth().oauth2(principal).contentType(ContentType.JSON).body(Map.of("nominationIds", List.of(id)))
                    .post("/api/v1/nominations/submit").then().statusCode(201).body("toUnitCode", equalTo(COMMUNE));
        }
        // The commune, having received the 2024-2025 dossier, reads and decides it; the dissolved office keeps reading
        // its year but no longer decides it.
        assertEquals(200, read(COMMUNE, before));
        assertEquals(200, read(FORMER_OFFICE, before));
        given().auth().oauth2(AwardApi.token("district", FORMER_OFFICE)).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/nominations/" + before + "/approve").then().statusCode(403);
        given().auth().oauth2(AwardApi.token("district", COMMUNE)).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/nominations/" + before + "/approve").then().statusCode(200);
        given().auth().oauth2(AwardApi.token("district", COMMUNE)).get("/api/v1/submissions").then().statusCode(200)
                .body("items.fromUnitCode", hasItem(SCHOOL));
    }
}
