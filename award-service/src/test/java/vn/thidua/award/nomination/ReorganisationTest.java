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
import vn.thidua.platform.security.UnitTree;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Authority as dated data over the unit tree (issue 11, the 2025 reorganisation): who decides a title before and
 * after 1 July 2025 for a primary school (its district, then its commune) and an upper-secondary school (the Sở
 * GD&ĐT), and a nomination routed to the commune once the school moved there.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class ReorganisationTest {

    static final String PRIMARY = "TH-PHUTHO";
    static final String COMMUNE = "XA-PHUTHO";
    static final String UPPER = "THPT-TRAMCHIM";
    static final String SO = "SGD-DONGTHAP";
    static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

    @Inject
    Authorities authorities;

    @Inject
    UnitTree tree;

    @BeforeAll
    static void units() {
        AwardApi.units();
        AwardApi.unit(SO, "DEPARTMENT", "DONGTHAP");
        AwardApi.unit(UPPER, "SCHOOL", SO);
        AwardApi.unit(COMMUNE, "COMMUNE", "DONGTHAP");
    }

    @BeforeEach
    void unitTreeKnown() {
        AwardApi.awaitUnitTree();
        await().atMost(Duration.ofSeconds(30)).until(() -> tree.unit(UPPER).isPresent() && tree.unit(COMMUNE).isPresent());
    }

    private void moveSchool(String parent) {
        AwardApi.unit(PRIMARY, "SCHOOL", parent);
        await().atMost(Duration.ofSeconds(30)).until(() -> tree.unit(PRIMARY).map(UnitTree.Node::parentCode)
                .filter(parent::equals).isPresent());
    }

    private AuthorityRules.Routing route(Title title, String recipient, String school, LocalDate day) {
        return authorities.route(title, recipient, school, day).orElseThrow();
    }

    @Test
    void primaryAndUpperSecondarySchoolsBeforeAndAfterTheFirstOfJuly2025() {
        moveSchool("PGD-TAMNONG");
        // Before: the district decides the primary school's LĐTT (Luật 2022 Điều 80, NĐ 98/2023).
        AuthorityRules.Routing before = route(Title.LDTT, "INDIVIDUAL", PRIMARY, BEFORE);
        assertEquals("OFFICE", before.level());
        assertEquals("PGD-TAMNONG", before.unitCode());
        assertTrue(before.decider().contains("cấp huyện"), before.decider());
        assertTrue(before.row().source().contains("98/2023"), before.row().source());
        assertFalse(before.schoolDecides());
        // Under the old law (before 01/01/2024) the school's head decided it [verify].
        assertTrue(route(Title.LDTT, "INDIVIDUAL", PRIMARY, LocalDate.of(2023, 6, 1)).schoolDecides());

        // After: the school is under its commune, whose chair decides LĐTT, CSTĐCS, TTLĐTT, Giấy khen.
        moveSchool(COMMUNE);
        for (Title title : List.of(Title.LDTT, Title.CSTDCS, Title.GIAY_KHEN)) {
            AuthorityRules.Routing after = route(title, "INDIVIDUAL", PRIMARY, AFTER);
            assertEquals("COMMUNE", after.level(), title.name());
            assertEquals(COMMUNE, after.unitCode(), title.name());
            assertEquals("Chủ tịch UBND cấp xã", after.decider());
            assertTrue(after.row().source().contains("152/2025"), after.row().source());
        }
        assertTrue(route(Title.CSTDCS, "INDIVIDUAL", PRIMARY, AFTER).row().source().contains("[verify]"));
        AuthorityRules.Routing ttldxs = route(Title.TTLDXS, "SCHOOL", PRIMARY, AFTER);
        assertEquals("PROVINCE", ttldxs.level());
        assertEquals("DONGTHAP", ttldxs.unitCode());
        assertTrue(ttldxs.row().verified(), "NĐ 152/2025 Điều 6 khoản 2 điểm b [text]");

        // The upper-secondary school is under the Sở, before and after; the province keeps its titles.
        for (LocalDate day : List.of(BEFORE, AFTER)) {
            AuthorityRules.Routing upper = route(Title.LDTT, "INDIVIDUAL", UPPER, day);
            assertEquals("DEPARTMENT", upper.level(), day.toString());
            assertEquals(SO, upper.unitCode());
            assertEquals("Giám đốc Sở Giáo dục và Đào tạo", upper.decider());
            assertEquals("PROVINCE", route(Title.CSTD_TINH, "INDIVIDUAL", UPPER, day).level());
        }
        assertTrue(route(Title.LDTT, "INDIVIDUAL", UPPER, BEFORE).row().source().contains("98/2023"));
        assertTrue(route(Title.LDTT, "INDIVIDUAL", UPPER, AFTER).row().source().contains("152/2025"));
    }

    @Test
    void aNominationGoesToTheCommuneAfterTheMoveAndShowsBothRuleSets() {
        moveSchool(COMMUNE);
        String year = "2025-2026";
        UUID cycle = UUID.randomUUID();
        Finalized teacher = Finalized.of(cycle, PRIMARY, year, "2026-05-26T09:00:00Z");
        teacher.send();
        String principal = AwardApi.token("principal", PRIMARY);
        AwardApi.awaitComputed(principal, cycle);
        String staffId = teacher.staffId().toString();
        AwardApi.councilProposes(PRIMARY, year, "STAFF", staffId, "Phan Thị Thu", "LDTT", 3);
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", PRIMARY);
        body.put("schoolYear", year);
        body.put("nomineeType", "STAFF");
        body.put("nomineeId", staffId);
        body.put("nomineeName", "Phan Thị Thu");
        body.put("awardCode", "LDTT");
        body.put("achievementSummary", "Hoàn thành tốt nhiệm vụ năm học " + year);
        String id = given().auth().oauth2(principal).contentType(ContentType.JSON).body(body)
                .post("/api/v1/nominations").then().statusCode(201)
                .body("deciderLevel", equalTo("COMMUNE")).body("deciderUnitCode", equalTo(COMMUNE))
                .body("decider", equalTo("Chủ tịch UBND cấp xã"))
                .body("ruleSetVersion", equalTo("2025.1+DONGTHAP-2025.1")).extract().path("id");
        // The school does not decide it; it submits, and the tờ trình goes to the commune.
        given().auth().oauth2(principal).contentType(ContentType.JSON)
                .body(Map.of("decisionNumber", "1/QĐ-TH", "decisionDate", "2026-06-06", "signer", "Hiệu trưởng",
                        "nominationIds", List.of(id))).post("/api/v1/nominations/decide").then().statusCode(403);
        given().auth().oauth2(principal).contentType(ContentType.JSON).body(Map.of("nominationIds", List.of(id)))
                .post("/api/v1/nominations/submit").then().statusCode(201)
                .body("toUnitCode", equalTo(COMMUNE))
                .body("items[0].ruleSetVersion", equalTo("2025.1+DONGTHAP-2025.1"))
                .body("items[0].decisionRuleSetVersion", equalTo("2025.1+DONGTHAP-2025.1"))
                .body("items[0].receivedOn", org.hamcrest.Matchers.notNullValue());
        // The dissolved district's office no longer decides for the school; the commune does.
        String commune = AwardApi.token("district", COMMUNE);
        given().auth().oauth2(AwardApi.token("district", "PGD-TAMNONG")).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/nominations/" + id + "/approve").then().statusCode(org.hamcrest.Matchers.anyOf(
                        equalTo(403), equalTo(404)));
        given().auth().oauth2(commune).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/nominations/" + id + "/approve").then().statusCode(200);
        given().auth().oauth2(commune).contentType(ContentType.JSON)
                .body(Map.of("decisionNumber", "12/QĐ-UBND-" + UUID.randomUUID().toString().substring(0, 6),
                        "decisionDate", "2026-06-20", "signer", "Chủ tịch UBND xã Phú Thọ", "nominationIds", List.of(id)))
                .post("/api/v1/nominations/decide").then().statusCode(201).body("unitCode", equalTo(COMMUNE))
                .body("items[0].decider", containsString("cấp xã"))
                // Prize money (NĐ 152/2025 Điều 49–54): LĐTT 0,3 × 2.340.000 đ = 702.000 đ, rounded up to 710.000 đ.
                .body("items[0].prizeAmount", equalTo(710000))
                .body("items[0].prizeBasis", containsString("0,3 × 2.340.000 đ"))
                .body("items[0].prizeBasis", containsString("Điều 49–54 [text]"))
                .body("prizeTotal", equalTo(710000));
        // The fund of the school year, per deciding unit; another commune's token does not see it.
        given().auth().oauth2(commune).queryParam("schoolYear", "2025-2026").get("/api/v1/decisions/fund").then()
                .statusCode(200).body("byDecidingUnit.'" + COMMUNE + "'", equalTo(710000))
                .body("total", equalTo(710000)).body("items", equalTo(1));
        given().auth().oauth2(AwardApi.token("district", "PGD-CAOLANH")).queryParam("schoolYear", "2025-2026")
                .get("/api/v1/decisions/fund").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(AwardApi.token("staff", PRIMARY)).get("/api/v1/decisions/fund").then().statusCode(403);
    }

    @Test
    void prizeMoneyIsRoundedUpToTenThousandDong() {
        assertEquals(710_000, Prizes.amount(new java.math.BigDecimal("0.3"), 2_340_000));
        assertEquals(2_340_000, Prizes.amount(new java.math.BigDecimal("1.0"), 2_340_000));
        assertEquals(1_880_000, Prizes.amount(new java.math.BigDecimal("0.8"), 2_340_000), "1.872.000 up to 1.880.000");
        assertEquals(7_020_000, Prizes.amount(new java.math.BigDecimal("3.0"), 2_340_000));
    }
}
