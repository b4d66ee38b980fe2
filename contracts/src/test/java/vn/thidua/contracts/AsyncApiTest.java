package vn.thidua.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class AsyncApiTest {

    private static final JsonNode DOC = YAMLMapper.shared().readTree(EventContracts.readResource(EventContracts.ASYNCAPI));
    private static final URI BASE = URI.create("file:/" + EventContracts.BASE);

    @Test
    void isAnAsyncApi3Document() {
        assertEquals("3.0.0", DOC.path("asyncapi").asString());
        assertFalse(DOC.path("info").path("description").asString().isBlank());
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
        DOC.path("channels").propertyStream().forEach(channel -> channel.getValue().path("messages").values()
                .forEach(m -> topicByMessageRef.put(m.path("$ref").asString(), channel.getValue().path("address").asString())));

        Set<String> named = new HashSet<>();
        DOC.path("components").path("messages").propertyStream().forEach(entry -> {
            String type = entry.getValue().path("name").asString();
            named.add(type);
            if (!EventContracts.eventTypes().contains(type)) {
                return; // the dead-letter message
            }
            String schemaRef = entry.getValue().at("/payload/schema/allOf/1/properties/data/$ref").asString();
            assertEquals("./schemas/" + type + ".schema.json", schemaRef, type);
            assertEquals(type, entry.getValue().at("/payload/schema/allOf/1/properties/type/const").asString());
            assertEquals(EventContracts.topicOf(type), topicByMessageRef.get("#/components/messages/" + entry.getKey()),
                    type + " is not on its topic");
        });
        assertTrue(named.containsAll(EventContracts.eventTypes()), "types without a message");
    }

    @Test
    void eachTopicIsSentByItsOwnerOnlyAndReceivedByTheOthers() {
        Map<String, String> owners = Map.of(
                "thidua.unit.v1", "plan-service",
                "thidua.plan.v1", "plan-service",
                "thidua.evaluation.v1", "evaluation-service",
                "thidua.award.v1", "award-service",
                "thidua.rules.v1", "award-service");
        // Only evaluation-service applies a rule-set parameter outside award-service (the HTXS share), and only
        // evaluation-service reads plans (cycles); award-service learns of cycles from evaluation events.
        Map<String, Set<String>> receiversOnly = Map.of("thidua.rules.v1", Set.of("evaluation-service"),
                "thidua.plan.v1", Set.of("evaluation-service"));
        Map<String, List<String>> senders = new HashMap<>();
        Map<String, Set<String>> receivers = new HashMap<>();
        DOC.path("operations").values().forEach(op -> {
            String channel = op.path("channel").path("$ref").asString();
            String topic = DOC.at(JsonPointer.compile(channel.substring(1))).path("address").asString();
            String service = op.path("tags").path(0).path("name").asString();
            if (op.path("action").asString().equals("send")) {
                senders.computeIfAbsent(topic, t -> new ArrayList<>()).add(service);
            } else {
                receivers.computeIfAbsent(topic, t -> new HashSet<>()).add(service);
                assertEquals(service, op.at("/bindings/kafka/groupId/const").asString(), "consumer group of " + service);
            }
        });
        Set<String> services = Set.of("plan-service", "evaluation-service", "award-service");
        owners.forEach((topic, owner) -> {
            assertEquals(List.of(owner), senders.get(topic), topic);
            Set<String> others = new HashSet<>(services);
            others.remove(owner);
            assertEquals(receiversOnly.getOrDefault(topic, others), receivers.get(topic), topic);
        });
    }

    @Test
    void deadLetterTopicsAreDescribed() {
        JsonNode deadLetter = DOC.path("channels").path("deadLetter");
        assertEquals("{topic}.dlq.{consumerGroup}", deadLetter.path("address").asString());
        assertTrue(DOC.path("info").path("description").asString().contains("<topic>.dlq.<consumer-group>"));
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.propertyStream().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asString());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.values().forEach(child -> collectRefs(child, refs));
        }
    }
}
