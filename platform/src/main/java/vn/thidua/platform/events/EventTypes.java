package vn.thidua.platform.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of every event type of the system and its topic (see contracts/asyncapi.yaml). */
public final class EventTypes {

    public static final String UNIT_TOPIC = "thidua.unit.v1";
    public static final String PLAN_TOPIC = "thidua.plan.v1";
    public static final String EVALUATION_TOPIC = "thidua.evaluation.v1";
    public static final String AWARD_TOPIC = "thidua.award.v1";
    public static final String RULES_TOPIC = "thidua.rules.v1";
    public static final String STAFF_TOPIC = "thidua.staff.v1";

    public static final EventType UNIT_UPSERTED = new EventType("unit", "upserted", 1, UNIT_TOPIC);
    public static final EventType UNIT_MOVED = new EventType("unit", "moved", 1, UNIT_TOPIC);

    public static final EventType PLAN_PUBLISHED = new EventType("plan", "published", 1, PLAN_TOPIC);
    public static final EventType PLAN_AMENDED = new EventType("plan", "amended", 1, PLAN_TOPIC);
    public static final EventType PLAN_PHASE_CHANGED = new EventType("plan", "phase-changed", 1, PLAN_TOPIC);
    public static final EventType PLAN_WITHDRAWN = new EventType("plan", "withdrawn", 1, PLAN_TOPIC);

    public static final EventType REGISTRATION_SUBMITTED =
            new EventType("evaluation", "registration-submitted", 1, EVALUATION_TOPIC);
    public static final EventType EVALUATION_FINALIZED = new EventType("evaluation", "finalized", 1, EVALUATION_TOPIC);
    public static final EventType EVALUATION_REOPENED = new EventType("evaluation", "reopened", 1, EVALUATION_TOPIC);

    public static final EventType ELIGIBILITY_COMPUTED = new EventType("award", "eligibility-computed", 1, AWARD_TOPIC);
    public static final EventType COUNCIL_VOTED = new EventType("award", "council-voted", 1, AWARD_TOPIC);
    public static final EventType NOMINATED = new EventType("award", "nominated", 1, AWARD_TOPIC);
    public static final EventType SUBMITTED = new EventType("award", "submitted", 1, AWARD_TOPIC);
    public static final EventType DECIDED = new EventType("award", "decided", 1, AWARD_TOPIC);
    public static final EventType REJECTED = new EventType("award", "rejected", 1, AWARD_TOPIC);
    public static final EventType REVOKED = new EventType("award", "revoked", 1, AWARD_TOPIC);

    public static final EventType RULESET_PUBLISHED = new EventType("rules", "ruleset-published", 1, RULES_TOPIC);

    public static final EventType STAFF_UPSERTED = new EventType("staff", "upserted", 1, STAFF_TOPIC);
    public static final EventType STAFF_MOVED = new EventType("staff", "moved", 1, STAFF_TOPIC);

    public static final List<EventType> ALL = List.of(
            UNIT_UPSERTED, UNIT_MOVED,
            PLAN_PUBLISHED, PLAN_AMENDED, PLAN_PHASE_CHANGED, PLAN_WITHDRAWN,
            REGISTRATION_SUBMITTED, EVALUATION_FINALIZED, EVALUATION_REOPENED,
            ELIGIBILITY_COMPUTED, COUNCIL_VOTED, NOMINATED, SUBMITTED, DECIDED, REJECTED, REVOKED,
            RULESET_PUBLISHED, STAFF_UPSERTED, STAFF_MOVED);

    private static final Map<String, EventType> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private EventTypes() {
    }

    public static Optional<EventType> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
