package vn.thidua.award.nomination;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.platform.rest.MediaTypes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.award.nomination.NominationViews.DecisionView;
import vn.thidua.platform.rest.Paged;
import vn.thidua.platform.rest.Paging;
import vn.thidua.platform.rest.Sorting;
import vn.thidua.platform.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/decisions")
@Tag(name = "decisions", description = "Quyết định khen thưởng: số, ngày, người ký, danh sách (decisions: number, date, "
        + "signer, awarded items); decisions are issued through /api/v1/nominations/decide")
@SecurityRequirement(name = "jwt")
public class DecisionResource {

    private final NominationQueries queries;
    private final DecisionDocuments documents;

    public DecisionResource(NominationQueries queries, DecisionDocuments documents) {
        this.queries = queries;
        this.documents = documents;
    }

    @GET
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER})
    @Operation(operationId = "listDecisions",
            summary = "Quyết định của các đơn vị trong phạm vi và quyết định cấp trên khen người của đơn vị (decisions "
            + "of the units the caller reaches, and those of units above that award their nominees)")
    @APIResponse(responseCode = "400", description = "Bad school year")
    @APIResponse(responseCode = "200", description = "One page of decisions")
    public RestResponse<List<DecisionView>> list(
            @Parameter(description = "school year, e.g. 2024-2025") @QueryParam("schoolYear") String schoolYear,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE_TEXT) int size) {
        Paging paging = Paging.of(page, size);
        return Paged.answer(queries.decisions(NominationResource.schoolYear(schoolYear)).stream()
                .map(d -> DecisionView.of(d, queries::nominee)).toList(), paging, DecisionView.class, sort);
    }

    @GET
    @Path("fund")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.VIEWER})
    @Operation(operationId = "getPrizeFund", summary = "Tiền thưởng đã quyết định trong năm học, theo đơn vị quyết định (the prize money decided and "
            + "not revoked in a school year, per deciding unit, over the decisions the caller reads)")
    @APIResponse(responseCode = "400", description = "Bad school year")
    @APIResponse(responseCode = "200", description = "The fund per deciding unit")
    public NominationViews.FundView fund(@Parameter(description = "school year, e.g. 2025-2026")
            @QueryParam("schoolYear") String schoolYear) {
        return queries.fund(NominationResource.schoolYear(schoolYear));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER, Roles.GROUP_LEAD, Roles.STAFF})
    @Operation(operationId = "getDecision",
            summary = "Một quyết định với các đề nghị người gọi được xem (one decision, with the items the caller "
            + "may read; staff: a decision that awards them, their own item only)")
    @APIResponse(responseCode = "404", description = "No such decision, or not visible to the caller")
    @APIResponse(responseCode = "200", description = "The decision")
    public DecisionView read(@PathParam("id") UUID id) {
        return DecisionView.of(queries.decision(id), queries::nominee);
    }

    @GET
    @Path("{id}/document")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER, Roles.GROUP_LEAD, Roles.STAFF})
    @Operation(operationId = "getDecisionDocument",
            summary = "Văn bản quyết định khen thưởng (the decision as a document, HTML or .docx, Nghị định 30/2020 "
            + "layout): header with number and date, legal bases of the rule sets the items were decided under, "
            + "Điều 1 (titles, forms), Điều 2 (prize money from the fund), Điều 3 (execution), recipients, the "
            + "deciding unit head's signature, then the annex list: full names, unit, title, prize money and total",
            description = "The list holds the items the caller may read, as GET /decisions/{id} does; when that is "
            + "not all of them (a school reading an office's decision, staff reading their own line) the annex says "
            + "it is an extract (Trích). Names come from the staff copy, the typed name only for a person it does "
            + "not know; revoked items stay listed, marked \"đã thu hồi\".")
    @APIResponse(responseCode = "400", description = "Unknown format")
    @APIResponse(responseCode = "404", description = "No such decision, or not visible to the caller")
    @APIResponse(responseCode = "200", description = "The decision as HTML or .docx",
            content = {@Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaTypes.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response document(@PathParam("id") UUID id,
            @QueryParam("format") @DefaultValue("html") @Pattern(regexp = "html|docx") String format) {
        DecisionDocument.Content content = documents.content(id);
        if (format.equals("docx")) {
            return Response.ok(DecisionDocument.docx(content), MediaTypes.DOCX)
                    .header("Content-Disposition", "attachment; filename=\"quyet-dinh-" + id + ".docx\"").build();
        }
        return Response.ok(DecisionDocument.html(content), "text/html; charset=UTF-8").build();
    }
}
