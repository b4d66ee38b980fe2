package vn.thidua.testing;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract rules catch what issue 13 found in the services' documents, one rule at a time. */
class OpenApiContractTest {

    record Problem(String type, String title, int status, String detail, String instance, List<Object> errors) {
    }

    private static final String COMPONENTS = """
            "components": {"securitySchemes": {"jwt": {"type": "http", "scheme": "bearer"}},
              "schemas": {"Problem": {"type": "object", "properties": {"type": {}, "title": {}, "status": {},
                "detail": {}, "instance": {}, "errors": {}}},
                "Unit": {"type": "object", "properties": {"code": {"type": "string"}}}}}""";
    private static final String PROBLEM = """
            {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
             "description": "problem"}""";

    private static List<String> violations(String operation) {
        String json = "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"},"
                + " \"servers\": [{\"url\": \"http://127.0.0.1:8081\"}], " + COMPONENTS
                + ", \"paths\": {\"/api/v1/units\": {\"get\": " + operation + "}}}";
        OpenAPI api = new OpenAPIParser().readContents(json, null, null).getOpenAPI();
        return OpenApiContract.violations(api, Problem.class);
    }

    private static String operation(String id, String security, String ok, String notFound) {
        return "{" + (id == null ? "" : "\"operationId\": \"" + id + "\", ") + "\"security\": " + security
                + ", \"responses\": {\"200\": " + ok + ", \"404\": " + notFound + "}}";
    }

    private static final String TYPED = """
            {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Unit"}}}}""";

    @Test
    void aCompleteOperationPasses() {
        assertEquals(List.of(), violations(operation("listUnits", "[{\"jwt\": []}]", TYPED, PROBLEM)));
    }

    @Test
    void eachGapIsNamed() {
        assertTrue(violations(operation(null, "[{\"jwt\": []}]", TYPED, PROBLEM)).get(0).contains("operationId"));
        assertTrue(violations(operation("ListUnits", "[{\"jwt\": []}]", TYPED, PROBLEM)).get(0).contains("camelCase"));
        assertTrue(violations(operation("listUnits", "[{\"SecurityScheme\": []}]", TYPED, PROBLEM)).get(0)
                .contains("does not require jwt"));
        String untyped = "{\"description\": \"ok\", \"content\": {\"application/json\": {\"schema\": {}}}}";
        assertTrue(violations(operation("listUnits", "[{\"jwt\": []}]", untyped, PROBLEM)).get(0)
                .contains("empty schema"));
        String bare = "{\"description\": \"not found\"}";
        assertTrue(violations(operation("listUnits", "[{\"jwt\": []}]", TYPED, bare)).get(0)
                .contains("404 is not application/problem+json"));
    }
}
