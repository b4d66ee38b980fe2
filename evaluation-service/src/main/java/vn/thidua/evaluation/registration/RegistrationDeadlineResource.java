package vn.thidua.evaluation.registration;

import vn.thidua.evaluation.cycle.CycleView;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.evaluation.cycle.CycleService;
import vn.thidua.evaluation.registration.RegistrationViews.DeadlineRequest;
import vn.thidua.platform.security.Roles;

import java.util.UUID;

/** The registration deadline of a cycle; shown in the cycle view as registrationDeadline. */
@Path("/api/v1/cycles/{cycleId}/registration-deadline")
@Tag(name = "cycles", description = "Chu kỳ đánh giá (evaluation cycles, one per school and school year)")
@SecurityRequirement(name = "jwt")
public class RegistrationDeadlineResource {

    private final RegistrationWrites writes;
    private final CycleService cycles;

    RegistrationDeadlineResource(RegistrationWrites writes, CycleService cycles) {
        this.writes = writes;
        this.cycles = cycles;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "setRegistrationDeadline",
            summary = "Đặt hạn đăng ký thi đua (set the cycle's registration deadline)",
            description = "The principal of the school. The day is included (school's time zone); after it only the "
                    + "principal changes registrations, with a reason. {\"deadline\": null} reopens registration. "
                    + "The plan event carries no deadline, so a new cycle has none: registration is open until set.")
    @APIResponse(responseCode = "200", description = "The cycle with its deadline")
    @APIResponse(responseCode = "400", description = "Not a date (yyyy-MM-dd), named in `errors`")
    @APIResponse(responseCode = "403", description = "Not the principal of the cycle's school")
    @APIResponse(responseCode = "404", description = "No such cycle")
    @APIResponse(responseCode = "409", description = "The cycle is closed or withdrawn")
    @APIResponse(responseCode = "422", description = "A date outside the cycle's school year")
    public CycleView put(@PathParam("cycleId") UUID cycleId, @Valid @NotNull DeadlineRequest request) {
        writes.setDeadline(cycleId, request.deadline());
        // Read again outside the committed transaction, so the criteria load in the request's session.
        return CycleView.of(cycles.read(cycleId));
    }
}
