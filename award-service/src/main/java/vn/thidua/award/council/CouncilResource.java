package vn.thidua.award.council;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.award.council.CouncilAgenda.ItemChange;
import vn.thidua.award.council.CouncilAgenda.ItemDraft;
import vn.thidua.award.council.CouncilPreparation.Attendance;
import vn.thidua.award.council.CouncilPreparation.SessionDraft;
import vn.thidua.award.council.CouncilViews.ItemView;
import vn.thidua.award.council.CouncilViews.SessionSummary;
import vn.thidua.award.council.CouncilViews.SessionView;
import vn.thidua.award.council.CouncilVoting.ShowOfHands;
import vn.thidua.platform.rest.MediaTypes;
import vn.thidua.platform.rest.Paged;
import vn.thidua.platform.rest.Paging;
import vn.thidua.platform.rest.Sorting;
import vn.thidua.platform.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/councils")
@Tag(name = "councils", description = "Phiên họp Hội đồng Thi đua – Khen thưởng: thành viên, điểm danh, chương trình "
        + "(người, tập thể đủ điều kiện), bỏ phiếu, kết quả và biên bản (council sessions: members, attendance, "
        + "agenda from eligibility, ballots, results and minutes)")
@SecurityRequirement(name = "jwt")
public class CouncilResource {

    private final CouncilPreparation preparation;
    private final CouncilAgenda agenda;
    private final CouncilVoting voting;
    private final CouncilClosing closing;
    private final CouncilQueries queries;
    private final CouncilAccess access;
    private final CouncilMinutes minutes = new CouncilMinutes();

    public CouncilResource(CouncilPreparation preparation, CouncilAgenda agenda, CouncilVoting voting, CouncilClosing closing,
            CouncilQueries queries, CouncilAccess access) {
        this.preparation = preparation;
        this.agenda = agenda;
        this.voting = voting;
        this.closing = closing;
        this.queries = queries;
        this.access = access;
    }

    public record AttendanceBody(@NotNull @Valid List<@NotNull Attendance> attendance) {
    }

    public record Ballot(@NotNull CouncilVote.Choice choice) {
    }

    @GET
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER})
    @Operation(operationId = "listCouncils",
            summary = "Các phiên họp của một trường (the council sessions of a unit, latest first); unit defaults "
            + "to the caller's own")
    @APIResponse(responseCode = "403", description = "A unit the caller does not reach")
    @APIResponse(responseCode = "200", description = "One page of sessions")
    public RestResponse<List<SessionSummary>> list(@Parameter(description = "unit code, e.g. TH-TRAMCHIM2") @QueryParam("unit") String unit,
            @Parameter(description = "school year, e.g. 2024-2025") @QueryParam("schoolYear")
            @Pattern(regexp = "\\d{4}-\\d{4}", message = "dạng 2024-2025 (like 2024-2025)") String schoolYear,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE_TEXT) int size) {
        Paging paging = Paging.of(page, size);
        String code = unit == null || unit.isBlank() ? access.callerUnit() : unit.strip();
        return Paged.answer(queries.list(code, schoolYear).stream().map(SessionSummary::of).toList(),
                paging, SessionSummary.class, sort);
    }

    @POST
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "createCouncil",
            summary = "Tạo phiên họp (create a session of the principal's school): meeting time and place, members "
            + "with their account (token upn), chair and secretary among them; quorum and thresholds come from the rule "
            + "set in force on the meeting date")
    @APIResponse(responseCode = "201", description = "Created, in DRAFT",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "Missing fields, duplicate accounts, chair or secretary not a member")
    @APIResponse(responseCode = "403", description = "Not the principal of that school")
    public Response create(@Valid @NotNull SessionDraft body) {
        CouncilSession session = preparation.create(body);
        return Response.created(URI.create("/api/v1/councils/" + session.id)).entity(view(session)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER})
    @Operation(operationId = "getCouncil",
            summary = "Một phiên họp với chương trình và, khi đã kết thúc, kết quả và danh sách đề nghị (a session "
            + "with its agenda; once closed, the counts per nominee and the proposed list)")
    @APIResponse(responseCode = "404", description = "No such session, or one of a unit the caller does not reach")
    @APIResponse(responseCode = "200", description = "The session")
    public SessionView read(@PathParam("id") UUID id) {
        return view(queries.read(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "updateCouncil",
            summary = "Sửa phiên họp khi chưa biểu quyết (edit a session in DRAFT); attendance of members kept is kept")
    @APIResponse(responseCode = "409", description = "Voting opened or session closed")
    @APIResponse(responseCode = "200", description = "Updated")
    public SessionView update(@PathParam("id") UUID id, @Valid @NotNull SessionDraft body) {
        return view(preparation.update(id, body));
    }

    @POST
    @Path("{id}/agenda/from-eligibility")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "fillAgendaFromEligibility",
            summary = "Lập chương trình từ kết quả xét (fill the agenda with every eligible staff member and "
            + "collective and award of the latest eligibility computation of the unit and year; items already there "
            + "are kept)")
    @APIResponse(responseCode = "409", description = "Voting opened or session closed")
    @APIResponse(responseCode = "422", description = "No eligibility computed for the unit and year")
    @APIResponse(responseCode = "200", description = "The agenda filled")
    public SessionView fill(@PathParam("id") UUID id) {
        return view(agenda.fill(id));
    }

    @POST
    @Path("{id}/agenda")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "addAgendaItem",
            summary = "Thêm một người, tập thể vào chương trình (add one nominee and award); must be eligible for "
            + "that award in the latest eligibility computation. Method defaults to SECRET for the titles the rule set "
            + "votes in secret (council.secretBallotTitles), else OPEN")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "409", description = "Already on the agenda, voting opened or session closed")
    @APIResponse(responseCode = "422", description = "Not eligible (field awardCode), no eligibility for the nominee "
            + "(nomineeId), or OPEN asked for an award voted in secret (method)")
    public Response addItem(@PathParam("id") UUID id, @Valid @NotNull ItemDraft body) {
        CouncilAgendaItem item = agenda.add(id, body);
        return Response.created(URI.create("/api/v1/councils/" + id + "/agenda/" + item.id))
                .entity(ItemView.of(item, 0, false)).build();
    }

    @PATCH
    @Path("{id}/agenda/{itemId}")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "changeAgendaItem",
            summary = "Sửa tên người được đề nghị hoặc hình thức biểu quyết (change an item's nominee name as the "
            + "minutes print it, or its ballot method)")
    @APIResponse(responseCode = "422", description = "OPEN asked for an award voted in secret")
    @APIResponse(responseCode = "200", description = "Changed")
    public ItemView changeItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @Valid @NotNull ItemChange body) {
        return ItemView.of(agenda.change(id, itemId, body), 0, false);
    }

    @DELETE
    @Path("{id}/agenda/{itemId}")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "removeAgendaItem",
            summary = "Bỏ một mục khỏi chương trình (remove an item) while in DRAFT")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        agenda.remove(id, itemId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/attendance")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "recordAttendance",
            summary = "Điểm danh (record members present or absent by account); members not recorded count as "
            + "absent")
    @APIResponse(responseCode = "400", description = "An account not among the members, named by field")
    @APIResponse(responseCode = "200", description = "Recorded")
    public SessionView attendance(@PathParam("id") UUID id, @Valid @NotNull AttendanceBody body) {
        return view(preparation.recordAttendance(id, body.attendance()));
    }

    @POST
    @Path("{id}/open")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "openCouncil",
            summary = "Mở biểu quyết (open the vote): needs an agenda and a quorum of members present (the rule "
            + "set's council.quorum of all members)")
    @APIResponse(responseCode = "422", description = "Too few members present (with the counts), or an empty agenda")
    @APIResponse(responseCode = "200", description = "Opened")
    public SessionView open(@PathParam("id") UUID id) {
        return view(preparation.open(id));
    }

    @POST
    @Path("{id}/agenda/{itemId}/ballots")
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "castBallot",
            summary = "Bỏ phiếu (a council member present casts AGREE, DISAGREE or ABSTAIN on one item, once); a "
            + "secret ballot keeps only that the member voted, apart from the vote")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "403", description = "Not a member of the session (by token upn), or absent")
    @APIResponse(responseCode = "404", description = "No such session or item, or a session of another school")
    @APIResponse(responseCode = "409", description = "Already voted on this item, voting not open, or closed")
    public Response vote(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId, @Valid @NotNull Ballot body) {
        voting.castBallot(id, itemId, body.choice());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/agenda/{itemId}/show-of-hands")
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "recordShowOfHands",
            summary = "Kết quả biểu quyết giơ tay (the chair enters the counts of an open show of hands for an item "
            + "instead of individual ballots; once)")
    @APIResponse(responseCode = "403", description = "Not the chair of the session, or absent")
    @APIResponse(responseCode = "409", description = "The item already has votes or counts")
    @APIResponse(responseCode = "422", description = "A secret ballot, or more votes than members present")
    @APIResponse(responseCode = "200", description = "Recorded")
    public ItemView showOfHands(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @Valid @NotNull ShowOfHands body) {
        return ItemView.of(voting.enterShowOfHands(id, itemId, body), 0, false);
    }

    /** A written opinion as recorded. */
    public record WrittenOpinionView(UUID itemId, String account, vn.thidua.award.council.CouncilVote.Choice choice,
            String note, String recordedBy, java.time.OffsetDateTime recordedAt) {
    }

    @POST
    @Path("{id}/agenda/{itemId}/written-opinions")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "recordWrittenOpinion", summary = "Ý kiến bằng văn bản (the principal records the written opinion of a member absent from the "
            + "meeting on one item, while voting is open; once per member and item). It counts where the item's base "
            + "(agreeBase) is PRESENT_AND_WRITTEN or ALL_MEMBERS, and is listed in the minutes")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WrittenOpinionView.class)))
    @APIResponse(responseCode = "403", description = "Not the principal of the session's school")
    @APIResponse(responseCode = "404", description = "No such session or item")
    @APIResponse(responseCode = "409", description = "Voting not open, closed, or already recorded for the member")
    @APIResponse(responseCode = "422", description = "Not a member, or a member present (who votes in the meeting)")
    public Response writtenOpinion(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @Valid @NotNull CouncilVoting.WrittenOpinion body) {
        CouncilWrittenOpinion w = voting.recordWrittenOpinion(id, itemId, body);
        return Response.status(201).entity(new WrittenOpinionView(w.key.itemId(), w.key.account(), w.choice, w.note,
                w.recordedBy, w.recordedAt)).build();
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "closeCouncil",
            summary = "Kết thúc biểu quyết (close the vote): results per nominee over the members present, passed "
            + "at the item's threshold; only passed nominees are proposed. Emits vn.thidua.award.council-voted.v1. "
            + "A closed session is never changed")
    @APIResponse(responseCode = "409", description = "Voting not open, or already closed")
    @APIResponse(responseCode = "200", description = "Closed, results counted")
    public SessionView close(@PathParam("id") UUID id) {
        return view(closing.close(id));
    }

    @GET
    @Path("{id}/minutes")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER})
    @Operation(operationId = "getCouncilMinutes",
            summary = "Biên bản họp (the minutes of a closed session as HTML or .docx): members present and absent, "
            + "quorum, method, counts and percentage per nominee, conclusion and signatures")
    @APIResponse(responseCode = "409", description = "The session is not closed yet")
    @APIResponse(responseCode = "200", description = "The minutes as HTML or .docx",
            // Both typed as files: a generated client reads the answer as its first type says (a String is
            // parsed as JSON), so the .docx and the HTML page come back as the bytes sent.
            content = {@Content(mediaType = "text/html",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response minutes(@PathParam("id") UUID id,
            @QueryParam("format") @DefaultValue("html") @Pattern(regexp = "html|docx",
                    message = "html hoặc docx (html or docx)") String format) {
        CouncilMinutes.Minutes content = queries.minutes(id);
        if (format.equals("docx")) {
            return Response.ok(minutes.docx(content), MediaTypes.DOCX)
                    .header("Content-Disposition", "attachment; filename=\"bien-ban-" + id + ".docx\"").build();
        }
        return Response.ok(minutes.html(content), "text/html; charset=UTF-8").build();
    }

    private SessionView view(CouncilSession session) {
        List<CouncilAgendaItem> items = queries.agenda(session.id);
        Map<UUID, Integer> cast = queries.ballotsCast(items);
        return SessionView.of(session, items, cast, queries.rules(session));
    }
}
