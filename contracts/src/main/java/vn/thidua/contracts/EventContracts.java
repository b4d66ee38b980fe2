package vn.thidua.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The event contracts of Thi đua: the list of event types and a validator of CloudEvents envelopes
 * against {@code contracts/schemas/}. Resources are read from the classpath, so this works from
 * the jar as well as from the build directory.
 *
 * <p>On Jackson 2, the services' own, with json-schema-validator's 2.x line; callers only see strings.
 */
public final class EventContracts {

    public static final String BASE = "contracts/";
    public static final String ENVELOPE_SCHEMA = BASE + "schemas/envelope.schema.json";
    public static final String EVENT_TYPES_INDEX = BASE + "event-types.txt";
    public static final String ASYNCAPI = BASE + "asyncapi.yaml";

    // Trailing content after the document is an error, as Jackson 3 (the validator's 3.x) had it by default.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    // Draft 2020-12 with uuid and date checked by ExactFormats: the same answers, a fraction of the cost.
    static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
            .format(ExactFormats.UUID)
            .format(ExactFormats.FULL_DATE)
            .build();

    // Format assertions are off by default in draft 2020-12; without them uuid and date-time
    // would only be annotations. English messages keep the output stable across locales.
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(DIALECT,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .locale(Locale.ENGLISH)
                    .pathType(PathType.JSON_PATH)
                    .build()));

    // Compiled schemas by resource name; only known types are ever put here, so input cannot grow it.
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContracts() {
    }

    /** All event types, in the order of {@code contracts/event-types.txt}. */
    public static List<String> eventTypes() {
        return Index.TYPES;
    }

    /** Classpath resource of the JSON Schema of the {@code data} of an event type. */
    public static String schemaResource(String type) {
        return BASE + "schemas/" + type + ".schema.json";
    }

    /** Classpath resource of the example envelope of an event type. */
    public static String exampleResource(String type) {
        return BASE + "examples/" + type + ".json";
    }

    /** The example envelope of a known event type, as JSON text (handy as a test fixture). */
    public static String example(String type) {
        requireKnown(type);
        return readResource(exampleResource(type));
    }

    /** The topic an event type is published on: {@code vn.thidua.plan.published.v1} → {@code thidua.plan.v1}. */
    public static String topicOf(String type) {
        requireKnown(type);
        return "thidua." + type.split("\\.")[2] + ".v1";
    }

    /**
     * Validates an envelope against envelope.schema.json and its {@code data} against the schema of
     * its {@code type}.
     *
     * @return an empty set when valid, otherwise human-readable messages naming the offending
     *     fields as JSON paths ({@code $.data.planId: ...}); never throws for bad input
     */
    public static Set<String> validate(String envelopeJson) {
        Set<String> messages = new LinkedHashSet<>();
        if (envelopeJson == null || envelopeJson.isBlank()) {
            messages.add("$: the envelope is empty");
            return Collections.unmodifiableSet(messages);
        }
        JsonNode envelope;
        try {
            envelope = MAPPER.readTree(envelopeJson);
        } catch (JsonProcessingException e) {
            messages.add("$: not valid JSON: " + e.getOriginalMessage());
            return Collections.unmodifiableSet(messages);
        }
        return validate(envelope);
    }

    /**
     * {@link #validate(String)} of an envelope already read as a tree, or built as one before it is written: a
     * caller that holds the tree saves parsing the text again (a bulk post checks thousands of events).
     */
    public static Set<String> validate(JsonNode envelope) {
        Set<String> messages = new LinkedHashSet<>();
        if (envelope == null || envelope.isMissingNode()) {
            messages.add("$: the envelope is empty");
            return Collections.unmodifiableSet(messages);
        }
        for (Error error : schema(ENVELOPE_SCHEMA).validate(envelope)) {
            messages.add(format("$", error));
        }

        // Check data even when the envelope has other faults, so one run reports everything.
        JsonNode type = envelope.get("type");
        JsonNode data = envelope.get("data");
        if (type != null && type.isTextual()) {
            if (!Index.TYPE_SET.contains(type.textValue())) {
                messages.add("$.type: unknown event type '" + type.textValue() + "'; known types are listed in "
                        + EVENT_TYPES_INDEX);
            } else if (data != null && data.isObject()) {
                for (Error error : schema(schemaResource(type.textValue())).validate(data)) {
                    messages.add(format("$.data", error));
                }
            }
        }
        return Collections.unmodifiableSet(messages);
    }

    private static String format(String root, Error error) {
        // Paths are relative to the validated node ("$" or "$.planId"); re-root data errors under $.data.
        String path = error.getInstanceLocation().toString();
        String located = path.startsWith("$") ? root + path.substring(1) : root;
        String message = error.getMessage();
        return message.startsWith(path + ": ") ? located + message.substring(path.length()) : located + ": " + message;
    }

    private static Schema schema(String resource) {
        return SCHEMAS.computeIfAbsent(resource, name -> {
            JsonNode node = readTree(readResource(name));
            Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:" + name), node);
            // Compile eagerly so concurrent validations share a fully built schema.
            schema.initializeValidators();
            return schema;
        });
    }

    /** A JSON document shipped in the jar, as a tree; it is ours, so a parse failure is a build defect. */
    static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a shipped JSON document does not parse: " + e.getOriginalMessage(), e);
        }
    }

    private static void requireKnown(String type) {
        if (!Index.TYPE_SET.contains(type)) {
            throw new IllegalArgumentException("unknown event type: " + type);
        }
    }

    static String readResource(String name) {
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource on the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** The type index, loaded on first use. */
    private static final class Index {
        static final List<String> TYPES = readResource(EVENT_TYPES_INDEX).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        static final Set<String> TYPE_SET = Set.copyOf(TYPES);
    }
}
