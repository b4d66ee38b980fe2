package vn.thidua.award.eligibility;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.thidua.platform.consumer.IdempotentConsumer;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventEnvelope;
import vn.thidua.platform.events.EventTypes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Evaluation events in, a batch per poll (issue 15), split by cycle ({@link CycleBatches}): each cycle's
 * events of the batch are stored in one transaction of their own, each event applied once (platform
 * {@link IdempotentConsumer}), the cycle marked stale once, and right after that commit handed to
 * {@link CycleRecomputer} — the lightest cycles first, so a small school polled together with a heavy bulk is
 * applied and recomputed without waiting for the heavy school's events (head of line). The batch's offsets are
 * committed after all its cycles; a redelivered batch is skipped event by event. A cycle whose events fail is
 * applied again event by event, so that only the poison event goes to the channel's dead-letter topic and the
 * others are applied.
 */
@ApplicationScoped
class EvaluationConsumer {

    private static final Logger LOG = Logger.getLogger(EvaluationConsumer.class);
    /** A cycle with this many events in one batch is a bulk: its recomputation waits for the rest. */
    static final int BULK = 100;

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final EligibilityService eligibility;
    private final EvaluationResults results;
    private final CycleRecomputer recomputer;
    private final PartitionLag lag;
    private final int fullBatch;
    /** Per partition, the cycle whose events may go on in the partition's next batch (its recomputation waits). */
    private final Map<Integer, UUID> arriving = new ConcurrentHashMap<>();

    EvaluationConsumer(IdempotentConsumer consumer, EventCodec codec, EligibilityService eligibility,
            EvaluationResults results, CycleRecomputer recomputer, PartitionLag lag,
            @ConfigProperty(name = "mp.messaging.incoming.evaluation-events.max.poll.records", defaultValue = "500")
            int fullBatch) {
        this.consumer = consumer;
        this.codec = codec;
        this.eligibility = eligibility;
        this.results = results;
        this.recomputer = recomputer;
        this.lag = lag;
        this.fullBatch = fullBatch;
    }

    @Incoming("evaluation-events")
    @Blocking
    public CompletionStage<Void> onEvaluationEvents(KafkaRecordBatch<String, String> batch) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        long started = System.nanoTime();
        // Where a school's time goes (the benchmark's log): how long its first event waited to be polled.
        long producedBefore = records.isEmpty() || records.get(0).getTimestamp() == null ? -1
                : System.currentTimeMillis() - records.get(0).getTimestamp().toEpochMilli();
        List<CycleBatches.Group> groups = CycleBatches.of(records.stream()
                .map(r -> new CycleBatches.Polled(r.getPartition(), r.getKey(), r.getPayload())).toList());
        boolean full = records.size() >= fullBatch;
        // A cycle left waiting at the end of its partition's previous batch is complete once another cycle's
        // events come first in the partition, and goes on when its own do.
        groups.stream().filter(CycleBatches.Group::head).forEach(group -> {
            UUID waiting = arriving.get(group.partition());
            if (waiting != null && waiting.toString().equals(group.cycle())) {
                recomputer.continuing(waiting);
            } else if (waiting != null && arriving.remove(group.partition(), waiting)) {
                recomputer.arrived(waiting);
            }
        });
        List<CompletableFuture<Void>> rejected = new ArrayList<>();
        for (CycleBatches.Group group : groups) {
            Set<UUID> touched = applyGroup(group, records, rejected);
            // Only the last cycle of a partition may go on in the next poll. It waits (until its partition is
            // quiet, another cycle comes next, or at most MAX_DEFERRAL_MS) when it is a bulk under way: a large
            // group, a cycle already waiting, or more events waiting in the partition (a small school's burst
            // split over two polls is recomputed once). Else it is recomputed at once: should more of its events
            // come later, recomputing a small cycle again costs little.
            long next = offset(records.get(group.places().get(group.places().size() - 1))) + 1;
            OptionalLong lagged = group.tail() ? lag.behind(group.partition(), next) : OptionalLong.empty();
            boolean stillArriving = group.tail() && (group.payloads().size() >= BULK
                    || touched.stream().anyMatch(recomputer::waiting)
                    || (lagged.isPresent() ? lagged.getAsLong() > 0 : full));
            recomputer.afterBatch(touched, stillArriving, () -> lag.behind(group.partition(), next));
            if (group.tail()) {
                if (stillArriving && touched.size() == 1) {
                    arriving.put(group.partition(), touched.iterator().next());
                } else {
                    arriving.remove(group.partition());
                }
            }
            LOG.debugf("Cycle %s: %d events of partition %d applied%s", group.cycle(), group.payloads().size(),
                    group.partition(), !group.tail() ? "" : ", the partition's last (lag " + (lagged.isPresent()
                            ? lagged.getAsLong() : "unknown") + (stillArriving ? "), waits" : "), recomputed now"));
        }
        LOG.debugf("Batch of %d events (%s, the first produced %d ms before the batch began) applied in %d ms as %d cycles",
                records.size(), full ? "full" : "not full", producedBefore, (System.nanoTime() - started) / 1_000_000,
                groups.size());
        // The poison events are in the dead-letter topic before the batch's offsets are committed.
        return CompletableFuture.allOf(rejected.toArray(CompletableFuture[]::new)).thenCompose(done -> batch.ack());
    }

    /** The record's offset in its partition; -1 when unknown. */
    private static long offset(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset)
                .orElse(-1L);
    }

    /** A cycle's events in one transaction, or, if that fails, one by one (the poison ones nacked). */
    private Set<UUID> applyGroup(CycleBatches.Group group, List<KafkaRecord<String, String>> records,
            List<CompletableFuture<Void>> rejected) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> apply(group.payloads(), group.evaluationIds()));
        } catch (RuntimeException e) {
            LOG.warnf("%d evaluation events of cycle %s failed (%s); applying them one by one", group.payloads().size(),
                    group.cycle(), e.getMessage());
        }
        Set<UUID> touched = new HashSet<>();
        for (int place : group.places()) {
            KafkaRecord<String, String> record = records.get(place);
            try {
                touched.addAll(QuarkusTransaction.requiringNew().call(() -> apply(List.of(record.getPayload()),
                        CycleBatches.evaluationIds(record.getPayload()))));
            } catch (RuntimeException e) {
                rejected.add(record.nack(e).toCompletableFuture());
            }
        }
        return touched;
    }

    /** Applies the events in the caller's transaction; answers the cycles they touched, marked stale. */
    private Set<UUID> apply(List<String> payloads, List<UUID> evaluationIds) {
        EvaluationResults.Batch stored = results.read(evaluationIds);
        List<EligibilityService.Touched> touched = new ArrayList<>();
        Map<String, Consumer<EventEnvelope>> handlers = Map.of(
                EventTypes.EVALUATION_FINALIZED.type(),
                event -> results.finalized(codec.dataAs(event, EvaluationEvents.Finalized.class), stored)
                        .ifPresent(touched::add),
                EventTypes.EVALUATION_REOPENED.type(),
                event -> results.reopened(codec.dataAs(event, EvaluationEvents.Reopened.class), stored)
                        .ifPresent(touched::add));
        consumer.handleAll(payloads, handlers);
        stored.write();
        return eligibility.markStale(touched);
    }
}
