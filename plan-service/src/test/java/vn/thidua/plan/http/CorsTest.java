package vn.thidua.plan.http;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With origins configured (as ./stack up does for a dashboard on port 3000), only those origins may call. */
@QuarkusTest
@TestProfile(CorsTest.LocalDashboard.class)
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class CorsTest {

    public static class LocalDashboard implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.enabled", "true",
                    "quarkus.http.cors.origins", "http://localhost:3000,http://127.0.0.1:3000");
        }
    }

    @Test
    void configuredOriginsMayCallAndReadThePagingHeaders() {
        for (String origin : new String[] {"http://localhost:3000", "http://127.0.0.1:3000"}) {
            Response preflight = given().header("Origin", origin).header("Access-Control-Request-Method", "PUT")
                    .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                    .options("/api/v1/units/TH-TRAMCHIM2");
            assertEquals(origin, preflight.header("Access-Control-Allow-Origin"), preflight.headers().toString());
            assertTrue(preflight.header("Access-Control-Allow-Methods").contains("PUT"));
            Response list = given().auth().oauth2(TestTokens.token("district", "DONGTHAP")).header("Origin", origin)
                    .get("/api/v1/units");
            assertEquals(200, list.statusCode());
            assertEquals(origin, list.header("Access-Control-Allow-Origin"));
            String exposed = list.header("Access-Control-Expose-Headers");
            for (String header : new String[] {"ETag", "Link", "X-Total-Count"}) {
                assertTrue(exposed.contains(header), exposed);
            }
        }
        Response other = given().header("Origin", "http://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/units");
        assertNull(other.header("Access-Control-Allow-Origin"), other.headers().toString());
    }
}
