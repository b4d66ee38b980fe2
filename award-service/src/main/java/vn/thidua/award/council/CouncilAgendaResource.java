package vn.thidua.award.council;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.award.council.CouncilAgenda.ItemChange;
import vn.thidua.award.council.CouncilAgenda.ItemDraft;
import vn.thidua.award.council.CouncilViews.ItemView;
import vn.thidua.award.council.CouncilViews.SessionView;
import vn.thidua.platform.security.Roles;

import java.net.URI;
import java.util.UUID;

/**
 * A session's agenda while in DRAFT: filled from the latest eligibility, or item by item (the tag is described on
 * {@link CouncilResource}).
 */
@Path("/api/v1/councils")
@Tag(name = "councils")
@SecurityRequirement(name = "jwt")
public class CouncilAgendaResource {

    private final CouncilAgenda agenda;
    private final CouncilQueries queries;

    public CouncilAgendaResource(CouncilAgenda agenda, CouncilQueries queries) {
        this.agenda = agenda;
        this.queries = queries;
    }

    @POST
    @Path("{id}/agenda/from-eligibility")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "fillAgendaFromEligibility",
            summary = "Lập chương trình từ kết quả xét (fill the agenda with every eligible staff member and "
            + "collective and award of the latest eligibility computation of the unit and year; items already there "
            + "are kept)")
    @APIResponse(responseCode = "409", description = "Voting opened or session closed")
    @APIResponse(responseCode = "422", description = "No eligibility computed for the unit and year")
    @APIResponse(responseCode = "200", description = "The agenda filled")
    public SessionView fill(@PathParam("id") UUID id) {
        return queries.view(agenda.fill(id));
    }

    @POST
    @Path("{id}/agenda")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "addAgendaItem",
            summary = "Thêm một người, tập thể vào chương trình (add one nominee and award); must be eligible for "
            + "that award in the latest eligibility computation. Method defaults to SECRET for the titles the rule set "
            + "votes in secret (council.secretBallotTitles), else OPEN")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "409", description = "Already on the agenda, voting opened or session closed")
    @APIResponse(responseCode = "422", description = "Not eligible (field awardCode), no eligibility for the nominee "
            + "(nomineeId), or OPEN asked for an award voted in secret (method)")
    public Response addItem(@PathParam("id") UUID id, @Valid @NotNull ItemDraft body) {
        CouncilAgendaItem item = agenda.add(id, body);
        return Response.created(URI.create("/api/v1/councils/" + id + "/agenda/" + item.id))
                .entity(ItemView.of(item, 0, false)).build();
    }

    @PATCH
    @Path("{id}/agenda/{itemId}")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "changeAgendaItem",
            summary = "Sửa tên người được đề nghị hoặc hình thức biểu quyết (change an item's nominee name as the "
            + "minutes print it, or its ballot method)")
    @APIResponse(responseCode = "422", description = "OPEN asked for an award voted in secret")
    @APIResponse(responseCode = "200", description = "Changed")
    public ItemView changeItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @Valid @NotNull ItemChange body) {
        return ItemView.of(agenda.change(id, itemId, body), 0, false);
    }

    @DELETE
    @Path("{id}/agenda/{itemId}")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "removeAgendaItem",
            summary = "Bỏ một mục khỏi chương trình (remove an item) while in DRAFT")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        agenda.remove(id, itemId);
        return Response.noContent().build();
    }
}
