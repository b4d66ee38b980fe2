package vn.thidua.testing;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a client generator needs from a service's OpenAPI document, checked the same way for every service: the
 * document parses with swagger-parser without a single message; every operation has a unique operationId, the
 * bearer scheme {@code jwt} (the only one declared) on every {@code /api} operation, a 2xx with a concrete
 * schema (or 204/no body), and every 4xx answers {@code application/problem+json} with the {@code Problem}
 * schema, whose members are those of the service's problem record. The document is also written to a file for
 * the linter of {@code .ci/run}. Needs {@code io.swagger.parser.v3:swagger-parser} on the test classpath.
 */
public final class OpenApiContract {

    public static final String SCHEME = "jwt";
    public static final String PROBLEM_TYPE = "application/problem+json";

    private OpenApiContract() {
    }

    /** Fetches the live document (JSON), keeps a copy in {@code copy}, and fails with every violation found. */
    public static OpenAPI assertComplete(URI document, Class<? extends Record> problem, Path copy) {
        String json = fetch(document);
        try {
            Files.createDirectories(copy.toAbsolutePath().getParent());
            Files.writeString(copy, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
        List<String> failures = new ArrayList<>();
        if (result.getMessages() != null) {
            result.getMessages().forEach(message -> failures.add("swagger-parser: " + message));
        }
        OpenAPI api = result.getOpenAPI();
        if (api == null) {
            throw new AssertionError("swagger-parser read no document: " + failures);
        }
        failures.addAll(violations(api, problem));
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " contract violations:\n  " + String.join("\n  ", failures));
        }
        return api;
    }

    /**
     * Fails unless each named schema lists every one of its properties as {@code required} (what a schema only
     * ever answered says: the service writes every field, null included), and unless {@code requests}, schemas a
     * client sends, have optional properties left optional.
     */
    public static void assertRequired(OpenAPI api, List<String> answered, List<String> requests) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        List<String> failures = new ArrayList<>();
        for (String name : answered) {
            Schema<?> schema = schemas.get(name);
            if (schema == null || schema.getProperties() == null || schema.getProperties().isEmpty()) {
                failures.add(name + ": no such schema with properties");
                continue;
            }
            Set<String> missing = new TreeSet<>(schema.getProperties().keySet());
            if (schema.getRequired() != null) {
                schema.getRequired().forEach(missing::remove);
            }
            if (!missing.isEmpty()) {
                failures.add(name + ": not required: " + missing);
            }
        }
        for (String name : requests) {
            Schema<?> schema = schemas.get(name);
            if (schema == null || schema.getProperties() == null) {
                failures.add(name + ": no such schema with properties");
            } else if (schema.getRequired() != null
                    && schema.getRequired().containsAll(schema.getProperties().keySet())) {
                failures.add(name + ": a request schema with every property required");
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n  ", failures));
        }
    }

    /** The violations of the rules above, one line each ("GET /api/v1/units: no operationId"). */
    public static List<String> violations(OpenAPI api, Class<? extends Record> problem) {
        List<String> failures = new ArrayList<>();
        Set<String> schemes = api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
                ? Set.of() : api.getComponents().getSecuritySchemes().keySet();
        if (!schemes.equals(Set.of(SCHEME))) {
            failures.add("security schemes are " + schemes + ", not exactly [" + SCHEME + "]");
        }
        Schema<?> problemSchema = api.getComponents() == null || api.getComponents().getSchemas() == null ? null
                : api.getComponents().getSchemas().get("Problem");
        Set<String> members = new TreeSet<>(Arrays.stream(problem.getRecordComponents())
                .map(RecordComponent::getName).toList());
        if (problemSchema == null || problemSchema.getProperties() == null
                || !new TreeSet<>(problemSchema.getProperties().keySet()).equals(members)) {
            failures.add("components.schemas.Problem does not have exactly the members " + members);
        }
        if (api.getServers() == null || api.getServers().isEmpty()) {
            failures.add("no servers");
        }
        Set<String> ids = new HashSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            String id = operation.getOperationId();
            if (id == null || !id.matches("[a-z][A-Za-z0-9]*")) {
                failures.add(name + ": operationId " + id + " is not camelCase");
            } else if (!ids.add(id)) {
                failures.add(name + ": operationId " + id + " used twice");
            }
            if (path.startsWith("/api/") && (operation.getSecurity() == null || operation.getSecurity().stream()
                    .noneMatch(requirement -> requirement.containsKey(SCHEME)))) {
                failures.add(name + ": does not require " + SCHEME);
            }
            responses(name, operation, failures);
        }));
        return failures;
    }

    private static void responses(String name, Operation operation, List<String> failures) {
        Map<String, ApiResponse> responses = operation.getResponses() == null ? Map.of() : operation.getResponses();
        if (responses.keySet().stream().noneMatch(status -> status.startsWith("2"))) {
            failures.add(name + ": no 2xx answer");
        }
        boolean has4xx = false;
        for (Map.Entry<String, ApiResponse> entry : responses.entrySet()) {
            String status = entry.getKey();
            Content content = entry.getValue().getContent();
            if (status.startsWith("2") && !status.equals("204")) {
                if (content == null || content.isEmpty()) {
                    failures.add(name + ": " + status + " has no body schema (say 204 if there is none)");
                } else {
                    content.forEach((type, media) -> {
                        if (empty(media.getSchema())) {
                            failures.add(name + ": " + status + " " + type + " has an empty schema");
                        }
                    });
                }
            }
            if (status.startsWith("4")) {
                has4xx = true;
                if (content == null || content.size() != 1 || content.get(PROBLEM_TYPE) == null
                        || !"#/components/schemas/Problem".equals(content.get(PROBLEM_TYPE).getSchema().get$ref())) {
                    failures.add(name + ": " + status + " is not " + PROBLEM_TYPE + " with the Problem schema");
                }
            }
        }
        if (!has4xx) {
            failures.add(name + ": no 4xx answer");
        }
    }

    private static boolean empty(Schema<?> schema) {
        return schema == null || schema.get$ref() == null && schema.getType() == null
                && (schema.getTypes() == null || schema.getTypes().isEmpty()) && schema.getItems() == null
                && schema.getAnyOf() == null && schema.getOneOf() == null && schema.getAllOf() == null
                && schema.getProperties() == null;
    }

    private static String fetch(URI document) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(document)
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(document + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
