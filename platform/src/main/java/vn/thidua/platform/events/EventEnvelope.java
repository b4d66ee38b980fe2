package vn.thidua.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import vn.thidua.platform.id.TimeOrderedIds;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A CloudEvents 1.0 structured-mode envelope with the {@code unit} and {@code schoolyear} extensions.
 * Field names are the CloudEvents attribute names, so Jackson maps them as they are on the wire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String unit,
        String schoolyear,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public static EventEnvelope create(String serviceName, EventType type, String subject, String unit,
            String schoolYear, JsonNode data) {
        return new EventEnvelope(SPEC_VERSION, TimeOrderedIds.next().toString(), "/thidua/" + serviceName,
                type.type(), subject, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), JSON,
                unit, schoolYear, data);
    }
}
