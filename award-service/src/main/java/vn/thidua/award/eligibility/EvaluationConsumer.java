package vn.thidua.award.eligibility;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.platform.consumer.IdempotentConsumer;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventTypes;

import java.util.Map;

/**
 * Evaluation events in: a finalized or reopened evaluation recomputes its cycle's eligibility, in
 * the same transaction; each event applied once, poison to the channel's dead-letter topic.
 */
@ApplicationScoped
class EvaluationConsumer {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final EligibilityService eligibility;

    EvaluationConsumer(IdempotentConsumer consumer, EventCodec codec, EligibilityService eligibility) {
        this.consumer = consumer;
        this.codec = codec;
        this.eligibility = eligibility;
    }

    @Incoming("evaluation-events")
    @Blocking
    public void onEvaluationEvent(String payload) {
        consumer.handle(payload, Map.of(
                EventTypes.EVALUATION_FINALIZED.type(),
                event -> eligibility.recordFinalized(codec.dataAs(event, EvaluationEvents.Finalized.class)),
                EventTypes.EVALUATION_REOPENED.type(),
                event -> eligibility.recordReopened(codec.dataAs(event, EvaluationEvents.Reopened.class))));
    }
}
