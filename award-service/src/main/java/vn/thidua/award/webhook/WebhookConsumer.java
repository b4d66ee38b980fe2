package vn.thidua.award.webhook;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.platform.webhook.WebhookInbox;

/**
 * The webhook consumer group ({@code award-webhooks}): every plan, evaluation and award event is turned into
 * pending deliveries by platform's {@link WebhookInbox} before the record is acknowledged.
 */
@ApplicationScoped
public class WebhookConsumer {

    private final WebhookInbox inbox;

    public WebhookConsumer(WebhookInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("webhook-plan-events")
    @Blocking
    public void onPlanEvent(String payload) {
        inbox.record(payload);
    }

    @Incoming("webhook-evaluation-events")
    @Blocking
    public void onEvaluationEvent(String payload) {
        inbox.record(payload);
    }

    @Incoming("webhook-award-events")
    @Blocking
    public void onAwardEvent(String payload) {
        inbox.record(payload);
    }
}
