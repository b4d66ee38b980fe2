package vn.thidua.plan.plan;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.plan.plan.PlanViews.Amendment;
import vn.thidua.plan.plan.PlanViews.PhaseChange;
import vn.thidua.plan.plan.PlanViews.PlanRequest;
import vn.thidua.plan.plan.PlanViews.PlanSummary;
import vn.thidua.plan.plan.PlanViews.PlanView;
import vn.thidua.plan.plan.PlanViews.VersionView;
import vn.thidua.plan.plan.PlanViews.Withdrawal;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.rest.Paging;
import vn.thidua.platform.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/plans")
@Tag(name = "plans", description = "Kế hoạch thi đua (emulation plans): documents, versions, lifecycle")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP,
        Roles.VIEWER})
public class PlanResource {

    private final PlanService plans;
    private final PlanLifecycle lifecycle;
    private final PlanSearch search;

    PlanResource(PlanService plans, PlanLifecycle lifecycle, PlanSearch search) {
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.search = search;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(operationId = "createPlan",
            summary = "Tạo kế hoạch nháp (create a draft plan) for the caller's unit or a unit below it")
    @APIResponse(responseCode = "201", description = "Created; ETag is the revision to send as If-Match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in `errors`")
    @APIResponse(responseCode = "403", description = "Another unit, or a role that may not write plans")
    @APIResponse(responseCode = "422", description = "Unknown unit, or a basedOnPlanId that is not a published plan above")
    public Response create(@Valid @NotNull PlanRequest request) {
        Plan plan = plans.createDraft(settings(request), request.document(), List.of());
        return withETag(Response.created(URI.create("/api/v1/plans/" + plan.id)), plan).entity(PlanView.of(plan)).build();
    }

    @GET
    @Operation(operationId = "searchPlans",
            summary = "Tìm kế hoạch (search plans the caller can see: its units', and those published above it)")
    @APIResponse(responseCode = "200", description = "One page of plans")
    public List<PlanSummary> search(@QueryParam("unit") String unit, @QueryParam("schoolYear") String schoolYear,
            @QueryParam("status") PlanStatus status,
            @Parameter(description = "Tìm trong toàn văn (text anywhere in the document)") @QueryParam("q") String text,
            @QueryParam("page") @DefaultValue("0") @Min(0) Integer page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) Integer size,
            @Parameter(description = "updatedAt (default), publishedAt, title, schoolYear; prefix - for descending")
            @QueryParam("sort") @DefaultValue("-updatedAt")
            @Pattern(regexp = "-?(updatedAt|publishedAt|title|schoolYear)") String sort) {
        Sort order = sort.startsWith("-") ? Sort.descending(sort.substring(1)) : Sort.ascending(sort);
        Paging paging = Paging.of(page, size);
        return search.search(new PlanSearch.PlanQuery(unit, schoolYear, status, text, paging.page(), paging.size(),
                        order.and("id")))
                .stream().map(PlanSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPlan",
            summary = "Xem một kế hoạch (one plan with its document); ETag for edits")
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    @APIResponse(responseCode = "200", description = "The plan; ETag is its revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanView.class)))
    public Response read(@PathParam("id") UUID id) {
        Plan plan = plans.read(id);
        return withETag(Response.ok(PlanView.of(plan)), plan).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(operationId = "updatePlan",
            summary = "Sửa bản nháp (replace a draft's document and settings); requires If-Match")
    @APIResponse(responseCode = "409", description = "Not a draft")
    @APIResponse(responseCode = "412", description = "Changed meanwhile: If-Match is not the current revision")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlanRequest request) {
        Plan plan = plans.updateDraft(id, ETags.revision(ifMatch), settings(request), request.document());
        return withETag(Response.ok(PlanView.of(plan)), plan).build();
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(operationId = "publishPlan",
            summary = "Ban hành (publish a draft); emits vn.thidua.plan.published.v1")
    @APIResponse(responseCode = "409", description = "Not a draft (already published, withdrawn…)")
    @APIResponse(responseCode = "422", description = "No contents or no title")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanView.class)))
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Plan plan = lifecycle.publish(id, ETags.revision(ifMatch));
        return withETag(Response.ok(PlanView.of(plan)), plan).build();
    }

    @POST
    @Path("{id}/amend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(operationId = "amendPlan",
            summary = "Điều chỉnh (publish a new version of a plan in force); emits vn.thidua.plan.amended.v1; "
            + "requires If-Match")
    @APIResponse(responseCode = "200", description = "New version in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanView.class)))
    public Response amend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Amendment amendment) {
        Plan plan = lifecycle.amend(id, ETags.revision(ifMatch), amendment.document(), amendment.note());
        return withETag(Response.ok(PlanView.of(plan)), plan).build();
    }

    @POST
    @Path("{id}/phase")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(operationId = "changePlanPhase",
            summary = "Sơ kết / tổng kết (move to MIDTERM_REVIEW or CLOSED); emits vn.thidua.plan.phase-changed.v1")
    @APIResponse(responseCode = "200", description = "Phase changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanView.class)))
    public Response phase(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PhaseChange change) {
        Plan plan = lifecycle.changePhase(id, ETags.revision(ifMatch), change.phase());
        return withETag(Response.ok(PlanView.of(plan)), plan).build();
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(operationId = "withdrawPlan",
            summary = "Thu hồi (withdraw a plan in force); emits vn.thidua.plan.withdrawn.v1")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanView.class)))
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Withdrawal withdrawal) {
        Plan plan = lifecycle.withdraw(id, ETags.revision(ifMatch), withdrawal.reason());
        return withETag(Response.ok(PlanView.of(plan)), plan).build();
    }

    @GET
    @Path("{id}/versions")
    @Operation(operationId = "listPlanVersions",
            summary = "Các phiên bản đã ban hành (published versions, oldest first)")
    @APIResponse(responseCode = "200", description = "Published versions")
    public List<VersionView> versions(@PathParam("id") UUID id) {
        return plans.versions(id).stream().map(VersionView::of).toList();
    }

    @GET
    @Path("{id}/versions/{version}")
    @Operation(operationId = "getPlanVersion",
            summary = "Một phiên bản (one published version)")
    @APIResponse(responseCode = "200", description = "The version")
    public VersionView version(@PathParam("id") UUID id, @PathParam("version") Integer version) {
        return VersionView.of(plans.version(id, version));
    }

    @GET
    @Path("{id}/diff")
    @Operation(operationId = "diffPlanVersions",
            summary = "So sánh hai phiên bản (what changed between two published versions)")
    @APIResponse(responseCode = "200", description = "The changes")
    public List<PlanDiff.Change> diff(@PathParam("id") UUID id,
            @Parameter(description = "Phiên bản cũ (the older version number)", example = "1")
            @QueryParam("from") @NotNull @Min(1) Integer from,
            @Parameter(description = "Phiên bản mới (the newer version number)", example = "2")
            @QueryParam("to") @NotNull @Min(1) Integer to) {
        return PlanDiff.between(plans.version(id, from).document, plans.version(id, to).document);
    }

    private static PlanService.PlanSettings settings(PlanRequest request) {
        return new PlanService.PlanSettings(request.unitCode(), request.schoolYear(), request.basedOnPlanId(),
                request.publicationDeadline());
    }

    static Response.ResponseBuilder withETag(Response.ResponseBuilder builder, Plan plan) {
        return builder.tag(ETags.of(plan.revision));
    }
}
