package vn.thidua.evaluation.evaluation;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import vn.thidua.evaluation.common.Answers;
import vn.thidua.platform.text.Texts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import vn.thidua.evaluation.evaluation.EvaluationViews.EvaluationView;
import vn.thidua.evaluation.evaluation.EvaluationViews.FactsRequest;
import vn.thidua.evaluation.evaluation.EvaluationViews.FactsView;
import vn.thidua.platform.problem.Problem;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.rest.Paged;
import vn.thidua.platform.rest.Paging;

import java.util.UUID;

@Path("/api/v1/cycles")
@Tag(name = "cycles", description = "Chu kỳ đánh giá (evaluation cycles, one per school and school year)")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP,
        Roles.VIEWER})
public class CycleEvaluationResource {

    private final EvaluationQueries queries;
    private final EvaluationSetup setup;
    private final BulkService bulk;
    private final ObjectMapper mapper;

    CycleEvaluationResource(EvaluationQueries queries, EvaluationSetup setup, BulkService bulk, ObjectMapper mapper) {
        this.queries = queries;
        this.setup = setup;
        this.bulk = bulk;
        this.mapper = mapper;
    }

    @GET
    @Path("{id}/evaluations")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP})
    @Operation(operationId = "listCycleEvaluations",
            summary = "Đánh giá của chu kỳ (the cycle's evaluations the caller may see), by given name",
            description = "Principal, council and school app: the whole school; offices: the schools below them; a "
                    + "group leader: their group (and themselves); staff: their own. X-Total-Count gives the total.")
    @APIResponse(responseCode = "200", description = "One page; X-Total-Count header holds the total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "Unknown state or sort, bad page or size, named in `errors`")
    @APIResponse(responseCode = "403", description = "A school outside the caller's reach, or another group")
    public Response evaluations(@PathParam("id") UUID id,
            @Parameter(description = "DRAFT, SELF_ASSESSED, GROUP_REVIEWED, FINALIZED, REOPENED")
            @QueryParam("state") String state,
            @Parameter(description = "Mã tổ chuyên môn (group code)") @QueryParam("group") String group,
            @Parameter(description = "Thứ tự theo một trường của danh sách (a field of EvaluationView: fullName by "
                    + "given name, staffCode, state, finalRating, finalizedAt, updatedAt…; - for descending); default "
                    + "by given name", example = "finalRating") @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE_TEXT) int size) {
        Paging paging = Paging.of(page, size);
        return Paged.answer(queries.list(id, state(state), Texts.blankToNull(group)).stream().map(EvaluationView::of)
                .toList(), paging, EvaluationView.class, sort).toResponse();
    }

    @POST
    @Path("{id}/evaluations")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "openCycleEvaluations",
            summary = "Mở đánh giá cho mọi cán bộ (open one evaluation per staff member working in the school "
            + "year)", description = "Idempotent: evaluations already open are kept, so calling it again after a "
                    + "staff import adds only the newcomers. Facts (PUT) and bulk posting also open evaluations.")
    @APIResponse(responseCode = "200", description = "How many were created and how many existed")
    @APIResponse(responseCode = "403", description = "Not the principal of the cycle's school")
    @APIResponse(responseCode = "409", description = "The cycle is closed or withdrawn")
    public EvaluationViews.Opened openEvaluations(@PathParam("id") UUID id) {
        EvaluationSetup.Opened opened = setup.open(id);
        return new EvaluationViews.Opened(opened.created(), opened.existing());
    }

    @GET
    @Path("{id}/staff/{staffId}/facts")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP})
    @Operation(operationId = "getStaffFacts",
            summary = "Thông tin xét xếp loại (facts of a staff member in the cycle: discipline, leave, "
            + "initiatives, months worked)", description = "monthsWorked is the value the rules use: as given, else "
                    + "derived from the hire and active dates less non-maternity leave. ETag for PUT.")
    @APIResponse(responseCode = "200", description = "The facts (empty lists when none were recorded)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FactsView.class)))
    @APIResponse(responseCode = "403", description = "A school outside the caller's reach")
    @APIResponse(responseCode = "404", description = "No such staff member in the cycle's school, or not visible")
    public Response facts(@PathParam("id") UUID id, @PathParam("staffId") UUID staffId) {
        FactsView view = FactsView.of(queries.facts(id, staffId));
        return Answers.tagged(view.revision(), view).build();
    }

    @PUT
    @Path("{id}/staff/{staffId}/facts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "putStaffFacts",
            summary = "Ghi thông tin xét xếp loại (replace the facts of a staff member in the cycle)",
            description = "The principal of the school. Opens the evaluation when needed. Not while the evaluation "
                    + "is FINALIZED (reopen it first). If-Match optional (the ETag of GET).")
    @APIResponse(responseCode = "200", description = "The facts as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FactsView.class)))
    @APIResponse(responseCode = "400", description = "Unreadable values (unknown kind, bad date), named in `errors`")
    @APIResponse(responseCode = "403", description = "Not the principal of the cycle's school")
    @APIResponse(responseCode = "409", description = "The evaluation is finalised, or the cycle closed")
    @APIResponse(responseCode = "412", description = "If-Match is not the current revision")
    @APIResponse(responseCode = "422", description = "Missing values, leave ending before it starts")
    public Response putFacts(@PathParam("id") UUID id, @PathParam("staffId") UUID staffId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FactsRequest request) {
        FactsView view = FactsView.of(setup.putFacts(id, staffId, ETags.revision(ifMatch), request.facts()));
        return Answers.tagged(view.revision(), view).build();
    }

    @POST
    @Path("{id}/evaluations:bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRINCIPAL, Roles.SCHOOL_APP})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvaluationViews.BulkRequest.class)))
    @Operation(operationId = "postEvaluationsBulk",
            summary = "Gửi đánh giá hàng loạt từ phần mềm của trường (bulk ratings and facts from the school's "
            + "software); idempotent by Idempotency-Key",
            description = "Up to 5,000 records {staffCode, rating?, facts?}. A rating finalises the person's evaluation "
                    + "(rules and the HTXS share checked over the whole call); facts replace the person's facts. "
                    + "mode=atomic (default): any invalid record answers 422 with every record's result and stores "
                    + "nothing; mode=partial: the valid records are stored and the others reported (200). Errors name "
                    + "the field: records[12].rating. The same Idempotency-Key with the same request replays the "
                    + "first answer (same status and body, header Idempotency-Replayed: true) and changes nothing; "
                    + "with another request it is a 409. A finalised evaluation is only UNCHANGED by an identical "
                    + "record; changing it needs a reopen.")
    @APIResponse(responseCode = "200",
            description = "Per-record results: FINALIZED, FACTS_UPDATED, UNCHANGED, REJECTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BulkReport.Report.class)))
    @APIResponse(responseCode = "400", description = "Idempotency-Key missing, unknown mode, unreadable JSON")
    @APIResponse(responseCode = "403", description = "Not the principal or school app of the cycle's school")
    @APIResponse(responseCode = "409", description = "Idempotency-Key used for another request; cycle closed")
    @APIResponse(responseCode = "413", description = "More than 5,000 records")
    @APIResponse(responseCode = "422", description = "Atomic and some records invalid: nothing stored; results and "
            + "errors per record")
    public Response bulk(@PathParam("id") UUID id,
            @Parameter(description = "Khóa chống gửi trùng (a new one per new request, at most 200 characters)",
                    required = true) @HeaderParam("Idempotency-Key") String key,
            @Parameter(description = "atomic (default) or partial") @QueryParam("mode") @DefaultValue("atomic") String mode,
            byte[] body) throws java.io.IOException {
        return ingest(id, key, mode, body);
    }

    /**
     * The same as {@code :bulk} for clients that percent-encode the colon ({@code evaluations%3Abulk}),
     * which the router does not decode before matching: RestAssured does, for one.
     */
    @POST
    @Path("{id}/evaluations/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRINCIPAL, Roles.SCHOOL_APP})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvaluationViews.BulkRequest.class)))
    @Operation(operationId = "postEvaluationsBulkAlias",
            summary = "Như evaluations:bulk (the same as evaluations:bulk, for clients that encode the colon)")
    @APIResponse(responseCode = "200", description = "As evaluations:bulk",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BulkReport.Report.class)))
    public Response bulkAlias(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String key,
            @Parameter(description = "atomic (default) or partial") @QueryParam("mode") @DefaultValue("atomic")
            String mode, byte[] body) throws java.io.IOException {
        return ingest(id, key, mode, body);
    }

    private Response ingest(UUID id, String key, String mode, byte[] body) throws java.io.IOException {
        bulk.authorised(id);
        if (key == null || key.isBlank() || key.length() > BulkService.MAX_KEY) {
            throw EvaluationProblems.badKey(BulkService.MAX_KEY);
        }
        BulkService.Mode parsedMode = BulkService.Mode.of(mode);
        if (body == null || body.length == 0) {
            throw EvaluationProblems.recordsRequired();
        }
        EvaluationViews.BulkRequest request = mapper.readValue(body, EvaluationViews.BulkRequest.class);
        if (request.records() == null || request.records().isEmpty()) {
            throw EvaluationProblems.noRecords();
        }
        BulkService.Outcome outcome = bulk.ingest(id, key.strip(), parsedMode, BulkService.hash(id, parsedMode, body),
                request.records());
        Response.ResponseBuilder response = Response.status(outcome.status()).entity(outcome.body())
                .type(outcome.status() >= 400 ? Problem.MEDIA_TYPE : MediaType.APPLICATION_JSON);
        return (outcome.replayed() ? response.header("Idempotency-Replayed", "true") : response).build();
    }

    private static EvaluationState state(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return EvaluationState.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw EvaluationProblems.unknownState(text);
        }
    }
}
