package vn.thidua.evaluation.registration;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import vn.thidua.evaluation.common.Answers;
import vn.thidua.platform.text.Texts;
import vn.thidua.platform.time.TimeSource;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.evaluation.registration.RegistrationViews.RegistrationRequest;
import vn.thidua.evaluation.registration.RegistrationViews.RegistrationView;
import vn.thidua.evaluation.registration.RegistrationViews.SubmitRequest;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.rest.Paged;
import vn.thidua.platform.rest.Paging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Đăng ký thi đua of a cycle: a person's registration under {@code staff/{staffId}}, a group's
 * collective one under {@code groups/{groupCode}}. PUT writes the targets (DRAFT), submit hands
 * them in (SUBMITTED, publishes registration-submitted); a later PUT needs a new submit.
 */
@Path("/api/v1/cycles/{cycleId}/registrations")
@Tag(name = "registrations", description = "Đăng ký thi đua (registrations of titles and initiatives)")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP})
public class CycleRegistrationResource {

    private final RegistrationQueries queries;
    private final RegistrationWrites writes;
    private final ObjectMapper mapper;
    private final TimeSource time;

    CycleRegistrationResource(RegistrationQueries queries, RegistrationWrites writes, ObjectMapper mapper,
            TimeSource time) {
        this.queries = queries;
        this.writes = writes;
        this.mapper = mapper;
        this.time = time;
    }

    @GET
    @Operation(operationId = "listRegistrations",
            summary = "Đăng ký thi đua của chu kỳ (the cycle's registrations the caller may see)",
            description = "Collectives first by group, then people by given name (Vietnamese order). Principal, "
                    + "council and school app: the whole school; offices: the schools below them; a group leader: "
                    + "their group and its collective registration; staff: their own. X-Total-Count gives the total.")
    @APIResponse(responseCode = "200", description = "One page; X-Total-Count header holds the total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "Unknown status, kind or sort, bad page or size, named in "
            + "`errors`")
    @APIResponse(responseCode = "403", description = "A school outside the caller's reach, or another group")
    public Response list(@PathParam("cycleId") UUID cycleId,
            @Parameter(description = "Mã tổ chuyên môn (group code)") @QueryParam("group") String group,
            @Parameter(description = "DRAFT or SUBMITTED") @QueryParam("status") String status,
            @Parameter(description = "INDIVIDUAL or COLLECTIVE") @QueryParam("kind") String kind,
            @Parameter(description = "Thứ tự theo một trường của danh sách (a field of RegistrationView: fullName by "
                    + "given name, staffCode, groupCode, state, submittedAt, updatedAt…; - for descending); default "
                    + "collectives first, then by given name", example = "-submittedAt") @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE_TEXT) int size) {
        Paging paging = Paging.of(page, size);
        LocalDate today = time.today();
        return Paged.answer(queries.list(cycleId, Texts.blankToNull(group), parse(RegistrationState.class, "status",
                status), parse(RegistrationKind.class, "kind", kind)).stream()
                .map(listed -> RegistrationView.of(listed, today)).toList(), paging, RegistrationView.class, sort)
                .toResponse();
    }

    @GET
    @Path("staff/{staffId}")
    @Operation(operationId = "getStaffRegistration",
            summary = "Đăng ký thi đua của một cán bộ (a person's registration); ETag for changes")
    @APIResponse(responseCode = "200", description = "The registration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "403", description = "A school outside the caller's reach")
    @APIResponse(responseCode = "404", description = "No such staff member in the school, not visible, or not "
            + "registered yet (type .../not-registered)")
    public Response ofStaff(@PathParam("cycleId") UUID cycleId, @PathParam("staffId") UUID staffId) {
        return view(time.today(), queries.ofStaff(cycleId, staffId));
    }

    @PUT
    @Path("staff/{staffId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.GROUP_LEAD, Roles.COUNCIL, Roles.PRINCIPAL})
    @Operation(operationId = "putStaffRegistration",
            summary = "Đăng ký thi đua cá nhân (write a person's targets) → DRAFT",
            description = "The person (token's staff claim, else upn = the staff record's account) or the school's "
                    + "principal. Replaces the targets; a SUBMITTED registration that changes goes back to DRAFT and "
                    + "must be submitted again. After the cycle's registration deadline only the principal, with a "
                    + "reason (kept in the history). If-Match optional (the ETag of GET; \"0\" before the first PUT).")
    @APIResponse(responseCode = "200", description = "The registration as stored; the new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "Unreadable values (unknown kind), named in `errors`")
    @APIResponse(responseCode = "403", description = "Not the person or the principal of their school")
    @APIResponse(responseCode = "404", description = "No such staff member in the cycle's school")
    @APIResponse(responseCode = "409", description = "Past the registration deadline (type .../registration-closed), "
            + "the cycle closed, or the person does not work at the school in the cycle's school year")
    @APIResponse(responseCode = "412", description = "If-Match is not the current revision")
    @APIResponse(responseCode = "422", description = "Unknown or repeated title code (targets[i].code), initiative "
            + "without a name, or the principal's late change without a reason")
    public Response putStaff(@PathParam("cycleId") UUID cycleId, @PathParam("staffId") UUID staffId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RegistrationRequest request) {
        return view(time.today(), writes.putStaff(cycleId, staffId, ETags.revision(ifMatch), request.targets(),
                request.reason()));
    }

    @POST
    @Path("staff/{staffId}/submit")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmitRequest.class)))
    @RolesAllowed({Roles.STAFF, Roles.GROUP_LEAD, Roles.COUNCIL, Roles.PRINCIPAL})
    @Operation(operationId = "submitStaffRegistration",
            summary = "Nộp đăng ký thi đua cá nhân (submit a person's registration) → SUBMITTED",
            description = "At least one target. Publishes vn.thidua.evaluation.registration-submitted.v1. After the "
                    + "deadline only the principal, with {\"reason\": …}. Body optional; If-Match optional.")
    @APIResponse(responseCode = "200", description = "SUBMITTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "403", description = "Not the person or the principal of their school")
    @APIResponse(responseCode = "404", description = "No such staff member, or not registered yet")
    @APIResponse(responseCode = "409", description = "Already SUBMITTED, or past the registration deadline")
    @APIResponse(responseCode = "422", description = "No target, or the principal's late submit without a reason")
    public Response submitStaff(@PathParam("cycleId") UUID cycleId, @PathParam("staffId") UUID staffId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) throws IOException {
        return view(time.today(), writes.submitStaff(cycleId, staffId, ETags.revision(ifMatch), reason(body)));
    }

    @GET
    @Path("groups/{groupCode}")
    @Operation(operationId = "getGroupRegistration",
            summary = "Đăng ký thi đua của tập thể tổ (a professional group's collective registration)")
    @APIResponse(responseCode = "200", description = "The registration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "404", description = "No such group in the school, not visible, or not registered")
    public Response ofGroup(@PathParam("cycleId") UUID cycleId, @PathParam("groupCode") String groupCode) {
        return view(time.today(), queries.ofGroup(cycleId, groupCode));
    }

    @PUT
    @Path("groups/{groupCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GROUP_LEAD, Roles.PRINCIPAL})
    @Operation(operationId = "putGroupRegistration",
            summary = "Đăng ký thi đua tập thể (write a group's collective titles: TTLDTT, TTLDXS) → DRAFT",
            description = "The leader of that group or the principal; the same deadline rule as a person's.")
    @APIResponse(responseCode = "200", description = "The registration as stored; the new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "403", description = "Not that group's leader or the school's principal")
    @APIResponse(responseCode = "404", description = "No staff member of the school is in that group")
    @APIResponse(responseCode = "409", description = "Past the registration deadline, or the cycle closed")
    @APIResponse(responseCode = "422", description = "A title that is not a collective one, or an initiative")
    public Response putGroup(@PathParam("cycleId") UUID cycleId, @PathParam("groupCode") String groupCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RegistrationRequest request) {
        return view(time.today(), writes.putGroup(cycleId, groupCode, ETags.revision(ifMatch), request.targets(),
                request.reason()));
    }

    @POST
    @Path("groups/{groupCode}/submit")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmitRequest.class)))
    @RolesAllowed({Roles.GROUP_LEAD, Roles.PRINCIPAL})
    @Operation(operationId = "submitGroupRegistration",
            summary = "Nộp đăng ký thi đua tập thể (submit a group's registration) → SUBMITTED",
            description = "Publishes vn.thidua.evaluation.registration-submitted.v1 with staffId null and the group's "
                    + "code. Body optional ({\"reason\": …} after the deadline); If-Match optional.")
    @APIResponse(responseCode = "200", description = "SUBMITTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "403", description = "Not that group's leader or the school's principal")
    @APIResponse(responseCode = "409", description = "Already SUBMITTED, or past the registration deadline")
    public Response submitGroup(@PathParam("cycleId") UUID cycleId, @PathParam("groupCode") String groupCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) throws IOException {
        return view(time.today(), writes.submitGroup(cycleId, groupCode, ETags.revision(ifMatch), reason(body)));
    }

    /** The optional body of a submit: none at all (any content type) or {"reason": …}. */
    private String reason(byte[] body) throws IOException {
        if (body == null || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        SubmitRequest request = mapper.readValue(body, SubmitRequest.class);
        return request == null ? null : request.reason();
    }

    static Response view(LocalDate today, RegistrationQueries.Listed listed) {
        return Answers.tagged(listed.registration().revision, RegistrationView.of(listed, today)).build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw RegistrationProblems.unknownValue(field, text,
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }
}
