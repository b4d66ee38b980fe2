package vn.thidua.platform.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which component schemas are only ever answered: reached, through references, from a response body and never
 * from a request body or a parameter. A schema used both ways (a plan's document is sent and read) keeps its
 * request rules, where an absent field is allowed.
 */
final class ResponseSchemas {

    private static final String PREFIX = "#/components/schemas/";

    private ResponseSchemas() {
    }

    static Set<String> answerOnly(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> answered = new HashSet<>();
        Set<String> sent = new HashSet<>();
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(
                    operation -> collect(operation, schemas, answered, sent)));
        }
        answered.removeAll(sent);
        return answered;
    }

    private static void collect(Operation operation, Map<String, Schema> schemas, Set<String> answered,
            Set<String> sent) {
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().values()
                    .forEach(response -> content(response.getContent(), schemas, answered));
        }
        if (operation.getRequestBody() != null) {
            content(operation.getRequestBody().getContent(), schemas, sent);
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> reach(parameter.getSchema(), schemas, sent));
        }
    }

    private static void content(Content content, Map<String, Schema> schemas, Set<String> into) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> reach(media.getSchema(), schemas, into));
        }
    }

    /** Adds the names of every component schema reachable from {@code start}. */
    private static void reach(Schema start, Map<String, Schema> schemas, Set<String> into) {
        Deque<Schema> pending = new ArrayDeque<>();
        if (start != null) {
            pending.push(start);
        }
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(PREFIX)) {
                String name = ref.substring(PREFIX.length());
                if (into.add(name) && schemas.get(name) != null) {
                    pending.push(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(pending::push);
            }
            for (List<Schema> list : List.of(nullToEmpty(schema.getAllOf()), nullToEmpty(schema.getAnyOf()),
                    nullToEmpty(schema.getOneOf()))) {
                list.forEach(pending::push);
            }
            if (schema.getItems() != null) {
                pending.push(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.push(schema.getAdditionalPropertiesSchema());
            }
        }
    }

    private static List<Schema> nullToEmpty(List<Schema> list) {
        return list == null ? List.of() : list;
    }
}
