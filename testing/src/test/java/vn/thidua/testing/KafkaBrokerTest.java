package vn.thidua.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @Test
    void sharedBrokerDeliversAProducedMessage() {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        TestKafka.createTopics(bootstrap, 3, "greetings");
        TestKafka.createTopics(bootstrap, 3, "greetings");
        TestKafka.send(bootstrap, "greetings", "k1", "xin chào");

        List<ConsumerRecord<String, String>> records = TestKafka.readAll(bootstrap, "greetings", Duration.ofSeconds(20));

        assertEquals(1, records.size());
        assertEquals("k1", records.get(0).key());
        assertEquals("xin chào", records.get(0).value());
    }

    @Test
    void restartOnTheSameDirectoryKeepsMessages(@TempDir Path dataDir) {
        try (KafkaBroker broker = KafkaBroker.start(dataDir, 0, 0)) {
            for (int i = 0; i < 5; i++) {
                TestKafka.send(broker.bootstrapServers(), "kept", "k" + i, "v" + i);
            }
        }

        try (KafkaBroker restarted = KafkaBroker.start(dataDir, 0, 0)) {
            List<String> values = TestKafka.readAll(restarted.bootstrapServers(), "kept", Duration.ofSeconds(20)).stream()
                    .map(ConsumerRecord::value)
                    .sorted()
                    .collect(Collectors.toList());

            assertEquals(List.of("v0", "v1", "v2", "v3", "v4"), values);
        }
    }
}
