package vn.thidua.award.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.thidua.award.AwardApi;
import vn.thidua.contracts.EventContracts;
import vn.thidua.testing.TestKafka;

import java.util.UUID;

/** Events for the feed and webhook tests: a contract's example with a new id, unit and marker, sent to its topic. */
final class FeedEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedEvents() {
    }

    /** A plan withdrawal of {@code unit} whose reason carries {@code marker}; keyed by marker, so they stay in order. */
    static String withdrawal(String unit, String marker) {
        return of("vn.thidua.plan.withdrawn.v1", unit, marker);
    }

    static String of(String type, String unit, String marker) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(EventContracts.example(type));
            event.put("id", UUID.randomUUID().toString());
            event.put("unit", unit);
            ObjectNode data = (ObjectNode) event.path("data");
            if (data.has("unitCode")) {
                data.put("unitCode", unit);
            }
            if (data.has("reason")) {
                data.put("reason", "Đăng nhầm bản dự thảo " + marker);
            }
            return JSON.writeValueAsString(event);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A staff record of {@code unit}, or (when {@code toUnit} is given) a move from {@code unit} to it; new ids. */
    static String staff(String unit, String toUnit) {
        try {
            String type = toUnit == null ? "vn.thidua.staff.upserted.v1" : "vn.thidua.staff.moved.v1";
            ObjectNode event = (ObjectNode) JSON.readTree(of(type, unit, "staff"));
            ObjectNode data = (ObjectNode) event.path("data");
            String staffId = UUID.randomUUID().toString();
            event.put("subject", staffId);
            data.put("staffId", staffId);
            data.put("personId", UUID.randomUUID().toString());
            data.put("personCode", "087185000123");
            if (toUnit != null) {
                data.put("newStaffId", UUID.randomUUID().toString());
                data.put("fromUnit", unit);
                data.put("toUnit", toUnit);
            }
            return JSON.writeValueAsString(event);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String send(String json, String key) {
        String type = id(json, "type");
        TestKafka.send(AwardApi.kafka(), EventContracts.topicOf(type), key, json);
        return id(json, "id");
    }

    static String id(String json, String attribute) {
        try {
            return JSON.readTree(json).path(attribute).asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
