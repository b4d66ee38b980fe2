package vn.thidua.award.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.award.EligibilityService;
import vn.thidua.award.PlanSeenService;
import vn.thidua.platform.consumer.IdempotentConsumer;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.security.UnitCopy;

import java.util.Map;

/** Plan, evaluation and unit events in; each applied once, poison to the channel's dead-letter topic. */
@ApplicationScoped
public class EventConsumers {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final PlanSeenService plans;
    private final EligibilityService eligibility;
    private final UnitCopy units;

    public EventConsumers(IdempotentConsumer consumer, EventCodec codec, PlanSeenService plans,
            EligibilityService eligibility, UnitCopy units) {
        this.consumer = consumer;
        this.codec = codec;
        this.plans = plans;
        this.eligibility = eligibility;
        this.units = units;
    }

    @Incoming("plan-events")
    @Blocking
    public void onPlanEvent(String payload) {
        consumer.handle(payload, Map.of(
                EventTypes.PLAN_PUBLISHED.type(), event -> plans.record(codec.dataAs(event, PlanPublished.class))));
    }

    /** A finalized or reopened evaluation recomputes its cycle's eligibility, in the same transaction. */
    @Incoming("evaluation-events")
    @Blocking
    public void onEvaluationEvent(String payload) {
        consumer.handle(payload, Map.of(
                EventTypes.EVALUATION_FINALIZED.type(),
                event -> eligibility.recordFinalized(codec.dataAs(event, EvaluationEvents.Finalized.class)),
                EventTypes.EVALUATION_REOPENED.type(),
                event -> eligibility.recordReopened(codec.dataAs(event, EvaluationEvents.Reopened.class))));
    }

    @Incoming("unit-events")
    @Blocking
    public void onUnitEvent(String payload) {
        units.apply(payload);
    }
}
