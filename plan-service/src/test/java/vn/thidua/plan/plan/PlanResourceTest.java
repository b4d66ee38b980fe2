package vn.thidua.plan.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.EventContracts;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.plan.plan.PlanApi.OFFICE;
import static vn.thidua.plan.plan.PlanApi.OTHER_OFFICE;
import static vn.thidua.plan.plan.PlanApi.OTHER_OFFICE_SCHOOL;
import static vn.thidua.plan.plan.PlanApi.SCHOOL;
import static vn.thidua.plan.plan.PlanApi.as;
import static vn.thidua.plan.plan.PlanApi.create;
import static vn.thidua.plan.plan.PlanApi.document;
import static vn.thidua.plan.plan.PlanApi.request;

/** Plans over HTTP: lifecycle, concurrency, events, validation and who may do what. */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class PlanResourceTest {

    static Map<String, Object> schoolPlan() {
        return request(SCHOOL, document("Phát động phong trào thi đua yêu nước năm 2023",
                "Thực hiện tốt các cuộc vận động và phong trào thi đua",
                "Đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục"));
    }

    @Test
    void everyTransitionIsOneValidEventAndVersionsStayReadable() {
        String id = create("principal", SCHOOL, schoolPlan()).statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
        as("principal", SCHOOL).post("/api/v1/plans/{id}/publish", id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("version", equalTo(1));
        String etag = as("principal", SCHOOL).get("/api/v1/plans/{id}", id).then().extract().header("ETag");

        Map<String, Object> amended = document("Phát động phong trào thi đua yêu nước năm 2023",
                "Thực hiện tốt các cuộc vận động và phong trào thi đua",
                "Đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục",
                "Đẩy mạnh chuyển đổi số trong dạy học");
        as("principal", SCHOOL).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("document", amended, "note", "Bổ sung nội dung chuyển đổi số"))
                .post("/api/v1/plans/{id}/amend", id).then().statusCode(200).body("version", equalTo(2));
        as("principal", SCHOOL).contentType(ContentType.JSON).body(Map.of("phase", "MIDTERM_REVIEW"))
                .post("/api/v1/plans/{id}/phase", id).then().statusCode(200).body("status", equalTo("MIDTERM_REVIEW"));
        as("principal", SCHOOL).contentType(ContentType.JSON).body(Map.of("phase", "CLOSED"))
                .post("/api/v1/plans/{id}/phase", id).then().statusCode(200).body("status", equalTo("CLOSED"));
        as("principal", SCHOOL).contentType(ContentType.JSON).body(Map.of("phase", "MIDTERM_REVIEW"))
                .post("/api/v1/plans/{id}/phase", id).then().statusCode(409);
        as("principal", SCHOOL).post("/api/v1/plans/{id}/publish", id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("CLOSED"));

        await().atMost(Duration.ofSeconds(15)).until(() -> PlanApi.planEvents(id).size() >= 4);
        List<ConsumerRecord<String, String>> events = PlanApi.planEvents(id);
        assertEquals(List.of("vn.thidua.plan.published.v1", "vn.thidua.plan.amended.v1",
                "vn.thidua.plan.phase-changed.v1", "vn.thidua.plan.phase-changed.v1"),
                events.stream().map(r -> typeOf(r.value())).toList(), "one event per transition, in order");
        events.forEach(r -> assertEquals(Set.of(), EventContracts.validate(r.value()), r.value()));
        assertTrue(events.get(1).value().contains("Đẩy mạnh chuyển đổi số"), "amendment carries the new contents");

        as("principal", SCHOOL).get("/api/v1/plans/{id}/versions", id).then().statusCode(200)
                .body("version", equalTo(List.of(1, 2)))
                .body("[0].document.contents.size()", equalTo(2))
                .body("[1].note", equalTo("Bổ sung nội dung chuyển đổi số"));
        as("principal", SCHOOL).get("/api/v1/plans/{id}/diff?from=1&to=2", id).then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].section", equalTo("contents")).body("[0].key", equalTo("3"))
                .body("[0].kind", equalTo("ADDED"));
    }

    static String typeOf(String json) {
        int start = json.indexOf("\"type\":\"") + 8;
        return json.substring(start, json.indexOf('"', start));
    }

    /** One plan, and so one evaluation cycle, per unit and school year: a second is refused and pointed to amendment. */
    @Test
    void aSecondPlanOfTheSameUnitAndSchoolYearIsRefusedNamingThePublishedOne() {
        String year = PlanApi.freshSchoolYear();
        String first = PlanApi.published("principal", SCHOOL, request(SCHOOL, year, document("Kế hoạch thi đua",
                "Nội dung")));
        // A draft of the same year may be written; publishing it is what is refused.
        String second = create("principal", SCHOOL, request(SCHOOL, year, document("Kế hoạch thi đua lần hai",
                "Nội dung khác"))).statusCode(201).extract().path("id");
        as("principal", SCHOOL).post("/api/v1/plans/{id}/publish", second).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://thidua.vn/problems/school-year-taken"))
                .body("errors[0].field", equalTo("schoolYear"))
                .body("errors[0].message", containsString(first))
                .body("detail", containsString("POST /api/v1/plans/" + first + "/amend"));
        as("principal", SCHOOL).get("/api/v1/plans/{id}", second).then().statusCode(200).body("status", equalTo("DRAFT"));
        // Another school's token neither sees the draft nor learns of the published plan.
        as("principal", PlanApi.SISTER_SCHOOL).post("/api/v1/plans/{id}/publish", second).then().statusCode(404);
        // The same year at another unit is its own.
        PlanApi.published("principal", PlanApi.SISTER_SCHOOL, request(PlanApi.SISTER_SCHOOL, year,
                document("Kế hoạch của trường chị em", "Nội dung")));
        // The published plan is amended instead; once withdrawn, the year is free again.
        as("principal", SCHOOL).contentType(ContentType.JSON)
                .body(Map.of("reason", "Ban hành nhầm bản dự thảo; ban hành lại kế hoạch chính thức"))
                .post("/api/v1/plans/{id}/withdraw", first).then().statusCode(200);
        as("principal", SCHOOL).post("/api/v1/plans/{id}/publish", second).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
    }

    @Test
    void withdrawingEmitsWithdrawnWithTheReason() {
        String id = PlanApi.published("principal", SCHOOL, schoolPlan());
        as("principal", SCHOOL).contentType(ContentType.JSON).body(Map.of("reason", "Ban hành nhầm bản nháp"))
                .post("/api/v1/plans/{id}/withdraw", id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        as("principal", SCHOOL).contentType(ContentType.JSON).body(Map.of("reason", "lần hai"))
                .post("/api/v1/plans/{id}/withdraw", id).then().statusCode(409);
        await().atMost(Duration.ofSeconds(15)).until(() -> PlanApi.planEvents(id).size() >= 2);
        List<ConsumerRecord<String, String>> events = PlanApi.planEvents(id);
        assertEquals(2, events.size());
        assertTrue(events.get(1).value().contains("Ban hành nhầm bản nháp"));
    }

    @Test
    void editsNeedTheCurrentRevision() {
        var created = create("principal", SCHOOL, schoolPlan()).statusCode(201).extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        Map<String, Object> changed = request(SCHOOL, document("Kế hoạch thi đua năm 2023 (sửa)", "Nội dung một"));

        as("principal", SCHOOL).contentType(ContentType.JSON).body(changed).put("/api/v1/plans/{id}", id)
                .then().statusCode(428).contentType("application/problem+json");
        String next = as("principal", SCHOOL).contentType(ContentType.JSON).header("If-Match", etag).body(changed)
                .put("/api/v1/plans/{id}", id).then().statusCode(200)
                .body("title", equalTo("Kế hoạch thi đua năm 2023 (sửa)")).extract().header("ETag");
        assertTrue(!next.equals(etag), "the revision moves on");
        // A second editor still holding the first ETag loses, and nothing of theirs is stored.
        as("principal", SCHOOL).contentType(ContentType.JSON).header("If-Match", etag)
                .body(request(SCHOOL, document("Bản của người khác", "x")))
                .put("/api/v1/plans/{id}", id).then().statusCode(412).body("errors[0].field", equalTo("If-Match"));
        as("principal", SCHOOL).get("/api/v1/plans/{id}", id).then().body("title", equalTo("Kế hoạch thi đua năm 2023 (sửa)"));
    }

    @Test
    void withoutTokenIs401() {
        io.restassured.RestAssured.given().get("/api/v1/plans").then().statusCode(401);
    }

    @Test
    void anotherSchoolNeitherSeesNorTouchesAPlan() {
        String id = create("principal", SCHOOL, schoolPlan()).statusCode(201).extract().path("id");
        as("principal", OTHER_OFFICE_SCHOOL).get("/api/v1/plans/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        as("principal", OTHER_OFFICE_SCHOOL).post("/api/v1/plans/{id}/publish", id).then().statusCode(404);
        as("principal", PlanApi.SISTER_SCHOOL).post("/api/v1/plans/{id}/publish", id).then().statusCode(404);
        create("principal", OTHER_OFFICE_SCHOOL, schoolPlan()).statusCode(403);
        as("principal", OTHER_OFFICE_SCHOOL).get("/api/v1/plans?unit=" + SCHOOL).then().statusCode(403);
        as("principal", OTHER_OFFICE_SCHOOL).get("/api/v1/plans").then().statusCode(200).body("id", not(hasItem(id)));
        as("principal", SCHOOL).get("/api/v1/plans/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void officesReachTheirSchoolsOnlyAndStaffReadOnlyPublishedPlans() {
        String id = create("principal", SCHOOL, schoolPlan()).statusCode(201).extract().path("id");
        as("district", OFFICE).get("/api/v1/plans/{id}", id).then().statusCode(200).body("unitCode", equalTo(SCHOOL));
        as("district", OTHER_OFFICE).get("/api/v1/plans/{id}", id).then().statusCode(404);
        as("staff", SCHOOL).get("/api/v1/plans/{id}", id).then().statusCode(404);
        as("staff", SCHOOL).contentType(ContentType.JSON).body(schoolPlan()).post("/api/v1/plans")
                .then().statusCode(403).contentType("application/problem+json");
        as("principal", SCHOOL).post("/api/v1/plans/{id}/publish", id).then().statusCode(200);
        as("staff", SCHOOL).get("/api/v1/plans/{id}", id).then().statusCode(200);
        as("viewer", SCHOOL).get("/api/v1/plans").then().statusCode(200).body("id", hasItem(id));
        as("staff", SCHOOL).post("/api/v1/plans/{id}/publish", id).then().statusCode(403);
    }

    @Test
    void schoolsReadThePublishedPlansOfTheirOfficeButNotItsDrafts() {
        String draft = create("district", OFFICE, request(OFFICE, document("Kế hoạch của Phòng (nháp)", "Nội dung")))
                .statusCode(201).extract().path("id");
        String published = PlanApi.published("district", OFFICE, request(OFFICE, document("Kế hoạch của Phòng", "Nội dung")));
        as("staff", SCHOOL).get("/api/v1/plans/{id}", published).then().statusCode(200);
        as("principal", SCHOOL).get("/api/v1/plans/{id}", draft).then().statusCode(404);
        as("principal", SCHOOL).get("/api/v1/plans?unit=" + OFFICE).then().statusCode(200)
                .body("id", hasItem(published)).body("id", not(hasItem(draft)));
        as("principal", OTHER_OFFICE_SCHOOL).get("/api/v1/plans/{id}", published).then().statusCode(404);
    }

    @Test
    void searchFindsWordsAnywhereInTheDocument() {
        String id = create("principal", SCHOOL, request(SCHOOL, document("Kế hoạch năm 2023",
                "Thi đua dạy tốt", "Xây dựng trường học xanh – sạch – đẹp"))).statusCode(201).extract().path("id");
        as("principal", SCHOOL).get("/api/v1/plans?q=XANH – SẠCH").then().statusCode(200).body("id", hasItem(id));
        as("principal", SCHOOL).get("/api/v1/plans?q=không có chữ này").then().statusCode(200).body("size()", equalTo(0));
        as("principal", SCHOOL).get("/api/v1/plans?status=PUBLISHED").then().statusCode(200).body("id", not(hasItem(id)));
        as("principal", SCHOOL).get("/api/v1/plans?sort=name").then().statusCode(400);
    }

    @Test
    void invalidFieldsAreNamed() {
        Map<String, Object> bad = request(SCHOOL, document("Kế hoạch", "x"));
        bad.put("schoolYear", "2023");
        bad.remove("document");
        create("principal", SCHOOL, bad).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("schoolYear"))
                .body("errors.field", hasItem("document"));
    }

    @Test
    void unreadableJsonIs400NamingTheField() {
        as("principal", SCHOOL).contentType(ContentType.JSON)
                .body("{\"unitCode\": \"" + SCHOOL + "\", \"document\": {\"contents\": \"not a list\"}}")
                .post("/api/v1/plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("document.contents"));
        as("principal", SCHOOL).contentType(ContentType.JSON).body("{broken").post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void planWithoutContentsCannotBePublished() {
        String id = create("principal", SCHOOL, request(SCHOOL, document("Kế hoạch chưa có nội dung")))
                .statusCode(201).extract().path("id");
        as("principal", SCHOOL).post("/api/v1/plans/{id}/publish", id).then().statusCode(422)
                .body("errors.field", hasItem("document.contents"));
        as("principal", SCHOOL).get("/api/v1/plans/{id}", id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void basedOnMustBeAPublishedPlanAbove() {
        String sisterPlan = PlanApi.published("principal", PlanApi.SISTER_SCHOOL,
                request(PlanApi.SISTER_SCHOOL, document("Kế hoạch trường bạn", "x")));
        Map<String, Object> plan = schoolPlan();
        plan.put("basedOnPlanId", sisterPlan);
        create("principal", SCHOOL, plan).statusCode(422).body("errors[0].field", equalTo("basedOnPlanId"));
        plan.put("basedOnPlanId", UUID.randomUUID().toString());
        create("principal", SCHOOL, plan).statusCode(422);
    }

    @Test
    void unknownPlanIs404AndAMalformedIdIs400() {
        as("principal", SCHOOL).get("/api/v1/plans/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as("principal", SCHOOL).get("/api/v1/plans/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("id"));
    }
}
