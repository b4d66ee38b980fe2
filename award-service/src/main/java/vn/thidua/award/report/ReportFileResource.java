package vn.thidua.award.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import vn.thidua.award.report.ReportResource.Format;
import vn.thidua.platform.rest.MediaTypes;
import vn.thidua.platform.security.Roles;

/**
 * The report as files, one operation per format, each answering only its file type: a generated client reads an
 * operation's answer as its first declared type, so {@code GET /api/v1/reports?format=xlsx} (JSON first) gives it a
 * Report model, never the bytes. The {@code format} parameter of the JSON operation still works. The annex's files
 * are in {@link ReportResource} ({@code /api/v1/reports/annex.csv}: a path below another resource class's is
 * matched in that class only).
 */
@Path("/api/v1")
@Tag(name = "reports")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.VIEWER})
public class ReportFileResource {

    private final ReportService reports;

    public ReportFileResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("reports.csv")
    @Produces(MediaTypes.CSV_UTF8)
    @Operation(operationId = "getReportCsv", summary = "Báo cáo dạng CSV (the report of getReport as CSV: UTF-8 "
            + "with BOM, ';'-separated, for Excel)")
    @APIResponse(responseCode = "200", description = "The report as CSV", content = @Content(
            mediaType = MediaTypes.CSV_UTF8, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "unit or schoolYear missing or malformed")
    @APIResponse(responseCode = "403", description = "A unit outside the caller's, or a role without reports")
    public Response reportCsv(@Parameter(description = "Mã đơn vị (unit code)", example = "PGD-TAMNONG")
            @QueryParam("unit") String unit, @QueryParam("schoolYear") String schoolYear) {
        return report(Format.CSV, unit, schoolYear);
    }

    @GET
    @Path("reports.xlsx")
    @Produces(MediaTypes.XLSX)
    @Operation(operationId = "getReportXlsx", summary = "Báo cáo dạng .xlsx (the report of getReport as a "
            + "spreadsheet)")
    @APIResponse(responseCode = "200", description = "The report as .xlsx", content = @Content(
            mediaType = MediaTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "unit or schoolYear missing or malformed")
    @APIResponse(responseCode = "403", description = "A unit outside the caller's, or a role without reports")
    public Response reportXlsx(@Parameter(description = "Mã đơn vị (unit code)", example = "PGD-TAMNONG")
            @QueryParam("unit") String unit, @QueryParam("schoolYear") String schoolYear) {
        return report(Format.XLSX, unit, schoolYear);
    }

    private Response report(Format as, String unit, String schoolYear) {
        Report report = reports.report(ReportResource.unit(unit), ReportResource.year(schoolYear));
        return as.respond(report, () -> ReportExports.reportTable(report),
                "bao-cao-" + report.unit() + "-" + report.schoolYear());
    }
}
