package vn.thidua.award.council;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import vn.thidua.award.council.CouncilPreparation.Attendance;
import vn.thidua.award.council.CouncilPreparation.SessionDraft;
import vn.thidua.award.council.CouncilViews.SessionSummary;
import vn.thidua.award.council.CouncilViews.SessionView;
import vn.thidua.platform.rest.MediaTypes;
import vn.thidua.platform.rest.Paged;
import vn.thidua.platform.rest.Paging;
import vn.thidua.platform.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * A council session from its draft to its minutes: members, attendance, opening and closing the vote. The agenda
 * is {@link CouncilAgendaResource}'s, the ballots {@link CouncilVotingResource}'s, under the same path and tag.
 */
@Path("/api/v1/councils")
@Tag(name = "councils", description = "Phiên họp Hội đồng Thi đua – Khen thưởng: thành viên, điểm danh, chương trình "
        + "(người, tập thể đủ điều kiện), bỏ phiếu, kết quả và biên bản (council sessions: members, attendance, "
        + "agenda from eligibility, ballots, results and minutes)")
@SecurityRequirement(name = "jwt")
public class CouncilResource {

    private final CouncilPreparation preparation;
    private final CouncilClosing closing;
    private final CouncilQueries queries;
    private final CouncilAccess access;
    private final CouncilMinutes minutes = new CouncilMinutes();

    public CouncilResource(CouncilPreparation preparation, CouncilClosing closing, CouncilQueries queries,
            CouncilAccess access) {
        this.preparation = preparation;
        this.closing = closing;
        this.queries = queries;
        this.access = access;
    }

    public record AttendanceBody(@NotNull @Valid List<@NotNull Attendance> attendance) {
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
        return Response.created(URI.create("/api/v1/councils/" + session.id)).entity(queries.view(session)).build();
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
        return queries.view(queries.read(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "updateCouncil",
            summary = "Sửa phiên họp khi chưa biểu quyết (edit a session in DRAFT); attendance of members kept is kept")
    @APIResponse(responseCode = "409", description = "Voting opened or session closed")
    @APIResponse(responseCode = "200", description = "Updated")
    public SessionView update(@PathParam("id") UUID id, @Valid @NotNull SessionDraft body) {
        return queries.view(preparation.update(id, body));
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
        return queries.view(preparation.recordAttendance(id, body.attendance()));
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
        return queries.view(preparation.open(id));
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
        return queries.view(closing.close(id));
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
}
