package vn.thidua.evaluation.http;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.thidua.evaluation.EvaluationApi;
import vn.thidua.testing.ThiduaTestResource;

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
