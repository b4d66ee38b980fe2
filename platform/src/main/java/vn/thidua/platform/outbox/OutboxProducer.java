package vn.thidua.platform.outbox;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** The relay's Kafka producer (idempotent, acks=all), created on first use, and its records. */
final class OutboxProducer {

    static final String CONTENT_TYPE_HEADER = "content-type";
    static final String CLOUDEVENTS_JSON = "application/cloudevents+json; charset=UTF-8";
    private static final byte[] STRUCTURED_CONTENT_TYPE = CLOUDEVENTS_JSON.getBytes(StandardCharsets.UTF_8);

    private final String bootstrapServers;
    private volatile KafkaProducer<String, String> producer;

    OutboxProducer(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * The CloudEvents Kafka protocol binding, structured mode: the value is the whole envelope as JSON
     * (as written to the outbox), the {@code content-type} header says so, the key is its subject.
     */
    static ProducerRecord<String, String> record(String topic, String key, String envelope) {
        Header contentType = new RecordHeader(CONTENT_TYPE_HEADER, STRUCTURED_CONTENT_TYPE);
        return new ProducerRecord<>(topic, null, key, envelope, new RecordHeaders(new Header[] {contentType}));
    }

    KafkaProducer<String, String> get() {
        KafkaProducer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                            // A round's rows are handed over at once: fill larger batches without waiting for more.
                            ProducerConfig.LINGER_MS_CONFIG, 1,
                            ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                            ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000,
                            ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay"),
                            new StringSerializer(), new StringSerializer());
                }
                current = producer;
            }
        }
        return current;
    }

    void close() {
        KafkaProducer<String, String> current = producer;
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }
}
