package vn.thidua.platform.outbox;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Sends a round's rows in waves: a subject's next row goes out only once its previous one is acknowledged, so the
 * rows after a failed one are not sent at all (neither ahead of it nor twice). Rows of distinct subjects, the
 * common case, go out together in the first wave, also when they share a key (a bulk of 5,000 evaluations keyed by
 * their cycle is one wave, not 5,000 round trips): their relative order is not promised, each subject's is. A
 * failed row still holds back every later row of its key ({@link OutboxRetries}), the wider and safe choice.
 */
final class OutboxWaves {

    private final OutboxProducer producer;
    private final OutboxRetries retries;

    OutboxWaves(OutboxProducer producer, OutboxRetries retries) {
        this.producer = producer;
        this.retries = retries;
    }

    /** The ids of the rows Kafka acknowledged; the failed ones are held back on {@code connection}. */
    List<Long> send(Connection connection, List<OutboxRow> rows) throws SQLException {
        KafkaProducer<String, String> kafka = producer.get();
        List<Long> sent = new ArrayList<>();
        Set<String> heldKeys = new HashSet<>();
        List<OutboxRow> remaining = rows;
        while (!remaining.isEmpty()) {
            Set<String> waveKeys = new HashSet<>();
            List<OutboxRow> wave = new ArrayList<>();
            List<OutboxRow> later = new ArrayList<>();
            for (OutboxRow row : remaining) {
                if (heldKeys.contains(row.key())) {
                    continue;
                }
                (waveKeys.add(row.orderKey()) ? wave : later).add(row);
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(wave.size());
            for (OutboxRow row : wave) {
                acks.add(kafka.send(OutboxProducer.record(row.topic(), row.key(), row.payload())));
            }
            for (int i = 0; i < wave.size(); i++) {
                OutboxRow row = wave.get(i);
                try {
                    acks.get(i).get();
                    sent.add(row.id());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    heldKeys.add(row.key());
                } catch (ExecutionException e) {
                    heldKeys.add(row.key());
                    retries.holdBack(connection, row, e.getCause());
                }
            }
            remaining = later;
        }
        return sent;
    }
}
