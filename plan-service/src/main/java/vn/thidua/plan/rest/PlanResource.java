package vn.thidua.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.plan.PlanContent;
import vn.thidua.plan.PlanService;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.text.Texts;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/plans")
@Tag(name = "plans", description = "Kế hoạch thi đua (emulation plans)")
@SecurityRequirement(name = "jwt")
public class PlanResource {

    private final PlanService plans;
    private final Caller caller;

    public PlanResource(PlanService plans, Caller caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(summary = "Tạo kế hoạch nháp (create a draft plan) for the caller's unit or a unit below it")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields, named in `errors`")
    @APIResponse(responseCode = "403", description = "Another unit's plan, or a role that may not write plans")
    public Response create(@Valid @NotNull PlanDraft draft) {
        List<PlanContent> contents = draft.contents().stream()
                .map(c -> new PlanContent(Texts.nfc(c.number().strip()), Texts.nfc(c.text()))).toList();
        var plan = plans.createDraft(draft.unitCode(), draft.schoolYear(), Texts.nfc(draft.title()), contents,
                caller.name());
        return Response.created(URI.create("/api/v1/plans/" + plan.id)).entity(PlanView.of(plan)).build();
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(summary = "Ban hành kế hoạch (publish a draft plan); emits vn.thidua.plan.published.v1")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "409", description = "The plan is not a draft (already published, withdrawn…)")
    @APIResponse(responseCode = "422", description = "The plan has no contents")
    public PlanView publish(@PathParam("id") UUID id) {
        return PlanView.of(plans.publish(id));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.VIEWER})
    @Operation(summary = "Xem một kế hoạch (read one plan)")
    @APIResponse(responseCode = "404", description = "No such plan")
    public PlanView read(@PathParam("id") UUID id) {
        return PlanView.of(plans.read(id));
    }

    @GET
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.VIEWER})
    @Operation(summary = "Danh sách kế hoạch (plans of a unit, or of every unit the caller can see)")
    public List<PlanView> list(@QueryParam("unit") String unit, @QueryParam("schoolYear") String schoolYear) {
        return plans.list(unit, schoolYear).stream().map(PlanView::of).toList();
    }
}
