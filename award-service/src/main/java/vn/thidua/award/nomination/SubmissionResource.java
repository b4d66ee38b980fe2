package vn.thidua.award.nomination;

import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.award.nomination.NominationViews.SubmissionListView;
import vn.thidua.award.nomination.NominationViews.SubmissionView;
import vn.thidua.platform.rest.MediaTypes;
import vn.thidua.platform.rest.Page;
import vn.thidua.platform.rest.Paged;
import vn.thidua.platform.rest.Paging;
import vn.thidua.platform.rest.Sorting;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.text.Texts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/submissions")
@Tag(name = "submissions", description = "Tờ trình đề nghị khen thưởng: đơn vị cấp trên xem các tờ trình của mọi trường "
        + "trực thuộc kèm số lượng theo trạng thái (submissions: an office sees those of every school below it, with "
        + "counts per status; a school its own)")
@SecurityRequirement(name = "jwt")
public class SubmissionResource {

    private final NominationQueries queries;

    public SubmissionResource(NominationQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER})
    @Operation(operationId = "listSubmissions",
            summary = "Tờ trình của các trường (submissions from the schools the caller reaches, newest first) and "
            + "counts per status, e.g. {\"SUBMITTED\":3,\"DECIDED\":5,\"REJECTED\":1}; counts ignore the status filter")
    @APIResponse(responseCode = "400", description = "Unknown status or bad school year")
    @APIResponse(responseCode = "403", description = "A school outside the caller's units")
    @APIResponse(responseCode = "200", description = "The submissions")
    public RestResponse<SubmissionListView> list(
            @Parameter(description = "SUBMITTED, DECIDED or REJECTED") @QueryParam("status") String status,
            @Parameter(description = "school code, e.g. TH-TRAMCHIM2") @QueryParam("school") String school,
            @Parameter(description = "school year, e.g. 2024-2025") @QueryParam("schoolYear") String schoolYear,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE_TEXT) int size) {
        Paging paging = Paging.of(page, size);
        String state = Texts.blankToNull(status);
        if (state != null) {
            state = state.toUpperCase(Locale.ROOT);
            if (!List.of("SUBMITTED", "DECIDED", "REJECTED").contains(state)) {
                throw NominationProblems.unknownSubmissionStatus();
            }
        }
        SubmissionListView all = SubmissionListView.of(queries.submissions(state, Texts.blankToNull(school),
                NominationResource.schoolYear(schoolYear)));
        // The counts cover every submission; items are one page of them, the total in X-Total-Count.
        Page<SubmissionView> one = Page.of(Sorting.sort(all.items(), SubmissionView.class, sort), paging.page(),
                paging.size());
        return RestResponse.ResponseBuilder.ok(new SubmissionListView(all.counts(), one.items()))
                .header(Paged.TOTAL_COUNT, one.total()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER})
    @Operation(operationId = "getSubmission",
            summary = "Một tờ trình và các đề nghị của nó (one submission with its items)")
    @APIResponse(responseCode = "404", description = "No such submission, or not visible to the caller")
    @APIResponse(responseCode = "200", description = "The submission")
    public SubmissionView read(@PathParam("id") UUID id) {
        return SubmissionView.of(queries.submission(id));
    }

    @GET
    @Path("{id}/document")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER})
    @Operation(operationId = "getSubmissionDocument",
            summary = "Văn bản tờ trình (the submission as a document, HTML or .docx, Nghị định 30 layout): header, "
            + "Kính gửi, bases, the list of nominees with their awards and achievement summaries, signature")
    @APIResponse(responseCode = "404", description = "No such submission, or not visible to the caller")
    @APIResponse(responseCode = "200", description = "The tờ trình as HTML or .docx",
            // Both typed as files: a generated client reads the answer as its first type says (a String is
            // parsed as JSON), so the .docx and the HTML page come back as the bytes sent.
            content = {@Content(mediaType = "text/html",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response document(@PathParam("id") UUID id,
            @QueryParam("format") @DefaultValue("html") @Pattern(regexp = "html|docx") String format) {
        SubmissionDocument.Content content = queries.document(id);
        if (format.equals("docx")) {
            return Response.ok(SubmissionDocument.docx(content), MediaTypes.DOCX)
                    .header("Content-Disposition", "attachment; filename=\"to-trinh-" + id + ".docx\"").build();
        }
        return Response.ok(SubmissionDocument.html(content), "text/html; charset=UTF-8").build();
    }
}
