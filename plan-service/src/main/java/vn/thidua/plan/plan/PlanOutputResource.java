package vn.thidua.plan.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
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
import vn.thidua.plan.document.PlanDocument;
import vn.thidua.plan.document.PlanDocumentRenderer;
import vn.thidua.platform.rest.MediaTypes;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.text.Csv;
import vn.thidua.platform.time.TimeSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** What a plan gives out: the document itself (HTML, .docx) and, for an office plan, the schools' compliance. */
@Path("/api/v1/plans/{id}")
@Tag(name = "plans")
@SecurityRequirement(name = "jwt")
public class PlanOutputResource {

    private final PlanService plans;
    private final ComplianceService compliance;
    private final PlanDocumentRenderer renderer = new PlanDocumentRenderer();

    PlanOutputResource(PlanService plans, ComplianceService compliance) {
        this.plans = plans;
        this.compliance = compliance;
    }

    @GET
    @Path("document")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP,
            Roles.VIEWER})
    @Operation(operationId = "getPlanDocument",
            summary = "Văn bản kế hoạch (the plan as an administrative document, HTML or .docx)",
            description = "Header with the issuing body and the national motto, number and date line, title, "
                    + "sections, recipients and signature block. `version` picks a published version.")
    // Both typed as files: a generated client reads the answer as its first type says, and a .docx read as a
    // String is broken bytes.
    @APIResponse(responseCode = "200", description = "The document as HTML or .docx",
            content = {@Content(mediaType = "text/html",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response document(@PathParam("id") UUID id,
            @QueryParam("format") @DefaultValue("html") @Pattern(regexp = "html|docx") String format,
            @Parameter(description = "Phiên bản (published version); the current document when absent")
            @QueryParam("version") Integer version) {
        Plan plan = plans.read(id);
        PlanDocument document = version == null ? plan.document : plans.version(id, version).document;
        if (format.equals("docx")) {
            return Response.ok(renderer.docx(document), MediaTypes.DOCX)
                    .header("Content-Disposition", "attachment; filename=\"ke-hoach-" + plan.id + ".docx\"").build();
        }
        return Response.ok(renderer.html(document), "text/html; charset=UTF-8").build();
    }

    @GET
    @Path("compliance")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(operationId = "getPlanCompliance",
            summary = "Các trường đã ban hành kế hoạch chưa (for an office plan: every school below the office, "
            + "whether it published a plan based on it, when, late or not)")
    @APIResponse(responseCode = "200", description = "The compliance report (JSON or CSV)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComplianceService.Report.class)),
            @Content(mediaType = MediaTypes.CSV_UTF8, schema = @Schema(type = SchemaType.STRING))})
    public Response compliance(@PathParam("id") UUID id,
            @Parameter(description = "PUBLISHED, DRAFT or MISSING") @QueryParam("state") ComplianceService.State state,
            @Parameter(description = "Chỉ các trường trễ hạn (only late schools), or only those on time")
            @QueryParam("late") Boolean late,
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|csv") String format) {
        ComplianceService.Report report = compliance.of(id, state, late);
        if (format.equals("csv")) {
            return Response.ok(csv(report), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"compliance-" + id + ".csv\"").build();
        }
        return Response.ok(report).build();
    }

    @GET
    @Path("compliance.csv")
    @RolesAllowed(Roles.DISTRICT)
    @Produces(MediaTypes.CSV_UTF8)
    @Operation(operationId = "getPlanComplianceCsv",
            summary = "Các trường đã ban hành kế hoạch chưa, dạng CSV (getPlanCompliance as CSV, the one file a "
            + "generated client reads: getPlanCompliance declares JSON first)")
    @APIResponse(responseCode = "200", description = "The compliance report as CSV",
            content = @Content(mediaType = MediaTypes.CSV_UTF8,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response complianceCsv(@PathParam("id") UUID id,
            @Parameter(description = "PUBLISHED, DRAFT or MISSING") @QueryParam("state") ComplianceService.State state,
            @Parameter(description = "Chỉ các trường trễ hạn (only late schools), or only those on time")
            @QueryParam("late") Boolean late) {
        return compliance(id, state, late, "csv");
    }

    /** The report as CSV for Excel (platform {@link Csv}: BOM, RFC 4180, comma-separated). */
    static byte[] csv(ComplianceService.Report report) {
        List<List<Object>> rows = new ArrayList<>();
        for (ComplianceService.Row row : report.rows()) {
            rows.add(Arrays.asList(row.schoolCode(), row.schoolName(), row.state().name(), row.planId(),
                    row.planTitle(), TimeSource.dayInVietnam(row.publishedAt()),
                    row.late() ? "có" : "không"));
        }
        return Csv.write(',', List.of("Mã trường", "Tên trường", "Tình trạng", "Mã kế hoạch", "Tên kế hoạch",
                "Ngày ban hành", "Trễ hạn"), rows);
    }
}
