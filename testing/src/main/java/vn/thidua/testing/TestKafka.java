package vn.thidua.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for tests that produce or check events directly. */
public final class TestKafka {

    private static final Duration QUIET_PERIOD = Duration.ofSeconds(1);

    private TestKafka() {
    }

    /**
     * Reads a topic from the start with a fresh consumer group. Returns once at least one record
     * has arrived and no new one came for about a second, or when {@code wait} has elapsed
     * (so an empty topic takes the whole wait).
     */
    public static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic, Duration wait) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + wait.toNanos();
            long lastRecordAt = 0;
            while (System.nanoTime() < deadline) {
                ConsumerRecords<String, String> batch = consumer.poll(Duration.ofMillis(200));
                batch.forEach(records::add);
                if (!batch.isEmpty()) {
                    lastRecordAt = System.nanoTime();
                } else if (!records.isEmpty() && System.nanoTime() - lastRecordAt >= QUIET_PERIOD.toNanos()) {
                    break;
                }
            }
        }
        return records;
    }

    /** The CloudEvents Kafka binding's structured-mode header, as the outbox relay sends it. */
    public static final String CONTENT_TYPE_HEADER = "content-type";
    public static final String CLOUDEVENTS_JSON = "application/cloudevents+json; charset=UTF-8";

    /**
     * Sends one record as the services' outbox relay does (with the structured-mode
     * {@code content-type} header) and waits for the broker's acknowledgement (acks=all).
     */
    public static void send(String bootstrap, String topic, String key, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add(CONTENT_TYPE_HEADER, CLOUDEVENTS_JSON.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send to " + topic + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + topic, e);
        }
    }

    /**
     * Sends the values to one partition of the topic in one producer batch (lingering until the flush), each under a
     * new key: a consumer then reads them in one poll, as it reads a school's bulk.
     */
    public static void sendTogether(String bootstrap, String topic, int partition, List<String> values) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5000");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(1 << 20));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            for (String value : values) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, partition,
                        UUID.randomUUID().toString(), value);
                record.headers().add(CONTENT_TYPE_HEADER, CLOUDEVENTS_JSON.getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
    }

    /** Creates the topics with replication factor 1; topics that already exist are left as they are. */
    public static void createTopics(String bootstrap, int partitions, String... topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<NewTopic> newTopics = Stream.of(topics)
                    .map(topic -> new NewTopic(topic, partitions, (short) 1))
                    .collect(Collectors.toList());
            for (KafkaFuture<Void> result : admin.createTopics(newTopics).values().values()) {
                try {
                    result.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topics: " + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }
}
