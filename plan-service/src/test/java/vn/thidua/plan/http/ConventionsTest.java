package vn.thidua.plan.http;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.text.VietnameseNames;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conventions of issue 13 item 5 on plan-service: lists page the same way (page, size ≤ 500, Link,
 * X-Total-Count), a malformed page or size is a 400 naming it, reads carry a strong ETag and answer 304 to
 * If-None-Match until the resource changes, CORS is off unless origins are configured, and the project's metrics
 * have HELP text.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class ConventionsTest {

    private static RequestSpecification district(String unit) {
        return given().auth().oauth2(TestTokens.token("district", unit));
    }

    @Test
    void unitsPageWithLinksAndTotal() {
        Response all = district("DONGTHAP").queryParam("size", 500).get("/api/v1/units");
        all.then().statusCode(200);
        int total = all.jsonPath().getList("code").size();
        assertTrue(total >= 7, "the demo tree: " + total);
        assertEquals(String.valueOf(total), all.header("X-Total-Count"));

        Response second = district("DONGTHAP").queryParam("page", 1).queryParam("size", 2).get("/api/v1/units");
        second.then().statusCode(200);
        assertEquals(2, second.jsonPath().getList("code").size());
        assertEquals(all.jsonPath().getList("code").subList(2, 4), second.jsonPath().getList("code"));
        assertEquals(String.valueOf(total), second.header("X-Total-Count"));
        Map<String, String> links = links(second.header("Link"));
        assertEquals("/api/v1/units?page=0&size=2", links.get("first"));
        assertEquals("/api/v1/units?page=0&size=2", links.get("prev"));
        assertEquals("/api/v1/units?page=2&size=2", links.get("next"));
        assertEquals("/api/v1/units?page=" + (total - 1) / 2 + "&size=2", links.get("last"));
        assertTrue(district("DONGTHAP").queryParam("page", 1000).get("/api/v1/units").jsonPath().getList("code")
                .isEmpty());

        List<String> descending = district("DONGTHAP").queryParam("sort", "-code").queryParam("size", 500)
                .get("/api/v1/units").then().statusCode(200).extract().jsonPath().getList("code");
        List<String> expected = new java.util.ArrayList<>(descending);
        java.text.Collator collator = VietnameseNames.collator(); // text sorts as Vietnamese, hyphens aside
        expected.sort((a, b) -> collator.compare(b, a));
        assertEquals(expected, descending);
        district("DONGTHAP").queryParam("sort", "parent").get("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void malformedPageOrSizeIsA400NamingIt() {
        for (String[] query : new String[][] {{"page", "abc"}, {"page", "-1"}, {"size", "0"}, {"size", "501"},
                {"size", "1e3"}}) {
            district("DONGTHAP").queryParam(query[0], query[1]).get("/api/v1/units").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(query[0]));
        }
        district("DONGTHAP").queryParam("page", "x").get("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        district("DONGTHAP").get("/api/v1/plans/not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void readsHaveStrongETagsAnd304UntilTheyChange() {
        district("PGD-CAOLANH").contentType(ContentType.JSON)
                .body(Map.of("code", "TH-ETAG", "name", "Trường Tiểu học Thẻ", "level", "SCHOOL",
                        "parentCode", "PGD-CAOLANH"))
                .post("/api/v1/units").then().statusCode(201);
        String tag = district("PGD-CAOLANH").get("/api/v1/units/TH-ETAG").then().statusCode(200).extract()
                .header("ETag");
        assertNotNull(tag);
        assertFalse(tag.startsWith("W/"), "strong: " + tag);
        Response unchanged = district("PGD-CAOLANH").header("If-None-Match", tag).get("/api/v1/units/TH-ETAG");
        unchanged.then().statusCode(304);
        assertEquals("", unchanged.asString());
        assertEquals(tag, unchanged.header("ETag"));
        district("PGD-CAOLANH").header("If-None-Match", "\"other\", " + tag).get("/api/v1/units/TH-ETAG").then()
                .statusCode(304);

        district("PGD-CAOLANH").contentType(ContentType.JSON).body(Map.of("name", "Trường Tiểu học Thẻ Mới"))
                .put("/api/v1/units/TH-ETAG").then().statusCode(200);
        Response changed = district("PGD-CAOLANH").header("If-None-Match", tag).get("/api/v1/units/TH-ETAG");
        changed.then().statusCode(200).body("name", equalTo("Trường Tiểu học Thẻ Mới"));
        assertNotEquals(tag, changed.header("ETag"));

        // A list is a resource too, and a plan keeps its revision as its ETag (the one If-Match takes).
        String list = district("PGD-CAOLANH").get("/api/v1/units").header("ETag");
        district("PGD-CAOLANH").header("If-None-Match", list).get("/api/v1/units").then().statusCode(304);
    }

    @Test
    void corsIsOffByDefault() {
        Response preflight = given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "GET").options("/api/v1/units");
        assertNull(preflight.header("Access-Control-Allow-Origin"), preflight.headers().toString());
        Response simple = district("DONGTHAP").header("Origin", "http://localhost:3000").get("/api/v1/units");
        assertNull(simple.header("Access-Control-Allow-Origin"));
    }

    @Test
    void theProjectsMetricsHaveHelpText() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> names = metrics.lines().filter(l -> l.startsWith("# TYPE thidua_"))
                .map(l -> l.split(" ")[2]).toList();
        assertFalse(names.isEmpty(), "thidua metrics exported");
        for (String name : names) {
            Matcher help = Pattern.compile("^# HELP " + Pattern.quote(name) + " (.+)$", Pattern.MULTILINE)
                    .matcher(metrics);
            assertTrue(help.find() && !help.group(1).isBlank(), "HELP text of " + name);
        }
    }

    /** rel → path and query of an RFC 8288 Link header. */
    static Map<String, String> links(String header) {
        assertNotNull(header, "Link header");
        Map<String, String> links = new java.util.HashMap<>();
        Matcher link = Pattern.compile("<([^>]*)>; rel=\"(\\w+)\"").matcher(header);
        while (link.find()) {
            links.put(link.group(2), link.group(1));
        }
        return links;
    }
}
