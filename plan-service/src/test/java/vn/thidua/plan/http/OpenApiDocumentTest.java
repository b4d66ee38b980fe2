package vn.thidua.plan.http;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.problem.Problem;
import vn.thidua.testing.OpenApiContract;
import vn.thidua.testing.ThiduaTestResource;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/**
 * The live document at /q/openapi is one a client generator can use: swagger-parser reads it without a
 * message, and every operation has its operationId, the jwt scheme, a typed 2xx and problem+json 4xx
 * (testing's OpenApiContract). The copy in target/openapi is what .ci/run lints.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class OpenApiDocumentTest {

    @TestHTTPResource("/q/openapi?format=json")
    URL document;

    @Test
    void theLiveDocumentIsContractComplete() throws URISyntaxException {
        OpenAPI api = OpenApiContract.assertComplete(document.toURI(), Problem.class,
                Path.of("target/openapi/openapi-live.json"));
        // Views the service only answers list every field as required (sent, null or not); request bodies do not.
        OpenApiContract.assertRequired(api, List.of("PlanView", "PlanSummary", "VersionView", "ImportResponse"),
                List.of("PlanRequest", "UnitUpdate"));
    }
}
