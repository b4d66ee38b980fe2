package vn.thidua.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

class AsyncApiTest {

    private static final JsonNode DOC = yaml(EventContracts.readResource(EventContracts.ASYNCAPI));
    private static final URI BASE = URI.create("file:/" + EventContracts.BASE);

    @Test
    void isAnAsyncApi3Document() {
        assertEquals("3.0.0", DOC.path("asyncapi").asText());
        assertFalse(DOC.path("info").path("description").asText().isBlank());
    }

    @Test
    void everyRefResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(DOC, refs);
        assertTrue(refs.size() > 50, "expected refs, found " + refs.size());
        for (String ref : refs) {
            if (ref.startsWith("#")) {
                assertFalse(DOC.at(JsonPointer.compile(ref.substring(1))).isMissingNode(), "dangling " + ref);
            } else {
                // Relative file refs resolve against the document's own folder, as in the jar.
                String resource = BASE.resolve(ref).getPath().substring(1);
                assertNotNull(getClass().getClassLoader().getResource(resource), "missing file for " + ref);
            }
        }
        assertTrue(refs.contains("./schemas/envelope.schema.json"));
    }

    @Test
    void everyEventTypeHasAMessageOnItsTopicReferencingItsSchema() {
        Map<String, String> topicByMessageRef = new HashMap<>();
        DOC.path("channels").properties().stream().forEach(channel -> channel.getValue().path("messages")
                .forEach(m -> topicByMessageRef.put(m.path("$ref").asText(), channel.getValue().path("address").asText())));

        Set<String> named = new HashSet<>();
        DOC.path("components").path("messages").properties().stream().forEach(entry -> {
            String type = entry.getValue().path("name").asText();
            named.add(type);
            if (!EventContracts.eventTypes().contains(type)) {
                return; // the dead-letter message
            }
            String schemaRef = entry.getValue().at("/payload/schema/allOf/1/properties/data/$ref").asText();
            assertEquals("./schemas/" + type + ".schema.json", schemaRef, type);
            assertEquals(type, entry.getValue().at("/payload/schema/allOf/1/properties/type/const").asText());
            assertEquals(EventContracts.topicOf(type), topicByMessageRef.get("#/components/messages/" + entry.getKey()),
                    type + " is not on its topic");
        });
        assertTrue(named.containsAll(EventContracts.eventTypes()), "types without a message");
    }

    @Test
    void eachTopicIsSentByItsOwnerOnly() {
        Map<String, String> owners = Map.of(
                "thidua.unit.v1", "plan-service",
                "thidua.plan.v1", "plan-service",
                "thidua.evaluation.v1", "evaluation-service",
                "thidua.award.v1", "award-service",
                "thidua.rules.v1", "award-service",
                "thidua.staff.v1", "evaluation-service");
        Map<String, List<String>> senders = new HashMap<>();
        operations("send").forEach(op -> senders.computeIfAbsent(op.topic(), t -> new ArrayList<>()).add(op.service()));
        assertEquals(owners.keySet(), senders.keySet());
        owners.forEach((topic, owner) -> assertEquals(List.of(owner), senders.get(topic), topic));
    }

    /**
     * The receive operations are exactly the services' Kafka channels (each service's
     * application.properties: topic, consumer group), and each channel's dead-letter topic is the
     * documented {@code <topic>.dlq.<consumer-group>} of a group the dead-letter channel lists.
     */
    @Test
    void theReceiveOperationsAreTheServicesConfiguredConsumers() throws IOException {
        Set<String> configured = new HashSet<>();
        Set<String> deadLetterGroups = new HashSet<>();
        DOC.at("/channels/deadLetter/parameters/consumerGroup/enum").forEach(g -> deadLetterGroups.add(g.asText()));
        for (String service : List.of("plan-service", "evaluation-service", "award-service")) {
            Properties props = new Properties();
            Path file = Path.of("..", service, "src", "main", "resources", "application.properties");
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(in);
            }
            Map<String, Map<String, String>> channels = new HashMap<>();
            props.stringPropertyNames().stream().filter(k -> k.startsWith("mp.messaging.incoming.")).forEach(k -> {
                String rest = k.substring("mp.messaging.incoming.".length());
                int dot = rest.indexOf('.');
                channels.computeIfAbsent(rest.substring(0, dot), c -> new HashMap<>()).put(rest.substring(dot + 1), props.getProperty(k));
            });
            channels.forEach((channel, attributes) -> {
                String topic = attributes.get("topic");
                String topics = attributes.get("topics");
                String group = attributes.get("group.id");
                assertTrue(topic != null ^ topics != null, service + " " + channel + " topic or topics");
                assertNotNull(group, service + " " + channel + " group.id");
                for (String each : (topic != null ? topic : topics).split(",")) {
                    configured.add(service + " " + each.trim() + " " + group);
                }
                // platform consumer/DeadLetters: one producer per service, dead letters to <record's topic>.dlq.<group>
                // (the documented address); no channel overrides it.
                assertEquals("thidua-dead-letter", attributes.get("failure-strategy"), service + " " + channel);
                assertNull(attributes.get("dead-letter-queue.topic"), service + " " + channel);
                assertTrue(deadLetterGroups.contains(group), group + " listed by the dead-letter channel");
            });
        }
        Set<String> documented = new HashSet<>();
        operations("receive").forEach(op -> documented.add(op.service() + " " + op.topic() + " " + op.group()));
        assertEquals(configured, documented);
        Set<String> groups = new HashSet<>();
        configured.forEach(c -> groups.add(c.substring(c.lastIndexOf(' ') + 1)));
        assertEquals(groups, deadLetterGroups, "the dead-letter channel lists exactly the consumer groups");
    }

    @Test
    void everyEventMessageDeclaresTheStructuredModeHeader() {
        JsonNode header = DOC.at("/components/messageTraits/cloudEventsStructuredMode/headers/properties/content-type/const");
        assertEquals("application/cloudevents+json; charset=UTF-8", header.asText());
        DOC.path("components").path("messages").properties().stream().forEach(entry -> {
            if (EventContracts.eventTypes().contains(entry.getValue().path("name").asText())) {
                assertEquals("#/components/messageTraits/cloudEventsStructuredMode",
                        entry.getValue().at("/traits/0/$ref").asText(), entry.getKey());
            }
        });
    }

    @Test
    void deadLetterTopicsAreDescribed() {
        JsonNode deadLetter = DOC.path("channels").path("deadLetter");
        assertEquals("{topic}.dlq.{consumerGroup}", deadLetter.path("address").asText());
        assertTrue(DOC.path("info").path("description").asText().contains("<topic>.dlq.<consumer-group>"));
        JsonNode headers = DOC.at("/components/messages/deadLetter/headers");
        Set<String> required = new HashSet<>();
        headers.path("required").forEach(h -> required.add(h.asText()));
        assertEquals(Set.of("dead-letter-reason", "dead-letter-exception-class-name", "dead-letter-topic",
                "dead-letter-partition", "dead-letter-offset"), required);
        required.forEach(h -> assertFalse(headers.path("properties").path(h).isMissingNode(), h));
    }

    private record Operation(String service, String topic, String group) {
    }

    private static List<Operation> operations(String action) {
        List<Operation> operations = new ArrayList<>();
        DOC.path("operations").forEach(op -> {
            if (!op.path("action").asText().equals(action)) {
                return;
            }
            String channel = op.path("channel").path("$ref").asText();
            String topic = DOC.at(JsonPointer.compile(channel.substring(1))).path("address").asText();
            operations.add(new Operation(op.path("tags").path(0).path("name").asText(), topic,
                    op.at("/bindings/kafka/groupId/const").asText()));
        });
        return operations;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().stream().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }

    private static JsonNode yaml(String text) {
        try {
            return new YAMLMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("asyncapi.yaml does not parse", e);
        }
    }
}
