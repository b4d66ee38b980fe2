package vn.thidua.evaluation.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.evaluation.common.Answers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.evaluation.evaluation.EvaluationViews.AuditView;
import vn.thidua.evaluation.evaluation.EvaluationViews.EvaluationView;
import vn.thidua.evaluation.evaluation.EvaluationViews.FinalizeRequest;
import vn.thidua.evaluation.evaluation.EvaluationViews.ReopenRequest;
import vn.thidua.evaluation.evaluation.EvaluationViews.ReviewRequest;
import vn.thidua.evaluation.evaluation.EvaluationViews.SelfAssessmentRequest;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.security.Roles;

import java.util.List;
import java.util.UUID;

/**
 * Đánh giá, xếp loại: DRAFT → (self-assessment, submit) SELF_ASSESSED → (group leader's review)
 * GROUP_REVIEWED → (principal) FINALIZED → (principal, with a reason) REOPENED → … FINALIZED again.
 * Every change answers with the new ETag and is kept in the audit trail.
 */
@Path("/api/v1/evaluations")
@Tag(name = "evaluations", description = "Đánh giá, xếp loại cán bộ (evaluations and ratings of staff)")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP})
public class EvaluationResource {

    private final EvaluationQueries queries;
    private final AssessmentSteps steps;
    private final FinalDecisions decisions;

    EvaluationResource(EvaluationQueries queries, AssessmentSteps steps, FinalDecisions decisions) {
        this.queries = queries;
        this.steps = steps;
        this.decisions = decisions;
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEvaluation",
            summary = "Xem một đánh giá (one evaluation); ETag for changes",
            description = "Staff see their own, group leaders their group, principal and council their school, "
                    + "offices the schools below them.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No such evaluation, or not visible to the caller")
    public Response read(@PathParam("id") UUID id) {
        return view(queries.read(id));
    }

    @PUT
    @Path("{id}/self-assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.GROUP_LEAD, Roles.PRINCIPAL, Roles.COUNCIL})
    @Operation(operationId = "putSelfAssessment",
            summary = "Tự đánh giá (the person's own assessment per criterion); requires If-Match",
            description = "Only the person evaluated (token upn = the staff record's account), in DRAFT or REOPENED. "
                    + "Replaces the items; may be saved as often as needed before submitting.")
    @APIResponse(responseCode = "200", description = "Saved; the new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "403", description = "Not the person evaluated")
    @APIResponse(responseCode = "404", description = "No such evaluation, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "Not in DRAFT or REOPENED, or the cycle is closed")
    @APIResponse(responseCode = "412", description = "If-Match is not the current revision")
    @APIResponse(responseCode = "422", description = "Unknown or repeated criterion, bad evidence link")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response selfAssess(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SelfAssessmentRequest request) {
        return view(steps.selfAssess(id, ETags.revision(ifMatch), request.selfRating(), request.items()));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.STAFF, Roles.GROUP_LEAD, Roles.PRINCIPAL, Roles.COUNCIL})
    @Operation(operationId = "submitEvaluation",
            summary = "Nộp tự đánh giá (submit the self-assessment to the group leader) → SELF_ASSESSED",
            description = "Every criterion of the cycle rated and an overall self rating given. If-Match optional.")
    @APIResponse(responseCode = "200", description = "SELF_ASSESSED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "409", description = "Not in DRAFT or REOPENED")
    @APIResponse(responseCode = "422", description = "Criteria not rated yet, named in `errors`")
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(steps.submit(id, ETags.revision(ifMatch)));
    }

    @PUT
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GROUP_LEAD, Roles.PRINCIPAL})
    @Operation(operationId = "putReview",
            summary = "Tổ trưởng nhận xét, đề xuất xếp loại (group leader's review) → GROUP_REVIEWED",
            description = "The leader of the person's group; the principal for group leaders themselves and people "
                    + "without a group. Can be corrected until finalised. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "GROUP_REVIEWED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "403", description = "Not the leader of that group (or the principal)")
    @APIResponse(responseCode = "409", description = "Not submitted yet, or already finalised")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response review(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReviewRequest request) {
        return view(steps.review(id, ETags.revision(ifMatch), request.comment(), request.proposedRating()));
    }

    @POST
    @Path("{id}/finalize")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "finalizeEvaluation",
            summary = "Hiệu trưởng quyết định xếp loại (the principal's rating) → FINALIZED",
            description = "From GROUP_REVIEWED or REOPENED. Refused with 422 when the rating breaks a rule for the "
                    + "person's facts (6+ months of non-maternity absence: NOT_RATED; disciplined in the year: KHT; "
                    + "3 to <6 months absent or under 6 months worked: at most HTT) or when HTXS would exceed the "
                    + "school's share (the rule set's htxs.maxSharePercent of those rated at least HTT, in the version "
                    + "the cycle is pinned to: in force on its school year's first day; the detail gives the counts). Publishes "
                    + "vn.thidua.evaluation.finalized.v1. If-Match optional.")
    @APIResponse(responseCode = "200", description = "FINALIZED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "409", description = "Not reviewed yet, or already finalised")
    @APIResponse(responseCode = "422", description = "A rating rule or the HTXS share refuses it")
    @APIResponse(responseCode = "503", description = "No rule set received from award-service yet; retry later")
    public Response finalize(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FinalizeRequest request) {
        return view(decisions.finalize(id, ETags.revision(ifMatch), request.rating()));
    }

    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "reopenEvaluation",
            summary = "Mở lại đánh giá đã chốt (reopen a finalised evaluation for a correction) → REOPENED",
            description = "The rating stops counting until finalised again. Publishes "
                    + "vn.thidua.evaluation.reopened.v1 with the reason. If-Match optional.")
    @APIResponse(responseCode = "200", description = "REOPENED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "409", description = "Not finalised")
    public Response reopen(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReopenRequest request) {
        return view(decisions.reopen(id, ETags.revision(ifMatch), request.reason().strip()));
    }

    @GET
    @Path("{id}/audit")
    @Operation(operationId = "getEvaluationAudit",
            summary = "Lịch sử thay đổi (audit trail: who, when, what, before and after)")
    @APIResponse(responseCode = "200", description = "Oldest first")
    @APIResponse(responseCode = "404", description = "No such evaluation, or not visible to the caller")
    public List<AuditView> audit(@PathParam("id") UUID id) {
        return queries.audit(id).stream().map(AuditView::of).toList();
    }

    private static Response view(EvaluationStore.Listed listed) {
        return Answers.tagged(listed.evaluation().revision, EvaluationView.of(listed)).build();
    }
}
