package vn.thidua.award.report;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.platform.consumer.RecordBatches;

import java.util.concurrent.CompletionStage;

/**
 * The reporting consumer: evaluation and award events in (one channel of both topics), under its own consumer group
 * (award-reporting), each applied once to the reporting tables, a poll at a time in one transaction
 * (platform {@link RecordBatches}); poison to its dead-letter topics.
 */
@ApplicationScoped
public class ReportingConsumer {

    private final ReportingInbox inbox;

    public ReportingConsumer(ReportingInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("reporting-events")
    @Blocking
    public CompletionStage<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return RecordBatches.apply(batch, inbox::applyAll, inbox::apply, "events for the reports");
    }
}
