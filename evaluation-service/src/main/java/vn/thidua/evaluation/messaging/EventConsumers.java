package vn.thidua.evaluation.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.evaluation.CycleService;
import vn.thidua.platform.consumer.IdempotentConsumer;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.security.UnitCopy;

import java.util.Map;

/** Plan and unit events in; each applied once (platform's idempotent consumer), poison to the DLQ. */
@ApplicationScoped
public class EventConsumers {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final CycleService cycles;
    private final UnitCopy units;

    public EventConsumers(IdempotentConsumer consumer, EventCodec codec, CycleService cycles, UnitCopy units) {
        this.consumer = consumer;
        this.codec = codec;
        this.cycles = cycles;
        this.units = units;
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

    @Incoming("unit-events")
    @Blocking
    public void onUnitEvent(String payload) {
        units.apply(payload);
    }
}
