package vn.thidua.platform.replay;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One replay request as stored: who asked and when, which replica runs or ran it, and its counts
 * (read = applied + skipped + invalid; {@code readPerTopic} in the order of {@code topics}).
 */
public record ReplayJob(long id, String name, List<String> topics, State state, String requestedBy,
        OffsetDateTime requestedAt, String holder, int starts, OffsetDateTime startedAt, OffsetDateTime progressAt,
        OffsetDateTime finishedAt, long total, long read, long applied, long skipped, long invalid,
        Map<String, Long> readPerTopic, String failure) {

    public enum State {
        REQUESTED, RUNNING, DONE, FAILED;

        public boolean active() {
            return this == REQUESTED || this == RUNNING;
        }
    }
}
