package vn.thidua.platform.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A poll's records applied in one transaction, for a consumer channel with {@code batch=true}: a 5,000-record
 * bulk costs one commit instead of 5,000 (each a WAL flush), the CPU and disk its reader would otherwise take
 * from the other consumers of the same topic. When the batch fails, its records are applied again one by one,
 * each in its own transaction, so that only a poison record goes to the channel's dead-letter topic (its nack:
 * {@link DeadLetters}) and the others are applied. The batch is acknowledged once those dead letters are written.
 * A database that is down fails neither: the batch is retried until it is back ({@link DatabaseOutage}).
 */
public final class RecordBatches {

    private static final Logger LOG = Logger.getLogger(RecordBatches.class);

    private RecordBatches() {
    }

    /**
     * @param all applies every payload, in the transaction opened here
     * @param one applies one payload, in a transaction of its own opened here
     * @param what names the records in the log
     */
    public static CompletionStage<Void> apply(KafkaRecordBatch<String, String> batch, Consumer<List<String>> all,
            Consumer<String> one, String what) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        if (records.isEmpty()) {
            return batch.ack();
        }
        List<String> payloads = records.stream().map(KafkaRecord::getPayload).toList();
        try {
            DatabaseOutage.retrying(() -> QuarkusTransaction.requiringNew().call(() -> {
                all.accept(payloads);
                return null;
            }), records.size() + " " + what);
            return batch.ack();
        } catch (RuntimeException e) {
            LOG.warnf("A batch of %d %s failed (%s); applying them one by one", records.size(), what, e.getMessage());
        }
        List<CompletableFuture<Void>> rejected = new ArrayList<>();
        for (KafkaRecord<String, String> record : records) {
            try {
                DatabaseOutage.retrying(() -> QuarkusTransaction.requiringNew().call(() -> {
                    one.accept(record.getPayload());
                    return null;
                }), what);
            } catch (RuntimeException e) {
                rejected.add(record.nack(e).toCompletableFuture());
            }
        }
        return CompletableFuture.allOf(rejected.toArray(CompletableFuture[]::new)).thenCompose(done -> batch.ack());
    }
}
