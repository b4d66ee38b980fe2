package vn.thidua.award.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.time.SchoolYear;

import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/reports")
@Tag(name = "reports", description = "Báo cáo thi đua theo đơn vị và năm học, phụ lục quyết định, xuất CSV/XLSX "
        + "(reports per unit and school year, built from events alone)")
@SecurityRequirement(name = "jwt")
public class ReportResource {

    private final ReportService reports;
    private final ReportAccess access;
    private final ReportReplay replay;
    private final Caller caller;

    public ReportResource(ReportService reports, ReportAccess access, ReportReplay replay, Caller caller) {
        this.reports = reports;
        this.access = access;
        this.replay = replay;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.VIEWER})
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.CSV_UTF8, MediaTypes.XLSX})
    @Operation(operationId = "getReport",
            summary = "Báo cáo của một đơn vị và các đơn vị trực thuộc trong một năm học (report of a unit and "
            + "every unit below it): counts by rating (HTXS, HTT, HT, KHT, NOT_RATED), decided titles and forms "
            + "(revoked ones excluded), nominations by status, per unit below, and the previous school year with the "
            + "differences. format=csv (UTF-8 with BOM, ';'-separated) or xlsx for a spreadsheet; a generated client "
            + "reads the files through getReportCsv and getReportXlsx (GET /api/v1/reports.csv, .xlsx)")
    @APIResponse(responseCode = "200", description = "The report (JSON, CSV or .xlsx)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Report.class)),
            @Content(mediaType = MediaTypes.CSV_UTF8, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "unit, schoolYear or format missing or malformed")
    @APIResponse(responseCode = "403", description = "A unit outside the caller's, or a role without reports")
    public Response report(@Parameter(description = "unit code, e.g. PGD-TAMNONG") @QueryParam("unit") String unit,
            @Parameter(description = "school year, e.g. 2022-2023") @QueryParam("schoolYear") String schoolYear,
            @Parameter(description = "json (default), csv or xlsx") @QueryParam("format") String format) {
        Format as = Format.of(format);
        Report report = reports.report(unit(unit), year(schoolYear));
        String file = "bao-cao-" + report.unit() + "-" + report.schoolYear();
        return as.respond(report, () -> ReportExports.reportTable(report), file);
    }

    @GET
    @Path("annex")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.VIEWER})
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.CSV_UTF8, MediaTypes.XLSX})
    @Operation(operationId = "getReportAnnex",
            summary = "Danh sách phụ lục quyết định khen thưởng (the lists of decisions' annexes): per decision "
            + "(number, date, signer) and award code, the nominees of the unit and the units below it, revoked ones "
            + "marked with the reason; one decision with decisionId. format=csv or xlsx for a spreadsheet; a "
            + "generated client reads the files through getReportAnnexCsv and getReportAnnexXlsx (annex.csv, .xlsx)")
    @APIResponse(responseCode = "200", description = "The annex lists (JSON, CSV or .xlsx)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Annex.class)),
            @Content(mediaType = MediaTypes.CSV_UTF8, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "unit, schoolYear or format missing or malformed")
    @APIResponse(responseCode = "403", description = "A unit outside the caller's, or a role without reports")
    @APIResponse(responseCode = "404", description = "No such decision with awards of units the caller reaches")
    public Response annex(@Parameter(description = "unit code") @QueryParam("unit") String unit,
            @Parameter(description = "school year, e.g. 2022-2023") @QueryParam("schoolYear") String schoolYear,
            @Parameter(description = "one decision's id") @QueryParam("decisionId") UUID decisionId,
            @Parameter(description = "json (default), csv or xlsx") @QueryParam("format") String format) {
        Format as = Format.of(format);
        Annex annex = reports.annex(unit(unit), year(schoolYear), decisionId);
        String file = "phu-luc-" + annex.unit() + "-" + annex.schoolYear();
        return as.respond(annex, () -> ReportExports.annexTable(annex), file);
    }

    @GET
    @Path("annex.csv")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.VIEWER})
    @Produces(MediaTypes.CSV_UTF8)
    @Operation(operationId = "getReportAnnexCsv", summary = "Phụ lục quyết định dạng CSV (the annex lists of "
            + "getReportAnnex as CSV)")
    @APIResponse(responseCode = "200", description = "The annex as CSV", content = @Content(
            mediaType = MediaTypes.CSV_UTF8, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "unit or schoolYear missing or malformed")
    @APIResponse(responseCode = "403", description = "A unit outside the caller's, or a role without reports")
    @APIResponse(responseCode = "404", description = "No such decision with awards of units the caller reaches")
    public Response annexCsv(@QueryParam("unit") String unit, @QueryParam("schoolYear") String schoolYear,
            @Parameter(description = "Mã quyết định (one decision's id)") @QueryParam("decisionId") UUID decisionId) {
        return annexFile(Format.CSV, unit, schoolYear, decisionId);
    }

    @GET
    @Path("annex.xlsx")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.VIEWER})
    @Produces(MediaTypes.XLSX)
    @Operation(operationId = "getReportAnnexXlsx", summary = "Phụ lục quyết định dạng .xlsx (the annex lists of "
            + "getReportAnnex as a spreadsheet)")
    @APIResponse(responseCode = "200", description = "The annex as .xlsx", content = @Content(
            mediaType = MediaTypes.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "unit or schoolYear missing or malformed")
    @APIResponse(responseCode = "403", description = "A unit outside the caller's, or a role without reports")
    @APIResponse(responseCode = "404", description = "No such decision with awards of units the caller reaches")
    public Response annexXlsx(@QueryParam("unit") String unit, @QueryParam("schoolYear") String schoolYear,
            @Parameter(description = "Mã quyết định (one decision's id)") @QueryParam("decisionId") UUID decisionId) {
        return annexFile(Format.XLSX, unit, schoolYear, decisionId);
    }

    private Response annexFile(Format as, String unit, String schoolYear, UUID decisionId) {
        Annex annex = reports.annex(unit(unit), year(schoolYear), decisionId);
        return as.respond(annex, () -> ReportExports.annexTable(annex),
                "phu-luc-" + annex.unit() + "-" + annex.schoolYear());
    }

    @POST
    @Path("rebuild")
    @RolesAllowed(Roles.DISTRICT)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rebuildReports",
            summary = "Dựng lại số liệu báo cáo từ sự kiện (rebuild the reports from the events alone): empties "
            + "the reporting tables and replays thidua.evaluation.v1 and thidua.award.v1 from the beginning; returns "
            + "the events read and applied. Office user of the top unit only")
    @APIResponse(responseCode = "200", description = "Rebuilt; counts of events read, applied, skipped")
    @APIResponse(responseCode = "403", description = "Not an office user of the top unit")
    @APIResponse(responseCode = "409", description = "A rebuild is already running")
    public ReportReplay.Result rebuild() {
        access.requireRebuild();
        return replay.rebuild(caller.actor());
    }

    static String unit(String unit) {
        if (unit == null || unit.isBlank()) {
            throw ReportProblems.unitRequired();
        }
        return unit.strip();
    }

    static SchoolYear year(String schoolYear) {
        try {
            return SchoolYear.parse(schoolYear);
        } catch (IllegalArgumentException e) {
            throw ReportProblems.badSchoolYear();
        }
    }

    /** The representations of a report or an annex. */
    enum Format {
        JSON, CSV, XLSX;

        static Format of(String format) {
            if (format == null || format.isBlank()) {
                return JSON;
            }
            try {
                return valueOf(format.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ReportProblems.unknownFormat();
            }
        }

        Response respond(Object entity, java.util.function.Supplier<ReportExports.Table> table, String file) {
            return switch (this) {
                case JSON -> Response.ok(entity, MediaType.APPLICATION_JSON).build();
                case CSV -> Response.ok(ReportExports.csv(table.get()), MediaTypes.CSV_UTF8)
                        .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build();
                case XLSX -> Response.ok(ReportExports.xlsx(table.get()), MediaTypes.XLSX)
                        .header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"").build();
            };
        }
    }
}
