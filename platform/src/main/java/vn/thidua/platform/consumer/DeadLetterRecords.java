package vn.thidua.platform.consumer;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;

/**
 * The dead letter of a failed record, with the headers SmallRye's {@code dead-letter-queue} strategy writes (4.x,
 * {@code KafkaDeadLetterQueue}) and the AsyncAPI document's deadLetter message lists: the exception's class and message
 * (its {@code toString()} when it has none), its cause's, and where the record came from; then the record's own headers
 * (the CloudEvents content type among them). Same key and value, so the dead letter replays as the event.
 */
public final class DeadLetterRecords {

    public static final String EXCEPTION_CLASS_NAME = "dead-letter-exception-class-name";
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE_CLASS_NAME = "dead-letter-cause-class-name";
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    /** SmallRye's mark of a record that failed deserialization; not carried into the dead letter, as SmallRye does. */
    static final String DESERIALIZATION_FAILURE = "deserialization-failure-dlq";

    private DeadLetterRecords() {
    }

    public static ProducerRecord<byte[], byte[]> of(String deadLetterTopic, String topic, int partition, long offset,
            byte[] key, byte[] value, Headers original, Throwable reason) {
        ProducerRecord<byte[], byte[]> dead = new ProducerRecord<>(deadLetterTopic, null, key, value);
        add(dead, EXCEPTION_CLASS_NAME, reason.getClass().getName());
        add(dead, REASON, message(reason));
        if (reason.getCause() != null) {
            add(dead, CAUSE_CLASS_NAME, reason.getCause().getClass().getName());
            add(dead, CAUSE, message(reason.getCause()));
        }
        add(dead, TOPIC, topic);
        add(dead, PARTITION, Integer.toString(partition));
        add(dead, OFFSET, Long.toString(offset));
        if (original != null) {
            for (Header header : original) {
                dead.headers().add(header);
            }
        }
        dead.headers().remove(DESERIALIZATION_FAILURE);
        return dead;
    }

    static String message(Throwable error) {
        return error.getMessage() != null ? error.getMessage() : error.toString();
    }

    private static void add(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
