package vn.thidua.platform.feed;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeedPositionTest {

    @Test
    void anIdGivesBackTheOffsetsItWasMadeOf() {
        Map<TopicPartition, Long> offsets = new LinkedHashMap<>();
        offsets.put(new TopicPartition("thidua.evaluation.v1", 2), 1234L);
        offsets.put(new TopicPartition("thidua.award.v1", 0), 0L);
        offsets.put(new TopicPartition("thidua.plan.v1", 1), 7L);
        String id = FeedPosition.encode(offsets);
        assertEquals(offsets, FeedPosition.decode(id));
        assertFalse(id.contains("\n") || id.contains(":") || id.contains(" "), id);
    }

    @Test
    void theSameOffsetsMakeTheSameIdWhateverTheirOrder() {
        Map<TopicPartition, Long> one = new LinkedHashMap<>();
        one.put(new TopicPartition("a", 0), 1L);
        one.put(new TopicPartition("b", 0), 2L);
        Map<TopicPartition, Long> other = new LinkedHashMap<>();
        other.put(new TopicPartition("b", 0), 2L);
        other.put(new TopicPartition("a", 0), 1L);
        assertEquals(FeedPosition.encode(one), FeedPosition.encode(other));
    }

    @Test
    void anythingElseIsRefused() {
        for (String id : new String[] {"", "not base64 !", b64("2;a:0:1"), b64("1;a:x:1"), b64("1;a:0:-1"), b64("1;a0")}) {
            assertThrows(IllegalArgumentException.class, () -> FeedPosition.decode(id), id);
        }
        assertEquals(Map.of(), FeedPosition.decode(b64("1;")));
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes());
    }
}
