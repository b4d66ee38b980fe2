package vn.thidua.platform.replay;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressTest {

    @Test
    void countsEachRecordOnceByOutcomeAndByTopicInTheTopicsOrder() {
        Progress progress = new Progress(List.of("b.topic", "a.topic"));
        progress.count("a.topic", Replayed.Outcome.APPLIED);
        progress.count("a.topic", Replayed.Outcome.SKIPPED);
        progress.count("b.topic", Replayed.Outcome.INVALID);
        progress.count("a.topic", Replayed.Outcome.APPLIED);

        assertEquals(4, progress.read);
        assertEquals(2, progress.applied);
        assertEquals(1, progress.skipped);
        assertEquals(1, progress.invalid);
        assertEquals(progress.read, progress.applied + progress.skipped + progress.invalid);
        assertEquals(List.of("b.topic", "a.topic"), List.copyOf(progress.perTopic().keySet()));
        assertEquals(3L, progress.perTopic().get("a.topic"));
        assertArrayEquals(new Long[] {1L, 3L}, progress.readPerTopic());
    }
}
