package vn.thidua.plan.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.thidua.plan.document.DocumentProblems;
import vn.thidua.plan.document.UnreadableDocumentException;
import vn.thidua.plan.plan.PlanViews.ImportResponse;
import vn.thidua.plan.plan.PlanViews.PlanView;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.rest.MediaTypes;
import vn.thidua.platform.security.Roles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;

import static vn.thidua.plan.plan.PlanResource.withETag;

/** Import of a plan document (the body itself, or a multipart file part) into a draft with the importer's warnings. */
@Path("/api/v1/plans")
@Tag(name = "plans")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
public class PlanImportResource {

    private final PlanImportService importer;

    PlanImportResource(PlanImportService importer) {
        this.importer = importer;
    }

    @POST
    @Path("import")
    @Consumes({MediaType.TEXT_PLAIN, MediaTypes.DOCX})
    @Operation(operationId = "importPlan",
            summary = "Nhập kế hoạch từ văn bản (import a plan from plain text UTF-8 or .docx)",
            description = "The body is the file itself (Content-Type text/plain or the .docx type; any other is "
                    + "415). Returns a draft "
                    + "plan and the importer's warnings (numbering gaps, stale years, missing number or date, bases "
                    + "not in the system…). The text is never renumbered or rewritten; an unreadable file is "
                    + "refused with the reason.")
    @APIResponse(responseCode = "201", description = "Draft created, with warnings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportResponse.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "413", description = "Over 5 MB")
    @APIResponse(responseCode = "422", description = "Not readable: empty, binary, not UTF-8, broken .docx")
    // Text first and typed as text: a generated client then sends a String as UTF-8 text. (Typed as binary, the
    // java `native` client serialises its File argument as a JSON string of the file's path.)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response importDocument(byte[] body,
            @Parameter(description = "Mã đơn vị (unit code)", required = true) @QueryParam("unit") @NotNull String unit,
            @Parameter(description = "Năm học; suy ra từ văn bản nếu bỏ trống (school year; inferred when absent)")
            @QueryParam("schoolYear") @Pattern(regexp = "\\d{4}-\\d{4}") String schoolYear,
            @Parameter(description = "Tên tệp (file name)") @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return importBytes(body == null ? new byte[0] : body, unit, schoolYear, fileName, contentType);
    }

    private Response importBytes(byte[] body, String unit, String schoolYear, String fileName, String contentType) {
        try {
            PlanImportService.Imported imported = importer.importDocument(body, fileName, contentType, unit,
                    schoolYear);
            Plan plan = imported.plan();
            return withETag(Response.created(URI.create("/api/v1/plans/" + plan.id)), plan)
                    .entity(new ImportResponse(PlanView.of(plan), imported.warnings())).build();
        } catch (UnreadableDocumentException e) {
            throw DocumentProblems.unreadable(e);
        }
    }

    @POST
    @Path("import/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadPlan",
            summary = "Tải lên tệp kế hoạch (import a plan from a file part: .docx or plain text UTF-8)",
            description = "The same import as importPlan for clients that send files as multipart/form-data (what "
                    + "generated clients do with a binary file): part `file`, read by its content (a Word document "
                    + "or UTF-8 text, whatever the part's Content-Type says), its file name kept as fileName.")
    @APIResponse(responseCode = "201", description = "Draft created, with warnings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportResponse.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "413", description = "Over 5 MB")
    @APIResponse(responseCode = "422", description = "No part `file`, or not readable: empty, binary, not UTF-8, "
            + "broken .docx")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file", properties = @SchemaProperty(
                    name = "file", type = SchemaType.STRING, format = "binary",
                    description = "Tệp .docx hoặc văn bản UTF-8 (the .docx or UTF-8 text file)")),
            encoding = @Encoding(name = "file", contentType = MediaTypes.DOCX + ", " + MediaType.TEXT_PLAIN
                    + ", application/octet-stream")))
    public Response upload(@RestForm("file") FileUpload file,
            @Parameter(description = "Mã đơn vị (unit code)", required = true) @QueryParam("unit") @NotNull String unit,
            @Parameter(description = "Năm học; suy ra từ văn bản nếu bỏ trống (school year; inferred when absent)")
            @QueryParam("schoolYear") @Pattern(regexp = "\\d{4}-\\d{4}") String schoolYear) {
        if (file == null) {
            throw ProblemException.unprocessable("file", "thiếu phần `file` (part `file` is missing)");
        }
        byte[] body;
        try {
            body = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = file.contentType() == null || file.contentType().startsWith("application/octet-stream") ? null
                : file.contentType();
        return importBytes(body, unit, schoolYear, file.fileName(), type);
    }
}
