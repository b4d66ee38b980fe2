package vn.thidua.plan.messaging;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The relay running with a poll interval far longer than any test: after its first round at start,
 * only a commit notification can make it send anything.
 */
public class WakeOnCommitProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "thidua.outbox.relay-enabled", "true",
                "thidua.outbox.wake-on-commit", "true",
                "thidua.outbox.poll-interval", "1h");
    }

    /** The benchmark: the relay as deployed (woken on commit, the default slow poll). */
    public static class Bench implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "thidua.outbox.relay-enabled", "true",
                    "thidua.outbox.wake-on-commit", "true",
                    "thidua.outbox.poll-interval", "2s");
        }
    }
}
