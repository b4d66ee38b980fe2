package vn.thidua.platform.feed;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.contracts.EventContracts;
import vn.thidua.platform.openapi.ContractFilter;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitAccess;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoped event feed for dashboards: Server-Sent Events, each one CloudEvents JSON (structured mode, the
 * record as it is on the topic) of the caller's unit or a unit below it. Readers of a unit's whole data only
 * (viewer, principal, district): staff, group leaders, council members and school apps read their part
 * through the API, not every event of the school.
 */
@Path("/api/v1/events")
@IfBuildProperty(name = "thidua.feed.enabled", stringValue = "true")
@Tag(name = "events", description = "Luồng sự kiện theo phạm vi đơn vị (the event feed of the caller's units, "
        + "Server-Sent Events)")
@SecurityRequirement(name = ContractFilter.SCHEME)
public class EventFeedResource {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    private final EventFeed feed;
    private final Caller caller;
    private final UnitAccess access;

    public EventFeedResource(EventFeed feed, Caller caller, UnitAccess access) {
        this.feed = feed;
        this.caller = caller;
        this.access = access;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.VIEWER, Roles.PRINCIPAL, Roles.DISTRICT})
    @Operation(operationId = "streamEvents", summary = "Các sự kiện của đơn vị và các đơn vị trực thuộc, dạng SSE "
            + "(the events of the caller's unit and the units below it as Server-Sent Events: data = the CloudEvents "
            + "JSON as on the topic, id = a position to resume from with Last-Event-ID; without it, from the oldest "
            + "event the topics keep)")
    @APIResponse(responseCode = "200", description = "The stream; comment lines keep it alive, and one says so "
            + "before an idle feed is ended", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
            schema = @Schema(type = SchemaType.STRING, description = "text/event-stream: `id: <position>` and "
                    + "`data: <CloudEvents JSON>` per event")))
    @APIResponse(responseCode = "400", description = "Unknown type, or a Last-Event-ID this feed did not give")
    @APIResponse(responseCode = "503", description = "All feeds of this replica are in use; retry later")
    public void events(
            @Parameter(description = "CloudEvents type to receive (repeatable); all types when absent",
                    example = "vn.thidua.evaluation.finalized.v1") @QueryParam("type") List<String> types,
            @Parameter(description = "The id of the last event received, to resume after it")
            @HeaderParam(LAST_EVENT_ID) String lastEventId,
            @Context SseEventSink sink, @Context Sse sse) {
        Set<String> wanted = types(types);
        Map<TopicPartition, Long> from = position(lastEventId);
        feed.open(sink, sse, new EventFeed.Filter(Set.copyOf(access.visibleUnits()), wanted), from, caller.actor());
    }

    private Set<String> types(List<String> types) {
        Set<String> wanted = new LinkedHashSet<>();
        if (types == null) {
            return wanted;
        }
        for (String type : types) {
            String name = type == null ? "" : type.strip();
            if (!EventContracts.eventTypes().contains(name) || !feed.topics().contains(EventContracts.topicOf(name))) {
                throw ProblemException.invalid("type", "không phải loại sự kiện của luồng này (not an event type of "
                        + "this feed): '" + name + "'");
            }
            wanted.add(name);
        }
        return wanted;
    }

    private Map<TopicPartition, Long> position(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return Map.of();
        }
        try {
            Map<TopicPartition, Long> from = FeedPosition.decode(lastEventId);
            if (from.keySet().stream().anyMatch(tp -> !feed.topics().contains(tp.topic()))) {
                throw new IllegalArgumentException("names a topic this feed does not read");
            }
            return from;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(LAST_EVENT_ID, "không phải id do luồng này cấp (not an id this feed gave): "
                    + e.getMessage());
        }
    }
}
