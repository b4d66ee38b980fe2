package vn.thidua.evaluation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.evaluation.EvaluationApi.School;
import vn.thidua.testing.Race;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.evaluation.EvaluationApi.count;
import static vn.thidua.evaluation.EvaluationApi.etag;
import static vn.thidua.evaluation.EvaluationApi.evaluationOf;
import static vn.thidua.evaluation.EvaluationApi.school;
import static vn.thidua.evaluation.EvaluationApi.selfAssessment;

/**
 * Races answer as the protocol says (issue 16): eight writers released together with one If-Match get one
 * 2xx and seven 412; eight creates of one natural key get one success and seven 409; never a 500. Facts,
 * registrations and standard criteria have a real revision from their first write ("0" is none yet).
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_evaluation_test"))
class RaceTest {

    private static final int RACERS = 8;
    private static final Map<Integer, Long> ONE_WINNER = Map.of(200, 1L, 412, 7L);
    private static final String FACTS = "/api/v1/cycles/{c}/staff/{s}/facts";
    private static final String REGISTRATION = "/api/v1/cycles/{c}/registrations/staff/{s}";

    @BeforeAll
    static void unitTree() {
        EvaluationApi.unitTree();
    }

    private static Map<Integer, Long> race(Supplier<RequestSpecification> caller,
            java.util.function.Function<RequestSpecification, Integer> call) {
        List<Integer> statuses = Race.run(RACERS, () -> call.apply(caller.get()));
        return Race.count(statuses);
    }

    private static final AtomicInteger DISTINCT = new AtomicInteger();

    /** Leave ending on a day no other call used, so no writer sends what is already stored (a no-op 200). */
    private static Map<String, Object> leave() {
        return leave(DISTINCT.incrementAndGet() % 18 + 1);
    }

    private static Map<String, Object> leave(int day) {
        return Map.of("leave", List.of(Map.of("kind", "SICK", "from", "2022-10-01", "to", "2022-10-" + (10 + day))));
    }

    @Test
    void factsHaveARevisionFromTheirFirstWriteAndAStaleWriterLoses() {
        School school = school(3);
        String staffId = school.staffId("GV03");
        school.principal().when().get(FACTS, school.cycleId(), staffId).then().statusCode(200)
                .header("ETag", "\"0\"");
        school.principal().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(leave(1))
                .when().put(FACTS, school.cycleId(), staffId).then().statusCode(200).header("ETag", "\"1\"");
        // The second writer read "0" before the first wrote: it must not overwrite.
        school.principal().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(leave(2))
                .when().put(FACTS, school.cycleId(), staffId).then().statusCode(412)
                .contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"));
        school.principal().when().get(FACTS, school.cycleId(), staffId).then().header("ETag", "\"1\"")
                .body("leave[0].to", equalTo("2022-10-11"));
    }

    @Test
    void eightFirstWritersOfFactsWithETagZeroMakeOneWinnerAndThenEightWithOneETag() {
        School school = school(3);
        String staffId = school.staffId("GV02");
        assertEquals(ONE_WINNER, race(school::principal, c -> c.contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(leave())
                .put(FACTS, school.cycleId(), staffId).statusCode()));
        assertEquals(ONE_WINNER, race(school::principal, c -> c.contentType(ContentType.JSON)
                .header("If-Match", "\"1\"").body(leave())
                .put(FACTS, school.cycleId(), staffId).statusCode()));
        school.principal().when().get(FACTS, school.cycleId(), staffId).then().header("ETag", "\"2\"");
        // One evaluation opened, not eight.
        school.principal().when().get("/api/v1/cycles/{id}/evaluations", school.cycleId()).then()
                .header("X-Total-Count", "1");
    }

    @Test
    void eightUnconditionalFirstWritersOfFactsNeverFail() {
        School school = school(3);
        String staffId = school.staffId("GV03");
        Map<Integer, Long> counts = race(school::principal, c -> c.contentType(ContentType.JSON)
                .body(leave()).put(FACTS, school.cycleId(), staffId).statusCode());
        assertEquals(Map.of(200, 8L), counts, "serialised, each sees the one before");
    }

    @Test
    void eightSelfAssessmentsReviewsAndFinalisationsWithOneETagEachMakeOneWinner() {
        School school = school(3);
        EvaluationApi.openEvaluations(school);
        String id = evaluationOf(school, "GV03");
        String first = etag(school.staff("GV03"), id);
        assertEquals(ONE_WINNER, race(() -> school.staff("GV03"), c -> c.contentType(ContentType.JSON)
                .header("If-Match", first).body(selfAssessment("HTT"))
                .put("/api/v1/evaluations/{id}/self-assessment", id).statusCode()));
        school.staff("GV03").when().post("/api/v1/evaluations/{id}/submit", id).then().statusCode(200);

        String second = etag(school.leader(), id);
        assertEquals(ONE_WINNER, race(school::leader, c -> c.contentType(ContentType.JSON).header("If-Match", second)
                .body(Map.of("comment", "Đồng ý", "proposedRating", "HTT"))
                .put("/api/v1/evaluations/{id}/review", id).statusCode()));

        String third = etag(school.principal(), id);
        assertEquals(ONE_WINNER, race(school::principal, c -> c.contentType(ContentType.JSON)
                .header("If-Match", third).body(Map.of("rating", "HTT"))
                .post("/api/v1/evaluations/{id}/finalize", id).statusCode()));
        school.principal().when().get("/api/v1/evaluations/{id}/audit", id).then().statusCode(200)
                .body("findAll { it.action == 'FINALIZED' }.size()", equalTo(1));
    }

    @Test
    void eightStaffCreatesOfOneCodeMakeOne201AndEightEditsWithOneETagOne200() {
        School school = school(1);
        String body = """
                {"code":"GV77","fullName":"Nguyễn Thị Đua","gender":"FEMALE","birthDate":"1990-02-02",
                 "position":"TEACHER","groupName":"Tổ 1","employment":"CIVIL_SERVANT","hireDate":"2012-09-01"}""";
        assertEquals(Map.of(201, 1L, 409, 7L), race(school::principal, c -> c.contentType(ContentType.JSON).body(body)
                .post("/api/v1/staff").statusCode()));
        String id = school.principal().queryParam("unit", school.unit()).queryParam("size", 500).get("/api/v1/staff")
                .then().extract().path("find { it.code == 'GV77' }.id");
        String etag = school.principal().get("/api/v1/staff/{id}", id).then().extract().header("ETag");
        assertEquals(ONE_WINNER, race(school::principal, c -> c.contentType(ContentType.JSON).header("If-Match", etag)
                .body(body.replace("Tổ 1", "Tổ " + (DISTINCT.incrementAndGet() + 10))).put("/api/v1/staff/{id}", id)
                .statusCode()));
    }

    @Test
    void eightFirstRegistrationsMakeOneAndEightChangesWithOneETagMakeOneWinner() throws Exception {
        School school = school(4);
        String staffId = school.staffId("GV04");
        Map<String, Object> targets = Map.of("targets", List.of(Map.of("kind", "TITLE", "code", "LDTT")));
        assertEquals(Map.of(200, 8L), race(() -> school.staff("GV04"), c -> c.contentType(ContentType.JSON)
                .body(targets).put(REGISTRATION, school.cycleId(), staffId).statusCode()), "serialised on the cycle");
        assertEquals(1L, count("select count(*) from registration_history where action = 'CREATED' and "
                + "registration_id in (select id from registration where staff_id = ?)", UUID.fromString(staffId)));
        String etag = school.staff("GV04").get(REGISTRATION, school.cycleId(), staffId).then().statusCode(200)
                .header("ETag", "\"1\"").extract().header("ETag");
        assertEquals(ONE_WINNER, race(() -> school.staff("GV04"), c -> c.contentType(ContentType.JSON)
                .header("If-Match", etag).body(Map.of("targets", List.of(Map.of("kind", "INITIATIVE",
                        "text", "Sáng kiến " + UUID.randomUUID()))))
                .put(REGISTRATION, school.cycleId(), staffId).statusCode()));
    }

    @Test
    void eightOfficesSettingTheirFirstListNeverFailAndEightChangesWithOneETagMakeOneWinner() {
        String office = "PGD-RACE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestKafka.send(ThiduaTestResource.kafkaBootstrapServers(), "thidua.unit.v1", office,
                Events.unitUpserted(office, "Phòng GD&ĐT đua", "OFFICE", "DONGTHAP"));
        String path = "/api/v1/standard-criteria/{unit}/2022-2023";
        Supplier<RequestSpecification> district = () -> given().auth().oauth2(TestTokens.token("district", office));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> district.get().get(path, office).then()
                .statusCode(404));
        Map<String, Object> list = Map.of("criteria", List.of(Map.of("number", "A", "text", "Phẩm chất")));
        // Those that find the first list replace it (200); those that raced its insert are 409, never 500.
        Map<Integer, Long> first = race(district, c -> c.contentType(ContentType.JSON).body(list)
                .put(path, office).statusCode());
        assertTrue(Set.of(200, 409).containsAll(first.keySet()) && first.get(200) >= 1, first.toString());
        String etag = district.get().get(path, office).then().statusCode(200).extract().header("ETag");
        assertEquals(ONE_WINNER, race(district, c -> c.contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("criteria", List.of(Map.of("number", "B", "text", "Năng lực " + UUID.randomUUID()))))
                .put(path, office).statusCode()));
    }
}
