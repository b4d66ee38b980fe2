package vn.thidua.plan.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.ThiduaTestResource;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.plan.plan.PlanApi.as;

/**
 * Access on the date of the record (issue 11): TH-TRAMCHIM2 was under PGD-TAMNONG until 30/06/2025 and is under
 * XA-TRAMCHIM from 01/07/2025 (the demo tree). A plan of 2024-2025 is the former office's to read, one of 2025-2026
 * the commune's; another office reads neither, the province both.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class DatedAccessTest {

    static final String SCHOOL = PlanApi.SCHOOL;
    static final String FORMER_OFFICE = "PGD-TAMNONG";
    static final String COMMUNE = "XA-TRAMCHIM";

    private static String draft(String schoolYear) {
        return PlanApi.create("principal", SCHOOL, PlanApi.request(SCHOOL, schoolYear,
                PlanApi.document("Kế hoạch thi đua năm học " + schoolYear, "Dạy tốt, học tốt")))
                .statusCode(201).extract().path("id");
    }

    private static int read(String unit, String id) {
        return as("district", unit).get("/api/v1/plans/{id}", id).then().extract().statusCode();
    }

    @Test
    void theFormerOfficeReadsItsYearsTheCommuneTheYearsFromTheMoveAnotherOfficeNeither() {
        String before = draft("2024-2025");
        String after = draft("2025-2026");
        assertEquals(List.of(200, 404), List.of(read(FORMER_OFFICE, before), read(FORMER_OFFICE, after)));
        assertEquals(List.of(404, 200), List.of(read(COMMUNE, before), read(COMMUNE, after)));
        assertEquals(List.of(404, 404), List.of(read(PlanApi.OTHER_OFFICE, before), read(PlanApi.OTHER_OFFICE, after)));
        assertEquals(List.of(200, 200), List.of(read("DONGTHAP", before), read("DONGTHAP", after)));
        // The school itself reads both: its own records.
        assertEquals(200, as("principal", SCHOOL).get("/api/v1/plans/{id}", after).then().extract().statusCode());

        // Lists follow the year asked for.
        as("district", FORMER_OFFICE).queryParam("unit", SCHOOL).queryParam("schoolYear", "2024-2025")
                .get("/api/v1/plans").then().statusCode(200).body("id", hasItem(before));
        as("district", FORMER_OFFICE).queryParam("unit", SCHOOL).queryParam("schoolYear", "2025-2026")
                .get("/api/v1/plans").then().statusCode(403);
        as("district", COMMUNE).queryParam("schoolYear", "2025-2026").get("/api/v1/plans").then().statusCode(200)
                .body("id", hasItem(after)).body("id", not(hasItem(before)));
        as("district", COMMUNE).queryParam("unit", SCHOOL).queryParam("schoolYear", "2024-2025")
                .get("/api/v1/plans").then().statusCode(403);
    }

    @Test
    void aChangeFollowsTheYearToo() {
        String after = draft("2025-2026");
        // The former office may not publish the school's plan of a year after its end; the commune may reach it.
        as("district", FORMER_OFFICE).post("/api/v1/plans/{id}/publish", after).then().statusCode(404);
        as("district", PlanApi.OTHER_OFFICE).post("/api/v1/plans/{id}/publish", after).then().statusCode(404);
        as("district", COMMUNE).get("/api/v1/plans/{id}", after).then().statusCode(200)
                .body("unitCode", equalTo(SCHOOL));
    }
}
