package vn.thidua.award.nomination;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.award.nomination.NominationRules.NomineeType;
import vn.thidua.award.nomination.NominationViews.DecisionView;
import vn.thidua.award.nomination.NominationViews.NominationView;
import vn.thidua.award.nomination.NominationViews.SubmissionView;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.rest.Paged;
import vn.thidua.platform.rest.Paging;
import vn.thidua.platform.rest.Sorting;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.text.Texts;
import vn.thidua.platform.time.SchoolYear;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/nominations")
@Tag(name = "nominations", description = "Đề nghị khen thưởng đến quyết định: đề nghị, trình cấp trên (tờ trình), duyệt "
        + "hoặc từ chối từng đề nghị, quyết định, thu hồi (nominations to decisions: nominate, submit upward, approve or "
        + "reject per item, decide, revoke)")
@SecurityRequirement(name = "jwt")
public class NominationResource {

    private final NominationService nominations;
    private final SubmissionService submissions;
    private final DecisionService decisions;
    private final RevocationService revocations;
    private final NominationQueries queries;

    public NominationResource(NominationService nominations, SubmissionService submissions, DecisionService decisions,
            RevocationService revocations, NominationQueries queries) {
        this.nominations = nominations;
        this.submissions = submissions;
        this.decisions = decisions;
        this.revocations = revocations;
        this.queries = queries;
    }

    /** A nomination as posted; achievementRef names the achievement (none: the whole school year's work). */
    public record NewNomination(
            @NotBlank String unitCode,
            @NotNull @Pattern(regexp = "\\d{4}-\\d{4}", message = "dạng 2024-2025 (like 2024-2025)") String schoolYear,
            @NotNull NomineeType nomineeType,
            @NotBlank @Size(max = 100) String nomineeId,
            @NotBlank @Size(max = 300) String nomineeName,
            @NotNull Title awardCode,
            @Size(max = 500) String achievementRef,
            @NotBlank @Size(max = 10000) String achievementSummary,
            @Size(max = 50) List<@NotBlank @Size(max = 2000) String> evidence,
            UUID councilSessionId) {
    }

    public record SubmitBody(@NotNull @Size(min = 1, max = 500) List<@NotNull UUID> nominationIds,
            @Size(max = 100) String documentNumber, @Size(max = 200) String signer, @Size(max = 2000) String note) {
    }

    public record DecideBody(@NotBlank @Size(max = 100) String decisionNumber, @NotNull LocalDate decisionDate,
            @NotBlank @Size(max = 200) String signer,
            @NotNull @Size(min = 1, max = 1000) List<@NotNull UUID> nominationIds) {
    }

    public record ReasonBody(@NotBlank @Size(max = 2000) String reason) {
    }

    /** A revocation: the reason in words and its ground as a code of Luật 2022 Điều 93 khoản 2 (422 when missing). */
    public record RevokeBody(@NotBlank @Size(max = 2000) String reason,
            @Schema(description = "FALSE_DECLARATION, FORGED_DOCUMENTS, WRONGFUL_APPRAISAL or LATER_VIOLATION")
            @Size(max = 50) String ground) {
    }

    @POST
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "createNomination",
            summary = "Đề nghị một cá nhân hoặc tập thể (nominate a staff member or collective of the school for a "
            + "title or form); the authority table of the rule set gives the deciding level; emits "
            + "vn.thidua.award.nominated.v1")
    @APIResponse(responseCode = "201", description = "Nominated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "403", description = "Not the school's principal")
    @APIResponse(responseCode = "409", description = "The same title for the nominee and year, or another form for "
            + "the same achievement, is already nominated")
    @APIResponse(responseCode = "422", description = "Not eligible in the latest computation (failed conditions "
            + "named), or no authority row for the award and nominee")
    public Response nominate(@Valid @NotNull NewNomination body) {
        if (body.nomineeType() == NomineeType.STAFF && !isUuid(body.nomineeId())) {
            throw NominationProblems.staffIdNotUuid();
        }
        try {
            SchoolYear.parse(body.schoolYear());
        } catch (IllegalArgumentException e) {
            throw NominationProblems.schoolYearNotConsecutive();
        }
        Nomination created = nominations.nominate(new NominationService.Draft(body.unitCode().strip(),
                body.schoolYear(), body.nomineeType(), body.nomineeId().strip(), body.nomineeName(), body.awardCode(),
                body.achievementRef(), body.achievementSummary(), body.evidence(), body.councilSessionId()));
        return Response.created(URI.create("/api/v1/nominations/" + created.id)).entity(NominationView.of(created))
                .build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER, Roles.GROUP_LEAD, Roles.STAFF})
    @Operation(operationId = "listNominations",
            summary = "Danh sách đề nghị (nominations of a unit, or of every unit the caller reaches); staff and "
            + "group leaders see only nominations of themselves")
    @APIResponse(responseCode = "400", description = "Unknown status or bad school year")
    @APIResponse(responseCode = "403", description = "A unit outside the caller's")
    @APIResponse(responseCode = "200", description = "One page of nominations")
    public RestResponse<List<NominationView>> list(@Parameter(description = "unit code, e.g. TH-TRAMCHIM2") @QueryParam("unit") String unit,
            @Parameter(description = "school year, e.g. 2024-2025") @QueryParam("schoolYear") String schoolYear,
            @Parameter(description = "NOMINATED, SUBMITTED, APPROVED, DECIDED, REJECTED or REVOKED")
            @QueryParam("status") String status,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE_TEXT) int size) {
        Paging paging = Paging.of(page, size);
        return Paged.answer(queries.nominations(Texts.blankToNull(unit), schoolYear(schoolYear), status(status)).stream()
                .map(NominationView::of).toList(), paging, NominationView.class, sort);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER, Roles.GROUP_LEAD, Roles.STAFF})
    @Operation(operationId = "getNomination",
            summary = "Một đề nghị (one nomination)")
    @APIResponse(responseCode = "404", description = "No such nomination, or not visible to the caller")
    @APIResponse(responseCode = "200", description = "The nomination")
    public NominationView read(@PathParam("id") UUID id) {
        return NominationView.of(queries.nomination(id));
    }

    @POST
    @Path("submit")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "submitNominations",
            summary = "Trình cấp trên (submit nominations above the school's authority in one tờ trình to the unit "
            + "above the school); emits vn.thidua.award.submitted.v1")
    @APIResponse(responseCode = "201", description = "The submission",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "403", description = "A nomination of another school")
    @APIResponse(responseCode = "404", description = "Unknown nomination")
    @APIResponse(responseCode = "409", description = "An item not NOMINATED, or within the school's own authority")
    public Response submit(@Valid @NotNull SubmitBody body) {
        var submission = submissions.submit(new SubmissionService.SubmitRequest(body.nominationIds(),
                body.documentNumber(), body.signer(), body.note()));
        return Response.created(URI.create("/api/v1/submissions/" + submission.id))
                .entity(SubmissionView.of(queries.submission(submission.id))).build();
    }

    @POST
    @Path("decide")
    @RolesAllowed({Roles.PRINCIPAL, Roles.DISTRICT})
    @Operation(operationId = "decideNominations",
            summary = "Ra quyết định khen thưởng (issue a decision: number, date, signer, items). The principal "
            + "decides new items within the school's authority; an office decides the items it approved. Emits "
            + "vn.thidua.award.decided.v1")
    @APIResponse(responseCode = "201", description = "The decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "403", description = "An item outside the caller's authority")
    @APIResponse(responseCode = "409", description = "An item already decided, not approved, or the number used")
    public Response decide(@Valid @NotNull DecideBody body) {
        var decision = decisions.decide(new DecisionService.DecideRequest(body.decisionNumber(),
                body.decisionDate(), body.signer(), body.nominationIds()));
        return Response.created(URI.create("/api/v1/decisions/" + decision.id))
                .entity(DecisionView.of(queries.decision(decision.id), queries::nominee)).build();
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(operationId = "approveNomination",
            summary = "Duyệt một đề nghị đã trình (approve a submitted item for the next decision)")
    @APIResponse(responseCode = "403", description = "Outside the office's authority")
    @APIResponse(responseCode = "404", description = "Unknown nomination")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED (e.g. already decided or rejected)")
    @APIResponse(responseCode = "200", description = "Approved")
    public NominationView approve(@PathParam("id") UUID id) {
        return NominationView.of(decisions.approve(id));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Roles.PRINCIPAL, Roles.DISTRICT})
    @Operation(operationId = "rejectNomination",
            summary = "Từ chối một đề nghị, có lý do (reject an item with its reason: the school a new one, the "
            + "deciding office a submitted one); emits vn.thidua.award.rejected.v1")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "403", description = "Outside the caller's authority")
    @APIResponse(responseCode = "409", description = "Already decided, rejected or revoked")
    @APIResponse(responseCode = "200", description = "Rejected")
    public NominationView reject(@PathParam("id") UUID id, @Valid @NotNull ReasonBody body) {
        return NominationView.of(decisions.reject(id, body.reason()));
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed({Roles.PRINCIPAL, Roles.DISTRICT})
    @Operation(operationId = "revokeNomination",
            summary = "Thu hồi khen thưởng, có lý do và căn cứ (revoke a decided award, by the deciding unit, with its "
            + "ground; the prize money to pay back and its due date, 15 working days); emits vn.thidua.award.revoked.v1")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "403", description = "Not the deciding unit")
    @APIResponse(responseCode = "409", description = "Not decided, or already revoked")
    @APIResponse(responseCode = "422", description = "No ground, or an unknown one")
    @APIResponse(responseCode = "200", description = "Revoked")
    public NominationView revoke(@PathParam("id") UUID id, @Valid @NotNull RevokeBody body) {
        return NominationView.of(revocations.revoke(id, body.reason(), body.ground()));
    }

    static String schoolYear(String schoolYear) {
        if (schoolYear == null || schoolYear.isBlank()) {
            return null;
        }
        try {
            return SchoolYear.parse(schoolYear).toString();
        } catch (IllegalArgumentException e) {
            throw NominationProblems.badSchoolYear();
        }
    }

    private static Nomination.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Nomination.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw NominationProblems.unknownNominationStatus();
        }
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
