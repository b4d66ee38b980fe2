package vn.thidua.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A plausible value for an OpenAPI 3.1 schema of one service's document: its examples where it has them, the
 * seeded ids where a property names one ({@code staffId}, {@code nominationIds}), else a value of its type.
 * Plausible, not valid: the point is to get past the first check so the mutations reach the deeper ones.
 */
final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private final JsonNode components;
    private final Function<String, String> known;

    /** @param known a seeded value for a property name (e.g. "staffId"), or null */
    Schemas(JsonNode document, Function<String, String> known) {
        this.components = document.path("components").path("schemas");
        this.known = known;
    }

    /** Follows $ref, takes the first non-null branch of anyOf/oneOf and merges allOf. */
    JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 10 && schema != null; i++) {
            if (schema.has("$ref")) {
                String ref = schema.get("$ref").asText();
                JsonNode target = components.path(ref.substring(ref.lastIndexOf('/') + 1));
                if (schema.size() > 1 && target.isObject()) {
                    ObjectNode merged = ((ObjectNode) target).deepCopy();
                    schema.fields().forEachRemaining(f -> {
                        if (!f.getKey().equals("$ref") && !f.getKey().equals("type")) {
                            merged.set(f.getKey(), f.getValue());
                        }
                    });
                    schema = merged;
                } else {
                    schema = target;
                }
                continue;
            }
            JsonNode branches = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
            if (branches != null) {
                JsonNode chosen = null;
                for (JsonNode branch : branches) {
                    if (!"null".equals(branch.path("type").asText())) {
                        chosen = branch;
                        break;
                    }
                }
                schema = chosen == null ? NODES.objectNode() : chosen;
                continue;
            }
            if (schema.has("allOf")) {
                ObjectNode merged = NODES.objectNode();
                ObjectNode properties = NODES.objectNode();
                for (JsonNode part : schema.get("allOf")) {
                    JsonNode resolved = resolve(part);
                    resolved.fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue()));
                    if (resolved.has("properties")) {
                        properties.setAll((ObjectNode) resolved.get("properties"));
                    }
                }
                merged.set("properties", properties);
                schema = merged;
                continue;
            }
            return schema;
        }
        return schema == null ? NODES.objectNode() : schema;
    }

    /** The schema's type: "object", "array", "string", "integer", "number", "boolean" (first non-null of a list). */
    String type(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        JsonNode type = resolved.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type != null) {
            return type.asText();
        }
        if (resolved.has("properties")) {
            return "object";
        }
        return resolved.has("items") ? "array" : "string";
    }

    JsonNode sample(JsonNode schema, String name) {
        return sample(schema, name, 0);
    }

    private JsonNode sample(JsonNode schema, String name, int depth) {
        JsonNode resolved = resolve(schema);
        String seeded = name == null ? null : known.apply(name);
        if (seeded != null && !"array".equals(type(resolved))) {
            return NODES.textNode(seeded);
        }
        if (resolved.has("examples") && resolved.get("examples").size() > 0) {
            return resolved.get("examples").get(0);
        }
        if (resolved.has("example")) {
            return resolved.get("example");
        }
        if (resolved.has("enum") && resolved.get("enum").size() > 0) {
            return resolved.get("enum").get(0);
        }
        switch (type(resolved)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < MAX_DEPTH) {
                    Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields();
                    while (properties.hasNext()) {
                        Map.Entry<String, JsonNode> property = properties.next();
                        if (!property.getValue().path("readOnly").asBoolean()) {
                            object.set(property.getKey(), sample(property.getValue(), property.getKey(), depth + 1));
                        }
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                String itemName = name != null && name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
                if (depth < MAX_DEPTH) {
                    array.add(sample(resolved.path("items"), itemName, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(resolved.has("minimum") ? resolved.get("minimum").asLong() : 1);
            }
            case "number" -> {
                return NODES.numberNode(1.5);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.textNode(stringOf(resolved.path("format").asText(""), name));
            }
        }
    }

    private static String stringOf(String format, String name) {
        return switch (format) {
            case "date" -> "2023-05-15";
            case "date-time" -> "2023-05-30T07:30:00+07:00";
            case "uuid" -> UUID.nameUUIDFromBytes(String.valueOf(name).getBytes()).toString();
            case "int64", "int32" -> "1";
            default -> name == null ? "Giá trị thử" : "Thử " + name;
        };
    }

    /** Whether a property of this schema holds a date (by format or, for plain strings, by its name). */
    boolean isDate(JsonNode schema, String name) {
        String format = resolve(schema).path("format").asText("");
        return format.startsWith("date") || name != null && (name.endsWith("On") || name.endsWith("Date")
                || name.endsWith("At") || name.equals("date"));
    }
}
