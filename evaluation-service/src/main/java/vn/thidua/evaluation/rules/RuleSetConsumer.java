package vn.thidua.evaluation.rules;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.platform.consumer.IdempotentConsumer;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventTypes;

import java.util.Map;

/** Rule set versions in from award-service (thidua.rules.v1), applied once; poison to the dead-letter topic. */
@ApplicationScoped
class RuleSetConsumer {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final RuleSetCopies copies;

    RuleSetConsumer(IdempotentConsumer consumer, EventCodec codec, RuleSetCopies copies) {
        this.consumer = consumer;
        this.codec = codec;
        this.copies = copies;
    }

    @Incoming("rules-events")
    @Blocking
    void onRuleSetEvent(String payload) {
        consumer.handle(payload, Map.of(EventTypes.RULESET_PUBLISHED.type(),
                event -> copies.apply(codec.dataAs(event, RuleSetPublished.class))));
    }
}
