package vn.thidua.platform.replay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The counts of one start of a replay, as the reading goes. */
final class Progress {

    private final List<String> topics;
    private final long[] readPerTopic;
    long total;
    long read;
    long applied;
    long skipped;
    long invalid;

    Progress(List<String> topics) {
        this.topics = List.copyOf(topics);
        this.readPerTopic = new long[topics.size()];
    }

    void count(String topic, Replayed.Outcome outcome) {
        read++;
        readPerTopic[topics.indexOf(topic)]++;
        switch (outcome) {
            case APPLIED -> applied++;
            case SKIPPED -> skipped++;
            case INVALID -> invalid++;
        }
    }

    Long[] readPerTopic() {
        Long[] counts = new Long[readPerTopic.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = readPerTopic[i];
        }
        return counts;
    }

    Map<String, Long> perTopic() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            counts.put(topics.get(i), readPerTopic[i]);
        }
        return counts;
    }
}
