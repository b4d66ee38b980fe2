package vn.thidua.evaluation.cycle;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.evaluation.Events;
import vn.thidua.platform.security.DatedTree;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Access on the date of the record (issue 11), over the unit copy kept from the real broker's unit events: a school
 * moved on 01/07/2025 from a dissolved district office to its commune. Its 2024-2025 cycle is the office's to read,
 * its 2025-2026 cycle the commune's; another office reads neither. Units of their own, so the other tests' tree stays.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_evaluation_test"))
class DatedAccessTest {

    @Inject
    DatedTree tree;

    static final String SCHOOL = "TH-PHUDUC";
    static final String FORMER_OFFICE = "PGD-PHUDUC";
    static final String COMMUNE = "XA-PHUDUC";
    static final String OTHER_OFFICE = "PGD-KHAC";

    static String kafka() {
        return ThiduaTestResource.kafkaBootstrapServers();
    }

    @BeforeAll
    static void movedSchool() {
        TestKafka.send(kafka(), "thidua.unit.v1", "DONGTHAP", Events.unitUpserted("DONGTHAP", "Sở GD&ĐT Đồng Tháp", "PROVINCE", null));
        TestKafka.send(kafka(), "thidua.unit.v1", FORMER_OFFICE, Events.unitUpserted(FORMER_OFFICE, "Phòng GD&ĐT cũ", "OFFICE", "DONGTHAP"));
        TestKafka.send(kafka(), "thidua.unit.v1", OTHER_OFFICE, Events.unitUpserted(OTHER_OFFICE, "Phòng GD&ĐT khác", "OFFICE", "DONGTHAP"));
        TestKafka.send(kafka(), "thidua.unit.v1", COMMUNE, Events.unitUpserted(COMMUNE, "UBND xã Phú Đức", "COMMUNE", "DONGTHAP"));
        TestKafka.send(kafka(), "thidua.unit.v1", SCHOOL, Events.unitUpserted(SCHOOL, "Trường Tiểu học Phú Đức", "SCHOOL", FORMER_OFFICE));
        TestKafka.send(kafka(), "thidua.unit.v1", SCHOOL, Events.unitMoved(SCHOOL, FORMER_OFFICE, COMMUNE, "2025-07-01"));
    }

    private static String cycleOf(String schoolYear) {
        UUID planId = UUID.randomUUID();
        TestKafka.send(kafka(), "thidua.plan.v1", planId.toString(), Events.planPublished(UUID.randomUUID().toString(),
                planId, SCHOOL, schoolYear, CycleFromPlanEventsTest.CONTENTS));
        String principal = TestTokens.token("principal", SCHOOL);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(principal)
                .get("/api/v1/cycles?unit=" + SCHOOL).then().statusCode(200).body("planId", hasItem(planId.toString())));
        return given().auth().oauth2(principal).get("/api/v1/cycles?unit=" + SCHOOL).then().extract().jsonPath()
                .getString("find { it.planId == '" + planId + "' }.id");
    }

    private static List<Integer> reads(String office, String cycle) {
        String token = TestTokens.token("district", office);
        return List.of(given().auth().oauth2(token).get("/api/v1/cycles/{id}", cycle).then().extract().statusCode(),
                given().auth().oauth2(token).get("/api/v1/cycles/{id}/evaluations", cycle).then().extract().statusCode(),
                given().auth().oauth2(token).get("/api/v1/cycles/{id}/registrations", cycle).then().extract().statusCode());
    }

    @Test
    void theFormerOfficeReadsTheYearsItGovernedTheCommuneTheYearsFromTheMoveAnotherOfficeNeither() {
        // Unit events travel under their own keys: wait until the copy knows the move and every office.
        await().atMost(Duration.ofSeconds(30)).until(() -> tree.pathOn(SCHOOL, LocalDate.of(2025, 9, 1)).contains(COMMUNE)
                && tree.pathOn(SCHOOL, LocalDate.of(2024, 9, 1)).contains(FORMER_OFFICE)
                && !tree.pathOn(OTHER_OFFICE, LocalDate.of(2024, 9, 1)).isEmpty());
        String before = cycleOf("2024-2025");
        String after = cycleOf("2025-2026");
        assertEquals(List.of(200, 200, 200), reads(FORMER_OFFICE, before));
        assertEquals(List.of(403, 403, 403), reads(FORMER_OFFICE, after));
        assertEquals(List.of(403, 403, 403), reads(COMMUNE, before));
        assertEquals(List.of(200, 200, 200), reads(COMMUNE, after));
        assertEquals(List.of(403, 403, 403), reads(OTHER_OFFICE, before));
        assertEquals(List.of(403, 403, 403), reads(OTHER_OFFICE, after));
        assertEquals(List.of(200, 200, 200), reads("DONGTHAP", after));

        // The lists: each office sees the cycles of its own years of the school, and nothing of the other's.
        given().auth().oauth2(TestTokens.token("district", FORMER_OFFICE)).get("/api/v1/cycles").then().statusCode(200)
                .body("id", hasItem(before)).body("id", not(hasItem(after)));
        given().auth().oauth2(TestTokens.token("district", FORMER_OFFICE)).get("/api/v1/cycles?unit=" + SCHOOL)
                .then().statusCode(200).body("id", hasItem(before)).body("id", not(hasItem(after)));
        given().auth().oauth2(TestTokens.token("district", COMMUNE)).get("/api/v1/cycles").then().statusCode(200)
                .body("id", hasItem(after)).body("id", not(hasItem(before)));
        given().auth().oauth2(TestTokens.token("district", OTHER_OFFICE)).get("/api/v1/cycles?unit=" + SCHOOL)
                .then().statusCode(403);
    }
}
