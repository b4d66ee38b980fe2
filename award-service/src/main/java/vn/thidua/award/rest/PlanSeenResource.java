package vn.thidua.award.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.award.PlanSeen;
import vn.thidua.award.PlanSeenService;
import vn.thidua.platform.security.Roles;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/plans-seen")
@Tag(name = "plans-seen", description = "Kế hoạch đã nhận qua sự kiện (plans received from plan events; "
        + "to be replaced by eligibility and reports)")
@SecurityRequirement(name = "jwt")
public class PlanSeenResource {

    private final PlanSeenService plans;

    public PlanSeenResource(PlanSeenService plans) {
        this.plans = plans;
    }

    public record PlanSeenView(UUID planId, int version, String unitCode, String schoolYear, String title,
            OffsetDateTime publishedAt, OffsetDateTime receivedAt) {

        static PlanSeenView of(PlanSeen seen) {
            return new PlanSeenView(seen.key.planId(), seen.key.version(), seen.unitCode, seen.schoolYear, seen.title,
                    seen.publishedAt, seen.receivedAt);
        }
    }

    @GET
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER})
    @Operation(summary = "Kế hoạch đã nhận (published plans this service has received, of a unit or all visible)")
    @APIResponse(responseCode = "403", description = "A unit outside the caller's")
    public List<PlanSeenView> list(@QueryParam("unit") String unit) {
        return plans.list(unit).stream().map(PlanSeenView::of).toList();
    }
}
