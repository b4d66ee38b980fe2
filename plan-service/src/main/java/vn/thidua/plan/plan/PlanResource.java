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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.thidua.plan.document.DocumentProblems;
import vn.thidua.plan.document.UnreadableDocumentException;
import vn.thidua.plan.plan.PlanViews.Amendment;
import vn.thidua.plan.plan.PlanViews.ImportResponse;
import vn.thidua.plan.plan.PlanViews.PhaseChange;
import vn.thidua.plan.plan.PlanViews.PlanRequest;
import vn.thidua.plan.plan.PlanViews.PlanSummary;
import vn.thidua.plan.plan.PlanViews.PlanView;
import vn.thidua.plan.plan.PlanViews.VersionView;
import vn.thidua.plan.plan.PlanViews.Withdrawal;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.rest.MediaTypes;
import vn.thidua.platform.rest.Paging;
import vn.thidua.platform.security.Roles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
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
    private final PlanImportService importer;

    PlanResource(PlanService plans, PlanLifecycle lifecycle, PlanSearch search, PlanImportService importer) {
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.search = search;
        this.importer = importer;
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

    @POST
    @Path("import")
    @Consumes({MediaType.TEXT_PLAIN, MediaTypes.DOCX})
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(operationId = "importPlan",
            summary = "Nhập kế hoạch từ văn bản (import a plan from plain text UTF-8 or .docx)",
            description = "The body is the file itself (Content-Type text/plain or the .docx type; any other is "
                    + "415). Returns a draft "
                    + "plan and the importer's warnings (numbering gaps, stale years, missing number or date, bases "
                    + "not in the system…). The text is never renumbered or rewritten; an unreadable file is "
                    + "refused with the reason.")
    @APIResponse(responseCode = "201", description = "Draft created, with warnings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportResponse.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "413", description = "Over 5 MB")
    @APIResponse(responseCode = "422", description = "Not readable: empty, binary, not UTF-8, broken .docx")
    // Text first and typed as text: a generated client then sends a String as UTF-8 text. (Typed as binary, the
    // java `native` client serialises its File argument as a JSON string of the file's path.)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response importDocument(byte[] body,
            @Parameter(description = "Mã đơn vị (unit code)", required = true) @QueryParam("unit") @NotNull String unit,
            @Parameter(description = "Năm học; suy ra từ văn bản nếu bỏ trống (school year; inferred when absent)")
            @QueryParam("schoolYear") @Pattern(regexp = "\\d{4}-\\d{4}") String schoolYear,
            @Parameter(description = "Tên tệp (file name)") @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return importBytes(body == null ? new byte[0] : body, unit, schoolYear, fileName, contentType);
    }

    private Response importBytes(byte[] body, String unit, String schoolYear, String fileName, String contentType) {
        try {
            PlanImportService.Imported imported = importer.importDocument(body, fileName, contentType, unit,
                    schoolYear);
            Plan plan = imported.plan();
            return withETag(Response.created(URI.create("/api/v1/plans/" + plan.id)), plan)
                    .entity(new ImportResponse(PlanView.of(plan), imported.warnings())).build();
        } catch (UnreadableDocumentException e) {
            throw DocumentProblems.unreadable(e);
        }
    }

    @POST
    @Path("import/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(operationId = "uploadPlan",
            summary = "Tải lên tệp kế hoạch (import a plan from a file part: .docx or plain text UTF-8)",
            description = "The same import as importPlan for clients that send files as multipart/form-data (what "
                    + "generated clients do with a binary file): part `file`, read by its content (a Word document "
                    + "or UTF-8 text, whatever the part's Content-Type says), its file name kept as fileName.")
    @APIResponse(responseCode = "201", description = "Draft created, with warnings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportResponse.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "413", description = "Over 5 MB")
    @APIResponse(responseCode = "422", description = "No part `file`, or not readable: empty, binary, not UTF-8, "
            + "broken .docx")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file", properties = @SchemaProperty(
                    name = "file", type = SchemaType.STRING, format = "binary",
                    description = "Tệp .docx hoặc văn bản UTF-8 (the .docx or UTF-8 text file)")),
            encoding = @Encoding(name = "file", contentType = MediaTypes.DOCX + ", " + MediaType.TEXT_PLAIN
                    + ", application/octet-stream")))
    public Response upload(@RestForm("file") FileUpload file,
            @Parameter(description = "Mã đơn vị (unit code)", required = true) @QueryParam("unit") @NotNull String unit,
            @Parameter(description = "Năm học; suy ra từ văn bản nếu bỏ trống (school year; inferred when absent)")
            @QueryParam("schoolYear") @Pattern(regexp = "\\d{4}-\\d{4}") String schoolYear) {
        if (file == null) {
            throw ProblemException.unprocessable("file", "thiếu phần `file` (part `file` is missing)");
        }
        byte[] body;
        try {
            body = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = file.contentType() == null || file.contentType().startsWith("application/octet-stream") ? null
                : file.contentType();
        return importBytes(body, unit, schoolYear, file.fileName(), type);
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
    public List<PlanDiff.Change> diff(@PathParam("id") UUID id, @QueryParam("from") @NotNull @Min(1) Integer from,
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
