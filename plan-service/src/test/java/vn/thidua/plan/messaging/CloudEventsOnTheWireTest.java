package vn.thidua.plan.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.EventContracts;
import vn.thidua.platform.events.EventType;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.outbox.OutboxRelay;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.ThiduaTestResource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Records on the wire follow the CloudEvents Kafka protocol binding in structured mode: one event of
 * every type, on every topic, written through the outbox with its contract example's data, is read
 * back from the broker and decoded by the official CloudEvents SDK (cloudevents-kafka with the
 * JSON format), which refuses a record without the binding's {@code content-type} header or with
 * missing required attributes. The relay is the only producer of all three services.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class CloudEventsOnTheWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Outbox outbox;

    @Test
    void aRecordOfEveryTypeOnEveryTopicIsAStructuredModeCloudEvent() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, String> idBySubject = new HashMap<>();
        Map<String, JsonNode> dataBySubject = new HashMap<>();
        for (EventType type : EventTypes.ALL) {
            JsonNode example = JSON.readTree(EventContracts.example(type.type()));
            String subject = "CE-" + run + "-" + type.type();
            String id = QuarkusTransaction.requiringNew().call(() -> outbox.publish(type, subject,
                    example.path("unit").asText(null), example.path("schoolyear").asText(null), example.path("data")));
            idBySubject.put(subject, id);
            dataBySubject.put(subject, example.path("data"));
        }
        Set<String> topics = EventTypes.ALL.stream().map(EventType::topic).collect(Collectors.toSet());
        assertEquals(6, topics.size(), "every topic");

        String bootstrap = ThiduaTestResource.kafkaBootstrapServers();
        for (String topic : topics) {
            List<EventType> types = EventTypes.ALL.stream().filter(t -> t.topic().equals(topic)).toList();
            await().atMost(Duration.ofSeconds(30)).until(() -> mine(bootstrap, topic, run).size() >= types.size());
            for (ConsumerRecord<String, String> record : mine(bootstrap, topic, run)) {
                Header contentType = record.headers().lastHeader(OutboxRelay.CONTENT_TYPE_HEADER);
                assertNotNull(contentType, record.key() + " has the binding's content-type header");
                assertEquals("application/cloudevents+json; charset=UTF-8",
                        new String(contentType.value(), StandardCharsets.UTF_8));

                CloudEvent event = KafkaMessageFactory.createReader(record.headers(),
                        record.value().getBytes(StandardCharsets.UTF_8)).toEvent();
                String subject = record.key();
                assertEquals(SpecVersion.V1, event.getSpecVersion());
                assertEquals(idBySubject.get(subject), event.getId());
                assertEquals(subject, event.getSubject(), "the key is the subject");
                assertEquals(URI.create("/thidua/plan-service"), event.getSource());
                assertEquals(subject.substring(("CE-" + run + "-").length()), event.getType());
                assertTrue(types.stream().anyMatch(t -> t.type().equals(event.getType())), event.getType() + " on " + topic);
                assertEquals("application/json", event.getDataContentType());
                assertNotNull(event.getTime());
                assertNotNull(event.getData(), "data");
                assertEquals(dataBySubject.get(subject), JSON.readTree(event.getData().toBytes()), "data as written");
                assertEquals(Set.of(), EventContracts.validate(record.value()), "and the value meets its contract");
            }
            assertEquals(types.size(), mine(bootstrap, topic, run).size(), topic + ": one record per type");
        }
    }

    private static List<ConsumerRecord<String, String>> mine(String bootstrap, String topic, String run) {
        return TestKafka.readAll(bootstrap, topic, Duration.ofSeconds(10)).stream()
                .filter(r -> r.key().startsWith("CE-" + run + "-")).toList();
    }
}
