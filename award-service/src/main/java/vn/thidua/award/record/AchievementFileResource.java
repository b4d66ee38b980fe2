package vn.thidua.award.record;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import vn.thidua.platform.rest.MediaTypes;
import vn.thidua.platform.security.Roles;

import java.util.UUID;

/**
 * The achievement files as files, one operation per format, each answering only its file type: a generated
 * client reads an answer as the operation's first declared type, and {@link AchievementResource}'s operations
 * declare JSON first. Each answers exactly what {@code format=} answers there (same access checks, same bytes).
 */
@Path("/api/v1/achievements")
@Tag(name = "achievements")
@SecurityRequirement(name = "jwt")
public class AchievementFileResource {

    private static final String PERSON_ROLES_NOTE = "Staff read their own file; the school and offices above it the "
            + "files of people who have or had a staff record there";

    private final AchievementResource files;

    AchievementFileResource(AchievementResource files) {
        this.files = files;
    }

    @GET
    @Path("people/{personId}.csv")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER, Roles.GROUP_LEAD, Roles.STAFF})
    @Produces(MediaTypes.CSV_UTF8)
    @Operation(operationId = "getPersonAchievementsCsv", summary = "Hồ sơ thi đua của một người dạng CSV (a "
            + "person's achievement file as CSV)", description = PERSON_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "The file as CSV", content = @Content(
            mediaType = MediaTypes.CSV_UTF8, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such person, or not one the caller may read")
    public Response personCsv(@Parameter(description = "Mã người (evaluation-service's person id)")
            @PathParam("personId") UUID personId) {
        return files.person(personId, "csv");
    }

    @GET
    @Path("people/{personId}.xlsx")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER, Roles.GROUP_LEAD, Roles.STAFF})
    @Produces(MediaTypes.XLSX)
    @Operation(operationId = "getPersonAchievementsXlsx", summary = "Hồ sơ thi đua của một người dạng .xlsx (a "
            + "person's achievement file as a spreadsheet)", description = PERSON_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "The file as .xlsx", content = @Content(
            mediaType = MediaTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such person, or not one the caller may read")
    public Response personXlsx(@Parameter(description = "Mã người (evaluation-service's person id)")
            @PathParam("personId") UUID personId) {
        return files.person(personId, "xlsx");
    }

    @GET
    @Path("people/{personId}.html")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER, Roles.GROUP_LEAD, Roles.STAFF})
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getPersonAchievementsHtml", summary = "Hồ sơ thi đua của một người để in (a person's "
            + "achievement file as a printable HTML page)", description = PERSON_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "The file as HTML", content = @Content(
            mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such person, or not one the caller may read")
    public Response personHtml(@Parameter(description = "Mã người (evaluation-service's person id)")
            @PathParam("personId") UUID personId) {
        return files.person(personId, "html");
    }

    @GET
    @Path("collectives/{unitCode}.csv")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER})
    @Produces(MediaTypes.CSV_UTF8)
    @Operation(operationId = "getCollectiveAchievementsCsv", summary = "Hồ sơ thi đua của một tập thể dạng CSV (a "
            + "collective's file as CSV: the school, or one professional group with group=)")
    @APIResponse(responseCode = "200", description = "The file as CSV", content = @Content(
            mediaType = MediaTypes.CSV_UTF8, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "A unit outside the caller's reach")
    public Response collectiveCsv(@PathParam("unitCode") String unitCode,
            @Parameter(description = "Mã tổ chuyên môn (group code); without it, the school") @QueryParam("group")
            String group) {
        return files.collective(unitCode, group, "csv");
    }

    @GET
    @Path("collectives/{unitCode}.xlsx")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER})
    @Produces(MediaTypes.XLSX)
    @Operation(operationId = "getCollectiveAchievementsXlsx", summary = "Hồ sơ thi đua của một tập thể dạng .xlsx "
            + "(a collective's file as a spreadsheet)")
    @APIResponse(responseCode = "200", description = "The file as .xlsx", content = @Content(
            mediaType = MediaTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "A unit outside the caller's reach")
    public Response collectiveXlsx(@PathParam("unitCode") String unitCode,
            @Parameter(description = "Mã tổ chuyên môn (group code); without it, the school") @QueryParam("group")
            String group) {
        return files.collective(unitCode, group, "xlsx");
    }

    @GET
    @Path("collectives/{unitCode}.html")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER})
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getCollectiveAchievementsHtml", summary = "Hồ sơ thi đua của một tập thể để in (a "
            + "collective's file as a printable HTML page)")
    @APIResponse(responseCode = "200", description = "The file as HTML", content = @Content(
            mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "A unit outside the caller's reach")
    public Response collectiveHtml(@PathParam("unitCode") String unitCode,
            @Parameter(description = "Mã tổ chuyên môn (group code); without it, the school") @QueryParam("group")
            String group) {
        return files.collective(unitCode, group, "html");
    }
}
