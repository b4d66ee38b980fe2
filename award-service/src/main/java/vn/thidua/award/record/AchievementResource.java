package vn.thidua.award.record;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.award.people.People;
import vn.thidua.platform.rest.MediaTypes;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.text.Texts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Hồ sơ thi đua per person and per collective, and the import of decisions taken before the system. */
@Path("/api/v1/achievements")
@Tag(name = "achievements", description = "Hồ sơ thi đua, khen thưởng (achievement files across years and schools; "
        + "import of earlier decisions)")
@SecurityRequirement(name = "jwt")
public class AchievementResource {

    /** A person's or a collective's file. */
    @Schema(name = "AchievementFile")
    public record FileView(@Schema(description = "personId, for a person's file") UUID personId,
            @Schema(description = "Trường, for a collective's file") String unitCode,
            @Schema(description = "Tổ chuyên môn, for a group's file") String groupCode,
            @Schema(description = "Họ và tên hoặc tên tập thể") String name,
            @Schema(description = "Các danh hiệu, hình thức, năm học cũ trước") List<Achievement> achievements) {
    }

    /** Why an imported record is revoked. */
    public record RevokeRequest(@Schema(description = "Lý do thu hồi", required = true) String reason) {
    }

    private final AchievementFile file;
    private final AchievementAccess access;
    private final AchievementImport imports;
    private final RecordRevocation revocation;
    private final People people;

    AchievementResource(AchievementFile file, AchievementAccess access, AchievementImport imports,
            RecordRevocation revocation, People people) {
        this.file = file;
        this.access = access;
        this.imports = imports;
        this.revocation = revocation;
        this.people = people;
    }

    @GET
    @Path("people/{personId}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER, Roles.GROUP_LEAD, Roles.STAFF})
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.CSV_UTF8, MediaTypes.XLSX, MediaType.TEXT_HTML})
    @Operation(operationId = "getPersonAchievements",
            summary = "Hồ sơ thi đua của một người (a person's achievement file across years and schools): every "
                    + "decided title and form, revoked ones marked, with decision number, date, issuer and level, "
                    + "school year, the nomination and council session behind it, and whether it was decided in the "
                    + "system or imported (who, when). format=csv, xlsx or html for a printable page",
            description = "Staff read their own file (the token's staff claim); the school, and offices above it, "
                    + "the files of people who have or had a staff record there. personId is evaluation-service's "
                    + "person id; a staff id that has no person yet stands for itself.")
    @APIResponse(responseCode = "200", description = "The file (JSON, CSV, .xlsx or HTML)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FileView.class)),
            @Content(mediaType = MediaTypes.CSV_UTF8, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Unknown format")
    @APIResponse(responseCode = "404", description = "No such person, or not one the caller may read")
    public Response person(@PathParam("personId") UUID personId,
            @Parameter(description = "json (default), csv, xlsx or html") @QueryParam("format") String format) {
        Format as = Format.of(format);
        access.requireReadPerson(personId);
        List<Achievement> achievements = file.ofPerson(personId);
        String name = file.staffIdsOf(personId).stream().map(people::staff).flatMap(java.util.Optional::stream)
                .map(s -> s.fullName).findFirst().orElse("Người mã " + personId);
        return as.respond(new FileView(personId, null, null, name, achievements), "ho-so-thi-dua-" + personId,
                "Hồ sơ thi đua của " + name);
    }

    @GET
    @Path("collectives/{unitCode}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER})
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.CSV_UTF8, MediaTypes.XLSX, MediaType.TEXT_HTML})
    @Operation(operationId = "getCollectiveAchievements",
            summary = "Hồ sơ thi đua của một tập thể (a collective's file): the school itself, or one of its "
                    + "professional groups with group=. format=csv, xlsx or html")
    @APIResponse(responseCode = "200", description = "The file (JSON, CSV, .xlsx or HTML)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FileView.class)),
            @Content(mediaType = MediaTypes.CSV_UTF8, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Unknown format")
    @APIResponse(responseCode = "403", description = "A unit outside the caller's reach")
    public Response collective(@PathParam("unitCode") String unitCode,
            @Parameter(description = "Mã tổ chuyên môn (group code); without it, the school") @QueryParam("group")
            String group,
            @Parameter(description = "json (default), csv, xlsx or html") @QueryParam("format") String format) {
        Format as = Format.of(format);
        String groupCode = Texts.blankToNull(group);
        access.requireReadCollective(unitCode);
        String name = groupCode == null ? unitCode : groupCode + " — " + unitCode;
        return as.respond(new FileView(null, unitCode, groupCode, name, file.ofCollective(unitCode, groupCode)),
                "ho-so-thi-dua-" + unitCode + (groupCode == null ? "" : "-" + groupCode), "Hồ sơ thi đua của " + name);
    }

    @POST
    @Path("import")
    @Consumes({MediaTypes.CSV, MediaTypes.XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(operationId = "importAchievements",
            summary = "Nhập quyết định khen thưởng trước đây (import earlier decisions: CSV or .xlsx), all or nothing",
            description = "text/csv (UTF-8, with or without BOM, comma or semicolon) or an .xlsx workbook (its first "
                    + "sheet); any other Content-Type is 415; at most 2 MB and 10,000 rows (413). Columns, Vietnamese "
                    + "or English headers, any case, with or without accents: one of personId / Số CCCD (personCode) / "
                    + "Mã cán bộ (staff code in the unit) — or, for a collective's decision, Mã đơn vị (the importing "
                    + "unit or a unit below it) and optionally Mã tổ (one of its groups), with TTLĐTT, TTLĐXS, Cờ thi "
                    + "đua, Giấy khen or Bằng khen —, Danh hiệu / hình thức (code or name), Năm học, Số quyết "
                    + "định, Ngày quyết định (dd/MM/yyyy or yyyy-MM-dd), Cơ quan ban hành; Cấp ban hành optional. "
                    + "Every bad row is named by line (header = line 1) and column and nothing is stored; a control "
                    + "character refuses the file; a formula-like cell is kept as text with a warning. Idempotent on "
                    + "(person or collective, award, school year, decision number). The people's later open cycles are "
                    + "recomputed (a collective's record recomputes nothing yet).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaTypes.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Rows read, records created and unchanged, warnings, cycles "
            + "recomputed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AchievementImport.Report.class)))
    @APIResponse(responseCode = "403", description = "Not the unit's principal or an office above it")
    @APIResponse(responseCode = "413", description = "Over 2 MB or over 10,000 rows")
    @APIResponse(responseCode = "422", description = "Unreadable file, bad header or bad rows: every error in "
            + "`errors`, field `line N: column`; nothing stored")
    public AchievementImport.Report importFile(byte[] body,
            @Parameter(description = "Mã đơn vị whose people the file lists (staff codes are looked up there); "
                    + "default: the caller's unit") @QueryParam("unit") String unit,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        String unitCode = Texts.blankToNull(unit) != null ? unit.strip() : access.unit();
        if (unitCode == null) {
            throw AchievementProblems.unitRequired();
        }
        boolean xlsx = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(MediaTypes.XLSX);
        return imports.importFile(unitCode, xlsx, body == null ? new byte[0] : body);
    }

    @POST
    @Path("records/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(operationId = "revokeImportedAchievement",
            summary = "Thu hồi một quyết định đã nhập (revoke an imported decision, with the reason); it stays in the "
                    + "file marked revoked and no longer counts. Decisions taken in the system are revoked through "
                    + "their nomination (POST /api/v1/nominations/{id}/revoke)")
    @APIResponse(responseCode = "200", description = "Revoked; the cycles recomputed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordRevocation.Revoked.class)))
    @APIResponse(responseCode = "400", description = "reason missing")
    @APIResponse(responseCode = "403", description = "Not the principal of the record's school or an office above")
    @APIResponse(responseCode = "404", description = "No such imported record")
    @APIResponse(responseCode = "409", description = "Already revoked")
    public RecordRevocation.Revoked revoke(@PathParam("id") UUID id, RevokeRequest request) {
        return revocation.revoke(id, request == null ? null : request.reason());
    }

    /** The representations of a file. */
    private enum Format {
        JSON, CSV, XLSX, HTML;

        static Format of(String format) {
            if (format == null || format.isBlank()) {
                return JSON;
            }
            try {
                return valueOf(format.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw AchievementProblems.unknownFormat();
            }
        }

        Response respond(FileView view, String fileName, String title) {
            return switch (this) {
                case JSON -> Response.ok(view, MediaType.APPLICATION_JSON).build();
                case CSV -> Response.ok(AchievementExports.csv(view.achievements()), MediaTypes.CSV_UTF8)
                        .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"").build();
                case XLSX -> Response.ok(AchievementExports.xlsx("Hồ sơ thi đua", view.achievements()), MediaTypes.XLSX)
                        .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"").build();
                case HTML -> Response.ok(AchievementExports.html(title, view.name(), view.achievements()),
                        MediaType.TEXT_HTML + ";charset=UTF-8").build();
            };
        }
    }
}
