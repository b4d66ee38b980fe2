package vn.thidua.evaluation.registration;

import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.platform.time.TimeSource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.evaluation.registration.RegistrationViews.HistoryView;
import vn.thidua.platform.security.Roles;

import java.util.List;
import java.util.UUID;

/** One registration by its id, and its history of changes. */
@Path("/api/v1/registrations")
@Tag(name = "registrations", description = "Đăng ký thi đua (registrations of titles and initiatives)")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP})
public class RegistrationResource {

    private final RegistrationQueries queries;
    private final TimeSource time;

    RegistrationResource(RegistrationQueries queries, TimeSource time) {
        this.queries = queries;
        this.time = time;
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRegistration",
            summary = "Xem một đăng ký thi đua (one registration); ETag for changes")
    @APIResponse(responseCode = "200", description = "The registration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationViews.RegistrationView.class)))
    @APIResponse(responseCode = "404", description = "No such registration, or not visible to the caller")
    public Response read(@PathParam("id") UUID id) {
        return CycleRegistrationResource.view(time.today(), queries.read(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getRegistrationHistory",
            summary = "Lịch sử thay đổi đăng ký (who, when, what before and after, and the reason of a change "
            + "after the deadline)")
    @APIResponse(responseCode = "200", description = "Oldest first")
    @APIResponse(responseCode = "404", description = "No such registration, or not visible to the caller")
    public List<HistoryView> history(@PathParam("id") UUID id) {
        return queries.history(id).stream().map(HistoryView::of).toList();
    }
}
