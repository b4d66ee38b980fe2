package vn.thidua.plan.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.Race;
import vn.thidua.testing.ThiduaTestResource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.plan.plan.PlanApi.OFFICE;
import static vn.thidua.plan.plan.PlanApi.SCHOOL;
import static vn.thidua.plan.plan.PlanApi.as;
import static vn.thidua.plan.plan.PlanApi.create;
import static vn.thidua.plan.plan.PlanApi.document;
import static vn.thidua.plan.plan.PlanApi.request;

/**
 * Races answer as the protocol says (issue 16): eight writers with one If-Match, released together, get
 * exactly one 2xx and seven 412; eight creates of the same unit code get one 201 and seven 409; never a 500.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class PlanRaceTest {

    private static final int RACERS = 8;

    private static Map<String, Object> plan() {
        return request(SCHOOL, document("Phát động phong trào thi đua năm 2023", "Dạy tốt", "Học tốt"));
    }

    private static String etag(String id) {
        return as("principal", SCHOOL).get("/api/v1/plans/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void eightUpdatesWithOneETagMakeOneWinnerAndSeven412() {
        String id = create("principal", SCHOOL, plan()).statusCode(201).extract().path("id");
        String etag = etag(id);
        List<Integer> statuses = Race.run(RACERS, () -> as("principal", SCHOOL).contentType(ContentType.JSON)
                .header("If-Match", etag).body(request(SCHOOL, document("Bản sửa " + UUID.randomUUID(), "Dạy tốt")))
                .put("/api/v1/plans/{id}", id).statusCode());
        assertEquals(Map.of(200, 1L, 412, 7L), Race.count(statuses), statuses.toString());
        assertEquals(String.valueOf(Long.parseLong(etag.replace("\"", "")) + 1), etag(id).replace("\"", ""),
                "one change, one new revision");
    }

    @Test
    void eightPublishesWithOneETagPublishOnceAndKeepOneVersion() {
        String id = create("principal", SCHOOL, plan()).statusCode(201).extract().path("id");
        String etag = etag(id);
        List<Integer> statuses = Race.run(RACERS, () -> as("principal", SCHOOL).header("If-Match", etag)
                .post("/api/v1/plans/{id}/publish", id).statusCode());
        assertEquals(Map.of(200, 1L, 412, 7L), Race.count(statuses), statuses.toString());
        as("principal", SCHOOL).get("/api/v1/plans/{id}/versions", id).then().statusCode(200)
                .body("version", equalTo(List.of(1)));
    }

    @Test
    void eightPublishesWithoutETagPublishOnceAndTheOthersAreConflicts() {
        String id = create("principal", SCHOOL, plan()).statusCode(201).extract().path("id");
        List<Integer> statuses = Race.run(RACERS, () -> as("principal", SCHOOL)
                .post("/api/v1/plans/{id}/publish", id).statusCode());
        assertEquals(Map.of(200, 1L, 409, 7L), Race.count(statuses), statuses.toString());
    }

    @Test
    void eightAmendmentsPhaseChangesAndWithdrawalsWithOneETagEachMakeOneWinner() {
        String id = PlanApi.published("principal", SCHOOL, plan());
        String first = etag(id);
        List<Integer> amended = Race.run(RACERS, () -> as("principal", SCHOOL).contentType(ContentType.JSON)
                .header("If-Match", first)
                .body(Map.of("document", document("Phát động phong trào thi đua năm 2023", "Dạy tốt", "Học tốt",
                        "Chuyển đổi số " + UUID.randomUUID()), "note", "Bổ sung"))
                .post("/api/v1/plans/{id}/amend", id).statusCode());
        assertEquals(Map.of(200, 1L, 412, 7L), Race.count(amended), amended.toString());
        as("principal", SCHOOL).get("/api/v1/plans/{id}/versions", id).then().body("version", equalTo(List.of(1, 2)));

        String second = etag(id);
        List<Integer> phased = Race.run(RACERS, () -> as("principal", SCHOOL).contentType(ContentType.JSON)
                .header("If-Match", second).body(Map.of("phase", "MIDTERM_REVIEW"))
                .post("/api/v1/plans/{id}/phase", id).statusCode());
        assertEquals(Map.of(200, 1L, 412, 7L), Race.count(phased), phased.toString());

        String third = etag(id);
        List<Integer> withdrawn = Race.run(RACERS, () -> as("principal", SCHOOL).contentType(ContentType.JSON)
                .header("If-Match", third).body(Map.of("reason", "Ban hành nhầm"))
                .post("/api/v1/plans/{id}/withdraw", id).statusCode());
        assertEquals(Map.of(200, 1L, 412, 7L), Race.count(withdrawn), withdrawn.toString());
    }

    @Test
    void eightCreatesOfOneUnitCodeMakeOne201AndSeven409() {
        List<Integer> statuses = Race.run(RACERS, () -> as("district", OFFICE).contentType(ContentType.JSON)
                .body(Map.of("code", "TH-DUA", "name", "Trường Tiểu học Đua", "level", "SCHOOL",
                        "parentCode", OFFICE))
                .post("/api/v1/units").statusCode());
        assertEquals(Map.of(201, 1L, 409, 7L), Race.count(statuses), statuses.toString());
    }

    @Test
    void eightUnconditionalUnitRenamesAndMovesNeverFail() {
        as("district", OFFICE).contentType(ContentType.JSON)
                .body(Map.of("code", "TH-DOIDUA", "name", "Trường Tiểu học Đổi", "level", "SCHOOL", "parentCode", OFFICE))
                .post("/api/v1/units").then().statusCode(201);
        List<Integer> renamed = Race.run(RACERS, () -> as("district", OFFICE).contentType(ContentType.JSON)
                .body(Map.of("name", "Trường Tiểu học Đổi " + UUID.randomUUID()))
                .put("/api/v1/units/{code}", "TH-DOIDUA").statusCode());
        assertEquals(Map.of(200, (long) RACERS), Race.count(renamed), "unconditional renames serialise: "
                + renamed);
    }
}
