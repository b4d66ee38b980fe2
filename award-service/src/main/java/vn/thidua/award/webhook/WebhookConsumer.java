package vn.thidua.award.webhook;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.platform.consumer.RecordBatches;
import vn.thidua.platform.webhook.WebhookInbox;

import java.util.concurrent.CompletionStage;

/**
 * The webhook consumer group ({@code award-webhooks}): every plan, evaluation and award event is turned into
 * pending deliveries by platform's {@link WebhookInbox} before the record is acknowledged, a poll at a time in
 * one transaction (platform {@link RecordBatches}).
 */
@ApplicationScoped
public class WebhookConsumer {

    private final WebhookInbox inbox;

    public WebhookConsumer(WebhookInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("webhook-plan-events")
    @Blocking
    public CompletionStage<Void> onPlanEvents(KafkaRecordBatch<String, String> batch) {
        return record(batch, "plan events for the webhooks");
    }

    @Incoming("webhook-evaluation-events")
    @Blocking
    public CompletionStage<Void> onEvaluationEvents(KafkaRecordBatch<String, String> batch) {
        return record(batch, "evaluation events for the webhooks");
    }

    @Incoming("webhook-award-events")
    @Blocking
    public CompletionStage<Void> onAwardEvents(KafkaRecordBatch<String, String> batch) {
        return record(batch, "award events for the webhooks");
    }

    private CompletionStage<Void> record(KafkaRecordBatch<String, String> batch, String what) {
        return RecordBatches.apply(batch, inbox::recordAll, inbox::record, what);
    }
}
