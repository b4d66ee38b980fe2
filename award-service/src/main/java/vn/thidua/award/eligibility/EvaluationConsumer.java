package vn.thidua.award.eligibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import vn.thidua.platform.consumer.IdempotentConsumer;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventEnvelope;
import vn.thidua.platform.events.EventTypes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Evaluation events in, a batch per poll (issue 15): one transaction stores the finalized and reopened
 * results of the whole batch, each event applied once (platform {@link IdempotentConsumer}), and marks each
 * touched cycle stale once; after the commit {@link CycleRecomputer} recomputes each of those cycles once.
 * A batch that fails is applied again event by event, so that only the poison event goes to the channel's
 * dead-letter topic and the others are applied.
 */
@ApplicationScoped
class EvaluationConsumer {

    private static final Logger LOG = Logger.getLogger(EvaluationConsumer.class);
    private static final ObjectMapper READER = new ObjectMapper();
    private static final int JDBC_BATCH = 200;

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final EligibilityService eligibility;
    private final CycleRecomputer recomputer;
    private final int fullBatch;

    EvaluationConsumer(IdempotentConsumer consumer, EventCodec codec, EligibilityService eligibility,
            CycleRecomputer recomputer,
            @ConfigProperty(name = "mp.messaging.incoming.evaluation-events.max.poll.records", defaultValue = "500")
            int fullBatch) {
        this.consumer = consumer;
        this.codec = codec;
        this.eligibility = eligibility;
        this.recomputer = recomputer;
        this.fullBatch = fullBatch;
    }

    @Incoming("evaluation-events")
    @Blocking
    public CompletionStage<Void> onEvaluationEvents(KafkaRecordBatch<String, String> batch) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        List<String> payloads = records.stream().map(KafkaRecord::getPayload).toList();
        try {
            Set<UUID> touched = QuarkusTransaction.requiringNew().call(() -> apply(payloads));
            // A full poll: more events are waiting, likely for the same cycles.
            recomputer.afterBatch(touched, records.size() >= fullBatch);
            return batch.ack();
        } catch (RuntimeException e) {
            LOG.warnf("A batch of %d evaluation events failed (%s); applying them one by one", records.size(),
                    e.getMessage());
        }
        Set<UUID> touched = new HashSet<>();
        List<CompletableFuture<Void>> rejected = new ArrayList<>();
        for (KafkaRecord<String, String> record : records) {
            try {
                touched.addAll(QuarkusTransaction.requiringNew().call(() -> apply(List.of(record.getPayload()))));
            } catch (RuntimeException e) {
                rejected.add(record.nack(e).toCompletableFuture());
            }
        }
        recomputer.afterBatch(touched, false);
        // The poison events are in the dead-letter topic before the batch's offsets are committed.
        return CompletableFuture.allOf(rejected.toArray(CompletableFuture[]::new)).thenCompose(done -> batch.ack());
    }

    /** Applies the events in the caller's transaction; answers the cycles they touched, marked stale. */
    private Set<UUID> apply(List<String> payloads) {
        // The batch's inserts and updates go to PostgreSQL in JDBC batches, not one round trip each.
        Panache.getEntityManager().unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        EligibilityService.Results results = eligibility.prefetch(evaluationIds(payloads));
        List<EligibilityService.Touched> touched = new ArrayList<>();
        Map<String, Consumer<EventEnvelope>> handlers = Map.of(
                EventTypes.EVALUATION_FINALIZED.type(),
                event -> eligibility.recordFinalized(codec.dataAs(event, EvaluationEvents.Finalized.class), results)
                        .ifPresent(touched::add),
                EventTypes.EVALUATION_REOPENED.type(),
                event -> eligibility.recordReopened(codec.dataAs(event, EvaluationEvents.Reopened.class), results)
                        .ifPresent(touched::add));
        consumer.handleAll(payloads, handlers);
        return eligibility.markStale(touched);
    }

    /**
     * The evaluations a batch names, read ahead in one query. Only the id is read here (the handler parses
     * and checks the whole event); an unreadable payload is left to its handler.
     */
    private static List<UUID> evaluationIds(List<String> payloads) {
        List<UUID> ids = new ArrayList<>();
        for (String payload : payloads) {
            try {
                JsonNode id = READER.readTree(payload).path("data").path("evaluationId");
                if (id.isTextual()) {
                    ids.add(UUID.fromString(id.asText()));
                }
            } catch (JsonProcessingException | IllegalArgumentException unreadable) {
                // The handler meets it again and fails the batch, which is then applied event by event.
            }
        }
        return ids;
    }
}
