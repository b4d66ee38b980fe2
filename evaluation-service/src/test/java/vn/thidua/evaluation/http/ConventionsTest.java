package vn.thidua.evaluation.http;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.thidua.evaluation.EvaluationApi;
import vn.thidua.testing.ThiduaTestResource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13 item 5 on evaluation-service: 401 with a body, 400 naming page/size, paged lists, ETag and 304. */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_evaluation_test"))
class ConventionsTest {

    @Test
    void unauthenticatedIsAProblemWithTheBearerChallenge() {
        Response response = given().get("/api/v1/cycles");
        response.then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        assertTrue(response.header("WWW-Authenticate").startsWith("Bearer"), response.headers().toString());
    }

    @Test
    void listsPageAndMalformedParametersAreNamed() {
        EvaluationApi.School school = EvaluationApi.school(3);
        Response page = school.principal().queryParam("unit", school.unit()).queryParam("size", 2).get("/api/v1/staff");
        page.then().statusCode(200);
        assertEquals(2, page.jsonPath().getList("id").size());
        assertEquals("3", page.header("X-Total-Count"));
        assertTrue(page.header("Link").matches(".*<[^>]*unit=" + school.unit() + "[^>]*page=1&size=2>; rel=\"next\".*"),
                page.header("Link"));

        Response cycles = school.principal().queryParam("unit", school.unit()).get("/api/v1/cycles");
        cycles.then().statusCode(200);
        assertEquals("1", cycles.header("X-Total-Count"));
        assertNotNull(cycles.header("Link"));

        // staff takes page as an int, cycles as an int too: a malformed one is a 400 naming it, never a 404.
        for (String path : new String[] {"/api/v1/staff", "/api/v1/cycles"}) {
            school.principal().queryParam("page", "abc").get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
            school.principal().queryParam("size", "501").get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("size"));
        }
        school.principal().get("/api/v1/cycles/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void staffEvaluationAndRegistrationListsSortByAFieldOfTheirView() {
        EvaluationApi.School school = EvaluationApi.school(4);
        // Default and fullName: by given name (Anh, Ánh, Định, Út); other fields as they are, - for descending.
        assertEquals(List.of("GV03", "GV04", "GV01", "GV02"), staffCodes(school, null));
        assertEquals(List.of("GV03", "GV04", "GV01", "GV02"), staffCodes(school, "fullName"));
        assertEquals(List.of("GV02", "GV01", "GV04", "GV03"), staffCodes(school, "-fullName"));
        assertEquals(List.of("GV04", "GV03", "GV02", "GV01"), staffCodes(school, "-code"));
        // Sorted first, then paged: the second page of two in descending code order.
        Response page = school.principal().queryParam("unit", school.unit()).queryParam("sort", "-code")
                .queryParam("size", 2).queryParam("page", 1).get("/api/v1/staff");
        assertEquals(List.of("GV02", "GV01"), page.then().statusCode(200).extract().jsonPath().getList("code"));
        assertEquals("4", page.header("X-Total-Count"));

        EvaluationApi.openEvaluations(school);
        List<String> evaluated = school.principal().queryParam("sort", "-staffCode")
                .get("/api/v1/cycles/{id}/evaluations", school.cycleId()).then().statusCode(200)
                .extract().jsonPath().getList("staffCode");
        assertTrue(evaluated.size() >= 3, evaluated.toString());
        assertEquals(evaluated.stream().sorted(java.util.Comparator.reverseOrder()).toList(), evaluated);
        assertEquals("GV04", evaluated.get(0));
        school.principal().queryParam("sort", "-updatedAt").get("/api/v1/cycles/{id}/registrations", school.cycleId())
                .then().statusCode(200);

        // An unknown or unordered field is a 400 naming sort, on each list; another school still sees nothing.
        for (String path : new String[] {"/api/v1/staff?unit=" + school.unit(), "/api/v1/cycles/" + school.cycleId()
                + "/evaluations", "/api/v1/cycles/" + school.cycleId() + "/registrations"}) {
            school.principal().queryParam("sort", "salary").get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("sort"));
            school.principal().queryParam("sort", "-targets").get(path.replace("evaluations", "registrations"))
                    .then().statusCode(400).body("errors[0].field", equalTo("sort"));
            EvaluationApi.as("principal", EvaluationApi.OTHER_SCHOOL).queryParam("sort", "-updatedAt").get(path)
                    .then().statusCode(org.hamcrest.Matchers.oneOf(403, 404));
        }
    }

    private static List<String> staffCodes(EvaluationApi.School school, String sort) {
        var request = school.principal().queryParam("unit", school.unit());
        if (sort != null) {
            request = request.queryParam("sort", sort);
        }
        return request.get("/api/v1/staff").then().statusCode(200).extract().jsonPath().getList("code");
    }

    @Test
    void aCycleHasAStrongETagAndAnswers304() {
        EvaluationApi.School school = EvaluationApi.school(1);
        String tag = school.principal().get("/api/v1/cycles/{id}", school.cycleId()).then().statusCode(200)
                .extract().header("ETag");
        assertNotNull(tag);
        assertFalse(tag.startsWith("W/"), tag);
        school.principal().header("If-None-Match", tag).get("/api/v1/cycles/{id}", school.cycleId()).then()
                .statusCode(304);
        school.principal().header("If-None-Match", "\"stale\"").get("/api/v1/cycles/{id}", school.cycleId()).then()
                .statusCode(200);
    }
}
