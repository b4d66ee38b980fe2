package vn.thidua.plan.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.ThiduaTestResource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.plan.plan.PlanApi.OFFICE;
import static vn.thidua.plan.plan.PlanApi.SCHOOL;
import static vn.thidua.plan.plan.PlanApi.SISTER_SCHOOL;
import static vn.thidua.plan.plan.PlanApi.as;

/** The office sees, per plan, which of its schools published a plan based on it, and who was late. */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class ComplianceResourceTest {

    static String officePlan(LocalDate deadline) {
        Map<String, Object> request = PlanApi.request(OFFICE, PlanApi.document("Kế hoạch thi đua của Phòng", "Nội dung"));
        request.put("publicationDeadline", deadline.toString());
        return PlanApi.published("district", OFFICE, request);
    }

    static String schoolPlanBasedOn(String school, String officePlan, boolean publish) {
        Map<String, Object> request = PlanApi.request(school, PlanApi.document("Kế hoạch của trường", "Nội dung"));
        request.put("basedOnPlanId", officePlan);
        String id = PlanApi.create("principal", school, request).statusCode(201).extract().path("id");
        if (publish) {
            as("principal", school).post("/api/v1/plans/{id}/publish", id).then().statusCode(200);
        }
        return id;
    }

    static Map<String, Map<String, Object>> bySchool(JsonPath report) {
        List<Map<String, Object>> rows = report.getList("rows");
        return rows.stream().collect(java.util.stream.Collectors.toMap(r -> (String) r.get("schoolCode"), r -> r));
    }

    @Test
    void everySchoolBelowTheOfficeWithItsStateAndLateness() {
        String pastDeadline = officePlan(LocalDate.now().minusDays(1));
        String published = schoolPlanBasedOn(SCHOOL, pastDeadline, true);
        schoolPlanBasedOn(SISTER_SCHOOL, pastDeadline, false);

        JsonPath report = as("district", OFFICE).get("/api/v1/plans/{id}/compliance", pastDeadline)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> rows = bySchool(report);
        assertTrue(rows.keySet().containsAll(List.of("TH-TRAMCHIM2", "TH-TRAMCHIM1", "THCS-TRAMCHIM")), rows.keySet().toString());
        assertTrue(!rows.containsKey("TH-HOAAN"), "another office's school is not listed");
        assertEquals("PUBLISHED", rows.get(SCHOOL).get("state"));
        assertEquals(published, rows.get(SCHOOL).get("planId"));
        assertEquals(true, rows.get(SCHOOL).get("late"), "published after yesterday's deadline");
        assertEquals("DRAFT", rows.get(SISTER_SCHOOL).get("state"));
        assertEquals("MISSING", rows.get("THCS-TRAMCHIM").get("state"));
        assertEquals(true, rows.get("THCS-TRAMCHIM").get("late"));
        assertEquals(1, report.getInt("published"));

        String future = officePlan(LocalDate.now().plusDays(30));
        schoolPlanBasedOn(SCHOOL, future, true);
        Map<String, Map<String, Object>> onTime = bySchool(as("district", OFFICE)
                .get("/api/v1/plans/{id}/compliance", future).then().statusCode(200).extract().jsonPath());
        assertEquals(false, onTime.get(SCHOOL).get("late"));
        assertEquals(false, onTime.get("THCS-TRAMCHIM").get("late"), "missing, but the deadline has not passed");
    }

    @Test
    void filtersAndCsv() {
        String plan = officePlan(LocalDate.now().plusDays(10));
        schoolPlanBasedOn(SCHOOL, plan, true);
        List<String> missing = as("district", OFFICE).get("/api/v1/plans/{id}/compliance?state=MISSING", plan)
                .then().statusCode(200).extract().jsonPath().getList("rows.schoolCode");
        assertTrue(!missing.contains(SCHOOL) && missing.contains("THCS-TRAMCHIM"), missing.toString());

        byte[] csv = as("district", OFFICE).get("/api/v1/plans/{id}/compliance?format=csv", plan)
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFMã trường,Tên trường,Tình trạng"), text);
        assertTrue(text.contains("TH-TRAMCHIM2,Trường Tiểu học Tràm Chim 2,PUBLISHED"), text);
        // The same file through getPlanComplianceCsv, the operation a generated client reads it with.
        assertTrue(java.util.Arrays.equals(csv, as("district", OFFICE).get("/api/v1/plans/{id}/compliance.csv", plan)
                .then().statusCode(200).contentType("text/csv").extract().asByteArray()));
        as("district", OFFICE).get("/api/v1/plans/{id}/compliance?state=LATE", plan).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("state"));
    }

    @Test
    void onlyTheOfficeAboveSeesCompliance() {
        String plan = officePlan(LocalDate.now().plusDays(10));
        as("principal", SCHOOL).get("/api/v1/plans/{id}/compliance", plan).then().statusCode(403);
        as("district", PlanApi.OTHER_OFFICE).get("/api/v1/plans/{id}/compliance", plan).then().statusCode(404);
        as("principal", SCHOOL).get("/api/v1/plans/{id}/compliance.csv", plan).then().statusCode(403);
        as("district", PlanApi.OTHER_OFFICE).get("/api/v1/plans/{id}/compliance.csv", plan).then().statusCode(404);
    }
}
