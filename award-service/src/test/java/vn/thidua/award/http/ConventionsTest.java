package vn.thidua.award.http;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.testing.ThiduaTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13 item 5 on award-service: 401 with a body, every list paged the same way, ETag and 304. */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class ConventionsTest {

    private static RequestSpecification province() {
        return given().auth().oauth2(AwardApi.token("district", "DONGTHAP"));
    }

    @Test
    void unauthenticatedIsAProblemWithTheBearerChallenge() {
        Response response = given().auth().oauth2("forged.token.here").get("/api/v1/rulesets");
        response.then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        assertTrue(response.header("WWW-Authenticate").startsWith("Bearer"), response.headers().toString());
    }

    @Test
    void everyListPagesTheSameWay() {
        AwardApi.units();
        AwardApi.awaitUnitTree();
        Response rules = province().queryParam("size", 1).get("/api/v1/rulesets");
        rules.then().statusCode(200);
        assertEquals(1, rules.jsonPath().getList("version").size());
        long total = Long.parseLong(rules.header("X-Total-Count"));
        assertTrue(total >= 1, "shipped rule sets");
        assertTrue(rules.header("Link").contains("rel=\"first\""), rules.header("Link"));
        for (String path : new String[] {"/api/v1/rulesets", "/api/v1/councils?unit=TH-TRAMCHIM2",
                "/api/v1/nominations?unit=TH-TRAMCHIM2", "/api/v1/decisions", "/api/v1/submissions",
                "/api/v1/eligibility?unit=TH-TRAMCHIM2&schoolYear=2022-2023"}) {
            Response list = province().get(path);
            list.then().statusCode(200);
            assertNotNull(list.header("X-Total-Count"), path);
            assertNotNull(list.header("Link"), path);
            province().queryParam("page", "abc").get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
            province().queryParam("size", "501").get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("size"));
            province().queryParam("sort", "-noSuchField").get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("sort"));
            province().queryParam("sort", "-schoolYear").get(path).then().statusCode(
                    path.startsWith("/api/v1/rulesets") ? 400 : 200);
        }
    }

    @Test
    void aRuleSetHasAStrongETagAndAnswers304() {
        String version = province().get("/api/v1/rulesets").then().statusCode(200).extract().path("[0].version");
        String tag = province().get("/api/v1/rulesets/{v}", version).then().statusCode(200).extract().header("ETag");
        assertNotNull(tag);
        assertFalse(tag.startsWith("W/"), tag);
        Response unchanged = province().header("If-None-Match", tag).get("/api/v1/rulesets/{v}", version);
        unchanged.then().statusCode(304);
        assertEquals("", unchanged.asString());
    }
}
