package vn.thidua.plan.messaging;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The platform's mechanisms tested through plan-service as host: the scheduled relay off (the tests
 * run its rounds themselves and look at the rows between them), back-offs long enough that a
 * failed row is never due again by itself (a test makes it due), a row parked after its sixth failed
 * attempt, and the replay table migrated
 * (the platform's opt-in db/replay, which plan-service itself does not use).
 */
public class PlatformMechanismsProfile implements QuarkusTestProfile {

    static final String INITIAL_BACKOFF_MINUTES = "10";
    static final String MAX_BACKOFF_MINUTES = "35";
    static final int PARK_AFTER_ATTEMPTS = 6;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "thidua.outbox.relay-enabled", "false",
                "thidua.outbox.initial-backoff", INITIAL_BACKOFF_MINUTES + "m",
                "thidua.outbox.max-backoff", MAX_BACKOFF_MINUTES + "m",
                "thidua.outbox.park-after-attempts", String.valueOf(PARK_AFTER_ATTEMPTS),
                "quarkus.flyway.locations", "db/migration,db/platform,db/replay");
    }
}
