package vn.thidua.platform.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.platform.openapi.ContractFilter;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;

import java.util.List;

/**
 * The operator's view of the outbox rows the relay parked, mounted in every service. Role
 * {@code operator} only: a parked row is a matter of running the service (broker limits, topics),
 * not of a unit, and its payload may belong to any school, so no unit role sees or changes it.
 */
@Path("/api/v1/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "outbox", description = "Sự kiện bị giữ lại trong outbox, cho người vận hành (outbox rows the relay parked, "
        + "for the operator)")
@SecurityRequirement(name = ContractFilter.SCHEME)
public class OutboxParkingResource {

    private final OutboxParking parking;
    private final Caller caller;

    public OutboxParkingResource(OutboxParking parking, Caller caller) {
        this.parking = parking;
        this.caller = caller;
    }

    /** The parked rows, oldest first (at most 500). */
    @GET
    @Operation(operationId = "listParkedOutboxEvents", summary = "Các sự kiện bị giữ lại, cũ nhất trước (parked rows, "
            + "oldest first, at most 500)")
    @APIResponse(responseCode = "200", description = "The parked rows", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = OutboxParking.Parked.class)))
    public List<OutboxParking.Parked> list() {
        return parking.list();
    }

    /** Retries the row now; its key's waiting rows follow it in order. */
    @POST
    @Path("/{id}/release")
    @Operation(operationId = "releaseParkedOutboxEvent", summary = "Gửi lại ngay (retry the row now; its key's "
            + "waiting rows follow in order)")
    @APIResponse(responseCode = "200", description = "The row, released", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutboxParking.Parked.class)))
    public OutboxParking.Parked release(@PathParam("id") long id) {
        return parking.release(id, caller.actor());
    }

    /** Gives the row up for good (kept, marked dropped); its key's later rows go on without it. */
    @POST
    @Path("/{id}/drop")
    @Operation(operationId = "dropParkedOutboxEvent", summary = "Bỏ hẳn (give the row up for good; kept, marked "
            + "dropped)")
    @APIResponse(responseCode = "200", description = "The row, dropped", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutboxParking.Parked.class)))
    public OutboxParking.Parked drop(@PathParam("id") long id) {
        return parking.drop(id, caller.actor());
    }
}
