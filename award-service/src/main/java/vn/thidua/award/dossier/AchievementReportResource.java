package vn.thidua.award.dossier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.award.record.AchievementAccess;
import vn.thidua.platform.rest.MediaTypes;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.text.Texts;

import java.util.UUID;

/** Báo cáo thành tích of a person and of a collective, prefilled, as documents. */
@Path("/api/v1/achievement-reports")
@Tag(name = "achievement-reports", description = "Báo cáo thành tích của cá nhân, tập thể, điền sẵn từ hồ sơ thi đua "
        + "và kết quả năm học (achievement reports prefilled from the achievement file and the year's results)")
@SecurityRequirement(name = "jwt")
public class AchievementReportResource {

    private static final String SECTIONS = "Sections of the decree's annex template (" + AchievementReport.TEMPLATE
            + "): I. sơ lược lý lịch / đặc điểm tình hình, II. thành tích đạt được (the year's rating, eligibility and "
            + "initiatives from the system), III. the titles and forms already received with decision numbers (the "
            + "achievement file, revoked ones marked); the form proposed (the year's nominations not rejected). Lines "
            + "only the reporter can write are left blank and marked \"" + AchievementReport.TO_WRITE + "\". Read "
            + "access is the achievement file's.";
    private static final String YEAR = "\\d{4}-\\d{4}";

    private final AchievementReports reports;
    private final AchievementAccess access;

    AchievementReportResource(AchievementReports reports, AchievementAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @GET
    @Path("people/{personId}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER, Roles.GROUP_LEAD, Roles.STAFF})
    @Operation(operationId = "getPersonAchievementReport", summary = "Báo cáo thành tích của cá nhân (a person's "
            + "achievement report for a school year, HTML or .docx)", description = SECTIONS)
    @APIResponse(responseCode = "200", description = "The report as HTML or .docx", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Missing or bad schoolYear, unknown format")
    @APIResponse(responseCode = "404", description = "No such person, or not one the caller may read")
    public Response person(@PathParam("personId") UUID personId,
            @Parameter(description = "Năm học, e.g. 2024-2025", required = true) @QueryParam("schoolYear") @NotNull
            @Pattern(regexp = YEAR, message = "dạng 2024-2025 (like 2024-2025)") String schoolYear,
            @QueryParam("format") @DefaultValue("html") @Pattern(regexp = "html|docx") String format) {
        access.requireReadPerson(personId);
        return answer(reports.person(personId, schoolYear), format, "bao-cao-thanh-tich-" + personId);
    }

    @GET
    @Path("collectives/{unitCode}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER})
    @Operation(operationId = "getCollectiveAchievementReport", summary = "Báo cáo thành tích của tập thể (a "
            + "collective's achievement report: the school itself, or one of its groups with group=)",
            description = SECTIONS)
    @APIResponse(responseCode = "200", description = "The report as HTML or .docx", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Missing or bad schoolYear, unknown format")
    @APIResponse(responseCode = "403", description = "A unit outside the caller's reach")
    public Response collective(@PathParam("unitCode") String unitCode,
            @Parameter(description = "Mã tổ chuyên môn (group code); without it, the school") @QueryParam("group")
            String group,
            @Parameter(description = "Năm học, e.g. 2024-2025", required = true) @QueryParam("schoolYear") @NotNull
            @Pattern(regexp = YEAR, message = "dạng 2024-2025 (like 2024-2025)") String schoolYear,
            @QueryParam("format") @DefaultValue("html") @Pattern(regexp = "html|docx") String format) {
        access.requireReadCollective(unitCode);
        String groupCode = Texts.blankToNull(group);
        return answer(reports.collective(unitCode, groupCode == null ? null : groupCode.strip(), schoolYear), format,
                "bao-cao-thanh-tich-" + unitCode + (groupCode == null ? "" : "-" + groupCode.strip()));
    }

    private static Response answer(AchievementReport.Content content, String format, String fileName) {
        if (format.equals("docx")) {
            return Response.ok(AchievementReport.docx(content), MediaTypes.DOCX)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".docx\"").build();
        }
        return Response.ok(AchievementReport.html(content), "text/html; charset=UTF-8").build();
    }
}
