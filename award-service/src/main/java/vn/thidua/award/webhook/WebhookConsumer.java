package vn.thidua.award.webhook;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.platform.consumer.RecordBatches;
import vn.thidua.platform.webhook.WebhookInbox;

import java.util.concurrent.CompletionStage;

/**
 * The webhook consumer group ({@code award-webhooks}): every plan, evaluation and award event (one channel of the
 * three topics) is turned into pending deliveries by platform's {@link WebhookInbox} before the record is
 * acknowledged, a poll at a time in one transaction (platform {@link RecordBatches}).
 */
@ApplicationScoped
public class WebhookConsumer {

    private final WebhookInbox inbox;

    public WebhookConsumer(WebhookInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("webhook-events")
    @Blocking
    public CompletionStage<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return RecordBatches.apply(batch, inbox::recordAll, inbox::record, "events for the webhooks");
    }
}
