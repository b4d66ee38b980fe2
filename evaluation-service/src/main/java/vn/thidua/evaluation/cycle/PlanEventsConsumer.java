package vn.thidua.evaluation.cycle;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.platform.consumer.IdempotentConsumer;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventTypes;

import java.util.Map;

/** Plan events in: a published plan opens its cycle, amendments and phases follow; each applied once, poison to the DLQ. */
@ApplicationScoped
class PlanEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final CycleService cycles;

    PlanEventsConsumer(IdempotentConsumer consumer, EventCodec codec, CycleService cycles) {
        this.consumer = consumer;
        this.codec = codec;
        this.cycles = cycles;
    }

    @Incoming("plan-events")
    @Blocking
    public void onPlanEvent(String payload) {
        consumer.handle(payload, Map.of(
                EventTypes.PLAN_PUBLISHED.type(), event -> cycles.open(codec.dataAs(event, PlanPublished.class)),
                EventTypes.PLAN_AMENDED.type(), event -> cycles.amend(codec.dataAs(event, PlanPublished.class)),
                EventTypes.PLAN_PHASE_CHANGED.type(), event -> cycles.follow(codec.dataAs(event, PlanPhaseChanged.class)),
                EventTypes.PLAN_WITHDRAWN.type(), event -> cycles.withdraw(codec.dataAs(event, PlanPhaseChanged.class))));
    }
}
