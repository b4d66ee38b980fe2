package vn.thidua.award.nomination;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.award.nomination.NominationViews.NominationView;
import vn.thidua.platform.security.Roles;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/nominations/{id}/recovery")
@Tag(name = "nominations")
@SecurityRequirement(name = "jwt")
public class RecoveryResource {

    private final RecoveryService recoveries;

    public RecoveryResource(RecoveryService recoveries) {
        this.recoveries = recoveries;
    }

    /** One payment back (đồng), the day it came back, and the receipt or a remark. */
    public record RecoveryBody(@NotNull @Positive Long amount, @NotNull LocalDate recoveredOn,
            @Size(max = 2000) String note) {
    }

    @POST
    @RolesAllowed({Roles.PRINCIPAL, Roles.DISTRICT})
    @Operation(operationId = "recordPrizeRecovery",
            summary = "Ghi nhận một lần nộp lại tiền thưởng của khen thưởng bị thu hồi (record one payment back of the "
            + "prize money of a revoked award, by the revoking unit; several payments until the amount owed is "
            + "reached, never more; who and when are recorded)")
    @APIResponse(responseCode = "400", description = "No amount or day")
    @APIResponse(responseCode = "403", description = "Not the unit that decided and revoked it")
    @APIResponse(responseCode = "404", description = "Unknown nomination")
    @APIResponse(responseCode = "409", description = "Not revoked, nothing owed, or already paid back in full")
    @APIResponse(responseCode = "422", description = "More than still owed (amount), or a day before the revocation "
            + "or in the future (recoveredOn)")
    @APIResponse(responseCode = "200", description = "Recorded; the nomination with its revocation and payments")
    public NominationView record(@PathParam("id") UUID id, @Valid @NotNull RecoveryBody body) {
        return NominationView.of(recoveries.record(id,
                new RecoveryService.Recovered(body.amount(), body.recoveredOn(), body.note())));
    }
}
