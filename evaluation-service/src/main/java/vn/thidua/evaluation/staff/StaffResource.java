package vn.thidua.evaluation.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.platform.time.SchoolDates;
import vn.thidua.evaluation.staff.StaffImport.ImportMode;
import vn.thidua.evaluation.staff.StaffImport.ImportReport;
import vn.thidua.evaluation.staff.StaffQueries.StaffQuery;
import vn.thidua.evaluation.staff.StaffViews.Deactivation;
import vn.thidua.evaluation.staff.StaffViews.MoveRequest;
import vn.thidua.evaluation.staff.StaffViews.StaffRequest;
import vn.thidua.evaluation.staff.StaffViews.StaffView;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.rest.MediaTypes;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.text.Texts;
import vn.thidua.platform.rest.Paged;
import vn.thidua.platform.rest.Paging;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Danh sách cán bộ, giáo viên, nhân viên. Reading: offices the schools below them; principal,
 * council and school app their school; a group leader their group; staff their own record.
 * Writing: the principal of the school; importing: the principal or the school app of the school;
 * moving a person to another school: the office above both schools.
 */
@Path("/api/v1/staff")
@Tag(name = "staff", description = "Cán bộ, giáo viên, nhân viên (staff registry of each school, CSV import)")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP})
public class StaffResource {

    private final StaffQueries queries;
    private final StaffEdits edits;
    private final StaffImport imports;
    private final StaffMoves moves;
    private final StaffAccess access;

    StaffResource(StaffQueries queries, StaffEdits edits, StaffImport imports, StaffMoves moves, StaffAccess access) {
        this.queries = queries;
        this.edits = edits;
        this.imports = imports;
        this.moves = moves;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listStaff",
            summary = "Danh sách cán bộ (staff the caller may see, sorted by given name in Vietnamese order)",
            description = "Sorted by given name then family name (Ân after Anh and Ánh, Đ after D, Ơ after Ô), then "
                    + "paged. X-Total-Count gives the number of matches. A group leader sees their group, a staff "
                    + "member only their own record.")
    @APIResponse(responseCode = "200", description = "One page; X-Total-Count header holds the total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StaffView.class)))
    @APIResponse(responseCode = "400", description = "Bad position, activeOn, sort, page or size")
    @APIResponse(responseCode = "403", description = "A unit outside the caller's reach, or another group")
    public Response list(
            @Parameter(description = "Mã đơn vị (unit code); default: every unit the caller reaches")
            @QueryParam("unit") String unit,
            @Parameter(description = "Mã tổ chuyên môn (group code), e.g. TO-4-5") @QueryParam("group") String group,
            @Parameter(description = "TEACHER, STAFF, PRINCIPAL… or the Vietnamese (Giáo viên…)")
            @QueryParam("position") String position,
            @Parameter(description = "Đang làm việc vào ngày (active on, yyyy-MM-dd)") @QueryParam("activeOn") String activeOn,
            @Parameter(description = "Tìm theo tên hoặc mã (name or code; without accents matches any accents)")
            @QueryParam("q") String text,
            @Parameter(description = "Thứ tự theo một trường của danh sách (a field of StaffView: fullName by given "
                    + "name, code, hireDate, groupCode, updatedAt…; - for descending); default by given name",
                    example = "-hireDate") @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE_TEXT) int size) {
        Paging paging = Paging.of(page, size);
        return Paged.answer(queries.list(new StaffQuery(Texts.blankToNull(unit), Texts.blankToNull(group),
                position(position), date("activeOn", activeOn), text)).stream().map(this::view).toList(),
                paging, StaffView.class, sort).toResponse();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getStaff",
            summary = "Xem một cán bộ (one staff record); ETag for edits")
    @APIResponse(responseCode = "404", description = "No such record, or not visible to the caller")
    @APIResponse(responseCode = "200", description = "The record; ETag is its revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffView.class)))
    public Response read(@PathParam("id") UUID id) {
        return withETag(Response.ok(), queries.read(id)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "createStaff",
            summary = "Thêm cán bộ (create one staff record in the principal's school)")
    @APIResponse(responseCode = "201", description = "Created; ETag is the revision to send as If-Match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in `errors`")
    @APIResponse(responseCode = "403", description = "Not the principal of that school")
    @APIResponse(responseCode = "409", description = "Code or account already used in the school")
    @APIResponse(responseCode = "422", description = "Dates that cannot be true (birth in the future, end before start)")
    public Response create(@Valid @NotNull StaffRequest request) {
        Staff created = edits.create(Texts.blankToNull(request.unitCode()), request.data());
        return withETag(Response.created(URI.create("/api/v1/staff/" + created.id)), created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "updateStaff",
            summary = "Sửa hồ sơ cán bộ (replace a staff record); requires If-Match")
    @APIResponse(responseCode = "404", description = "No such record, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "Code or account already used in the school")
    @APIResponse(responseCode = "412", description = "Changed meanwhile: If-Match is not the current revision")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StaffRequest request) {
        return withETag(Response.ok(), edits.update(id, ETags.revision(ifMatch), request.data())).build();
    }

    @POST
    @Path("{id}/deactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "deactivateStaff",
            summary = "Cho thôi làm việc (end a record's activity on activeTo, default today); If-Match optional")
    @APIResponse(responseCode = "404", description = "No such record, or not visible to the caller")
    @APIResponse(responseCode = "412", description = "If-Match sent and not the current revision")
    @APIResponse(responseCode = "422", description = "activeTo before activeFrom")
    @APIResponse(responseCode = "200", description = "Deactivated; the new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffView.class)))
    public Response deactivate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Deactivation deactivation) {
        LocalDate activeTo = deactivation == null ? null : deactivation.activeTo();
        return withETag(Response.ok(), edits.deactivate(id, ETags.revision(ifMatch), activeTo)).build();
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT)
    @Operation(operationId = "moveStaff",
            summary = "Điều chuyển cán bộ sang trường khác (move a person to another school, keeping the person)",
            description = "The office above both schools (district role at an office or the province reaching both) "
                    + "ends the record the day before effectiveOn and creates the record at toUnit starting on it, with "
                    + "the same personId and personCode, the same code unless `code` is given, and the group given "
                    + "(none by default). If-Match (the old record's ETag) is optional. Publishes "
                    + "vn.thidua.staff.upserted.v1 for both records and vn.thidua.staff.moved.v1.")
    @APIResponse(responseCode = "201", description = "The new record at toUnit; ETag is its revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "400", description = "Missing toUnit or effectiveOn, named in `errors`")
    @APIResponse(responseCode = "403", description = "Not an office reaching both schools")
    @APIResponse(responseCode = "404", description = "No such record, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "Code or account already used at the new school")
    @APIResponse(responseCode = "412", description = "If-Match sent and not the old record's revision")
    @APIResponse(responseCode = "422", description = "Unknown or same toUnit; effectiveOn not after the record began, "
            + "or after it ended")
    public Response move(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MoveRequest request) {
        Staff moved = moves.move(id, ETags.revision(ifMatch), request);
        return withETag(Response.created(URI.create("/api/v1/staff/" + moved.id)), moved).build();
    }

    @POST
    @Path("import")
    @Consumes({MediaTypes.CSV, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRINCIPAL, Roles.SCHOOL_APP})
    @Operation(operationId = "importStaffCsv",
            summary = "Nhập danh sách cán bộ từ CSV (import the school's staff list; upsert by code)",
            description = "The body is the CSV file (text/csv, or text/plain; any other type is 415), UTF-8 with or without BOM, comma or semicolon. "
                    + "Headers in Vietnamese or English, any case, with or without accents: Mã (code), Họ và tên "
                    + "(fullName), Giới tính, Chức vụ / Vị trí, Loại hợp đồng / Diện are required; Ngày sinh, Tổ "
                    + "chuyên môn / Tổ, Mã tổ, Ngày vào ngành / Ngày tuyển dụng, Từ ngày, Đến ngày, Tài khoản, Số định "
                    + "danh cá nhân / Số CCCD / Mã số viên chức (personCode, unique per person; empty keeps it) are "
                    + "optional; STT and Ghi chú are skipped, other columns skipped with a warning. Dates dd/MM/yyyy "
                    + "or yyyy-MM-dd. Every bad row is reported with its line (header = line 1) and column. "
                    + "mode=all-or-nothing (default) stores nothing when any row is bad; mode=valid-rows stores the "
                    + "good rows. A column absent from the file leaves that field of existing records unchanged.")
    @APIResponse(responseCode = "200", description = "Created, updated, unchanged and rejected counts, with errors")
    @APIResponse(responseCode = "403", description = "Not the principal or school app of that school")
    @APIResponse(responseCode = "413", description = "Over 2 MB or over 10,000 rows")
    @APIResponse(responseCode = "422", description = "Not UTF-8, bad header, broken quoting, or (all-or-nothing) bad "
            + "rows: every error in `errors`, field `line N: column`")
    // Typed as text, not binary: a generated client then sends its String as is (with binary, the java `native`
    // client serialises its File argument as a JSON string of the file's path).
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaTypes.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    public ImportReport importCsv(byte[] body,
            @Parameter(description = "Mã trường (school code)", required = true) @QueryParam("unit") @NotBlank String unit,
            @Parameter(description = "all-or-nothing (default) or valid-rows")
            @QueryParam("mode") @DefaultValue("all-or-nothing") String mode) {
        return imports.importCsv(unit, ImportMode.of(mode), body == null ? new byte[0] : body);
    }

    private StaffView view(Staff record) {
        return StaffView.of(record, access.seesPersonCode(record));
    }

    private Response.ResponseBuilder withETag(Response.ResponseBuilder builder, Staff record) {
        return builder.tag(ETags.of(record.revision)).entity(view(record));
    }

    /** Query values arrive as text so that a bad one is a 400 naming it, not the 404 JAX-RS gives. */
    private static Position position(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Position.fromText(text).orElseThrow(() -> StaffProblems.unknownPosition(text));
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return SchoolDates.parse(text.strip()).orElseThrow(() -> StaffProblems.badDate(name, text));
    }

}
