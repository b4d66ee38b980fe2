package vn.thidua.award.dossier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.award.dossier.PostingViews.CommentView;
import vn.thidua.award.dossier.PostingViews.PostingView;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.rest.MediaTypes;
import vn.thidua.platform.rest.Paged;
import vn.thidua.platform.rest.Paging;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.time.DateRange;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/postings")
@Tag(name = "postings", description = "Công khai danh sách đề nghị khen thưởng trước khi hội đồng họp: thời gian "
        + "công khai, ý kiến góp ý, văn bản thông báo (public posting of a council session's nominees before it votes, "
        + "with its period and the comments received)")
@SecurityRequirement(name = "jwt")
public class PostingResource {

    /** A posting as the principal opens it. */
    public record OpenBody(@NotNull @Schema(description = "Phiên họp hội đồng (DRAFT) có danh sách đề nghị")
            UUID councilSessionId, @NotNull @Schema(example = "2025-05-20") LocalDate postedFrom,
            @NotNull @Schema(description = "Ngày cuối, trước ngày họp hội đồng", example = "2025-05-26") LocalDate postedTo,
            @NotBlank @Size(max = PostingService.MAX_NAME) @Schema(example = "Bảng tin phòng hội đồng") String place) {
    }

    /** A comment; authorName and receivedOn only for the principal recording one received on paper. */
    public record CommentBody(@Schema(description = "Về ai: agendaItemId của danh sách; bỏ trống: cả danh sách")
            UUID agendaItemId, @NotBlank @Size(max = PostingService.MAX_TEXT) String text,
            @Size(max = PostingService.MAX_NAME) @Schema(description = "Người góp ý (hiệu trưởng ghi ý kiến bằng văn "
                    + "bản)") String authorName,
            @Schema(description = "Ngày nhận (hiệu trưởng ghi ý kiến bằng văn bản); mặc định hôm nay")
            LocalDate receivedOn) {
    }

    /** Closing a posting, with what the principal reports to the council. */
    public record CloseBody(@Size(max = PostingService.MAX_TEXT) String note) {
    }

    private static final String READERS_NOTE = "Readable by every account of the school (principal, council, "
            + "group_lead, staff) and by offices and viewers above it; another school gets 404.";

    private final PostingService postings;
    private final PostingDocuments documents;

    PostingResource(PostingService postings, PostingDocuments documents) {
        this.postings = postings;
        this.documents = documents;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "openPosting", summary = "Mở đợt công khai danh sách đề nghị của một phiên họp hội đồng "
            + "(post a council session's agenda for comment, from postedFrom to postedTo, ending before the meeting "
            + "day); the council refuses to open its vote until the posting is closed",
            description = "The school's principal, while the session is DRAFT with an agenda. The list posted is "
                    + "the agenda as it stands now, names from the staff copy; one posting per session.")
    @APIResponse(responseCode = "201", description = "The posting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "403", description = "Not the school's principal")
    @APIResponse(responseCode = "404", description = "No such council session, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "Session not in preparation, empty agenda, or already posted")
    @APIResponse(responseCode = "422", description = "postedTo before postedFrom, on or after the meeting day, or a date "
            + "outside 1900–2100")
    public Response open(@Valid @NotNull OpenBody body) {
        requireDay("postedFrom", body.postedFrom());
        requireDay("postedTo", body.postedTo());
        PublicPosting posting = postings.open(new PostingService.OpenRequest(body.councilSessionId(), body.postedFrom(),
                body.postedTo(), body.place()));
        return Response.created(URI.create("/api/v1/postings/" + posting.id))
                .entity(PostingView.of(posting, List.of())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER, Roles.GROUP_LEAD, Roles.STAFF})
    @Operation(operationId = "listPostings", summary = "Các đợt công khai của một trường (a school's postings, newest "
            + "period first)", description = READERS_NOTE)
    @APIResponse(responseCode = "200", description = "One page of postings")
    @APIResponse(responseCode = "400", description = "unit missing or bad school year")
    @APIResponse(responseCode = "403", description = "A unit outside the caller's reach")
    public RestResponse<List<PostingView>> list(
            @Parameter(description = "Mã trường, e.g. TH-TRAMCHIM2", required = true) @QueryParam("unit") String unit,
            @Parameter(description = "school year, e.g. 2024-2025") @QueryParam("schoolYear")
            @Pattern(regexp = "\\d{4}-\\d{4}", message = "dạng 2024-2025 (like 2024-2025)") String schoolYear,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE_TEXT) int size) {
        Paging paging = Paging.of(page, size);
        if (unit == null || unit.isBlank()) {
            throw ProblemException.invalid("unit", "Cần mã trường (unit required)");
        }
        List<PostingView> views = postings.list(unit.strip(), schoolYear).stream()
                .map(p -> PostingView.of(p, PostingComment.of(p.id))).toList();
        return Paged.answer(views, paging, PostingView.class, sort);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER, Roles.GROUP_LEAD, Roles.STAFF})
    @Operation(operationId = "getPosting", summary = "Một đợt công khai với danh sách và các ý kiến (one posting with "
            + "its nominees and the comments received)", description = READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The posting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "404", description = "No such posting, or not visible to the caller")
    public PostingView read(@PathParam("id") UUID id) {
        PublicPosting posting = postings.read(id);
        return PostingView.of(posting, PostingComment.of(posting.id));
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF})
    @Operation(operationId = "commentOnPosting", summary = "Góp ý về danh sách công khai (comment on a posted nominee "
            + "or the whole list) during the posting period",
            description = "The school's own accounts; the author is the caller (its name from the staff copy when the "
                    + "token carries a staff id) and the day today. The principal may record a comment received on "
                    + "paper with authorName and receivedOn (within the period, not in the future).")
    @APIResponse(responseCode = "201", description = "The comment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "403", description = "Not an account of the posting's school")
    @APIResponse(responseCode = "404", description = "No such posting, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The posting is closed, or the day is outside its period")
    @APIResponse(responseCode = "422", description = "agendaItemId not posted, authorName/receivedOn from someone "
            + "other than the principal, receivedOn in the future")
    public Response comment(@PathParam("id") UUID id, @Valid @NotNull CommentBody body) {
        if (body.receivedOn() != null) {
            requireDay("receivedOn", body.receivedOn());
        }
        PostingComment comment = postings.comment(id, new PostingService.CommentRequest(body.agendaItemId(),
                body.text(), body.authorName(), body.receivedOn()));
        return Response.created(URI.create("/api/v1/postings/" + id)).entity(CommentView.of(comment)).build();
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "closePosting", summary = "Kết thúc đợt công khai (close a posting, on its last day or "
            + "later); the council may then open its vote")
    @APIResponse(responseCode = "200", description = "The closed posting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "403", description = "Not the school's principal")
    @APIResponse(responseCode = "404", description = "No such posting, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "Already closed, or before its last day")
    public PostingView close(@PathParam("id") UUID id, @Valid CloseBody body) {
        PublicPosting posting = postings.close(id, body == null ? null : body.note());
        return PostingView.of(posting, PostingComment.of(posting.id));
    }

    @GET
    @Path("{id}/document")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER, Roles.GROUP_LEAD, Roles.STAFF})
    @Operation(operationId = "getPostingDocument", summary = "Thông báo công khai (the posting as a document, HTML or "
            + ".docx, Nghị định 30/2020 layout): period, place, nominees, the comments received and how it ended",
            description = READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The notice as HTML or .docx", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format")
    @APIResponse(responseCode = "404", description = "No such posting, or not visible to the caller")
    public Response document(@PathParam("id") UUID id,
            @QueryParam("format") @DefaultValue("html") @Pattern(regexp = "html|docx") String format) {
        PostingDocument.Content content = documents.content(id);
        if (format.equals("docx")) {
            return Response.ok(PostingDocument.docx(content), MediaTypes.DOCX)
                    .header("Content-Disposition", "attachment; filename=\"cong-khai-" + id + ".docx\"").build();
        }
        return Response.ok(PostingDocument.html(content), "text/html; charset=UTF-8").build();
    }

    private static void requireDay(String field, LocalDate day) {
        if (!DateRange.accepts(day)) {
            throw ProblemException.unprocessable(field, DateRange.message());
        }
    }
}
