package vn.thidua.award.eligibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A polled batch of evaluation events split by cycle (head of line, issue 15): each cycle's events in their
 * order, the lightest cycles first, so that a 50-staff school polled together with the tail of a 5,000-staff
 * bulk is applied and recomputed before the heavy school's events, not after them. Cycles are independent
 * (an evaluation belongs to one cycle), so only the order within a cycle matters.
 */
final class CycleBatches {

    private static final ObjectMapper READER = new ObjectMapper();

    private CycleBatches() {
    }

    /** One polled record: its partition, its key (the cycle, as the relay keys it) and its payload. */
    record Polled(int partition, String key, String payload) {
    }

    /**
     * A cycle's events of the batch, in order, and their places in the batch. {@code tail}: the last cycle of its partition in the batch, the
     * only one whose events may go on in the next poll. {@code evaluationIds}: the evaluations named, for
     * reading their stored results ahead in one query.
     */
    record Group(String cycle, int partition, List<Integer> places, List<String> payloads, List<UUID> evaluationIds,
            boolean head, boolean tail) {
    }

    /**
     * The batch's groups, lightest first (fewest events; ties in the order of the cycles' first events). An
     * event's cycle is its {@code data.cycleId}; an unreadable one is grouped by its record key, so a poison
     * event fails only its own cycle's group (or a group of its own).
     */
    static List<Group> of(List<Polled> records) {
        Map<String, List<Integer>> places = new LinkedHashMap<>();
        Map<String, List<String>> payloads = new HashMap<>();
        Map<String, List<UUID>> evaluations = new HashMap<>();
        Map<String, Integer> partitionOf = new HashMap<>();
        Map<Integer, String> firstOfPartition = new HashMap<>();
        Map<Integer, String> lastOfPartition = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Polled record = records.get(i);
            JsonNode data = data(record.payload());
            UUID cycleId = uuid(text(data, "cycleId"));
            String cycle = cycleId != null ? cycleId.toString() : null;
            if (cycle == null) {
                cycle = "key:" + (record.key() != null ? record.key() : "record-" + i);
            }
            places.computeIfAbsent(cycle, c -> new ArrayList<>()).add(i);
            payloads.computeIfAbsent(cycle, c -> new ArrayList<>()).add(record.payload());
            List<UUID> ids = evaluations.computeIfAbsent(cycle, c -> new ArrayList<>());
            UUID evaluationId = uuid(text(data, "evaluationId"));
            if (evaluationId != null) {
                ids.add(evaluationId);
            }
            partitionOf.putIfAbsent(cycle, record.partition());
            firstOfPartition.putIfAbsent(record.partition(), cycle);
            lastOfPartition.put(record.partition(), cycle);
        }
        List<Group> groups = new ArrayList<>();
        places.forEach((cycle, at) -> {
            int partition = partitionOf.get(cycle);
            groups.add(new Group(cycle, partition, at, payloads.get(cycle), evaluations.get(cycle),
                    cycle.equals(firstOfPartition.get(partition)), cycle.equals(lastOfPartition.get(partition))));
        });
        groups.sort(Comparator.comparingInt(group -> group.payloads().size()));
        return groups;
    }

    /** The evaluation an event names, if it is readable (for the one-by-one retry of a failed group). */
    static List<UUID> evaluationIds(String payload) {
        UUID id = uuid(text(data(payload), "evaluationId"));
        return id == null ? List.of() : List.of(id);
    }

    private static JsonNode data(String payload) {
        try {
            return payload == null ? null : READER.readTree(payload).path("data");
        } catch (JsonProcessingException unreadable) {
            // Its handler meets it again and fails its group, which is then applied event by event.
            return null;
        }
    }

    private static String text(JsonNode data, String field) {
        if (data == null) {
            return null;
        }
        JsonNode value = data.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
