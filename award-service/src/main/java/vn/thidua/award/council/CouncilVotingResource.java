package vn.thidua.award.council;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import vn.thidua.award.council.CouncilViews.ItemView;
import vn.thidua.award.council.CouncilVoting.ShowOfHands;
import vn.thidua.platform.security.Roles;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The vote on an agenda item while voting is open: a member's ballot, the chair's show of hands, an absent member's
 * written opinion (the tag is described on {@link CouncilResource}).
 */
@Path("/api/v1/councils")
@Tag(name = "councils")
@SecurityRequirement(name = "jwt")
public class CouncilVotingResource {

    private final CouncilVoting voting;

    public CouncilVotingResource(CouncilVoting voting) {
        this.voting = voting;
    }

    public record Ballot(@NotNull CouncilVote.Choice choice) {
    }

    /** A written opinion as recorded. */
    public record WrittenOpinionView(UUID itemId, String account, CouncilVote.Choice choice, String note,
            String recordedBy, OffsetDateTime recordedAt) {
    }

    @POST
    @Path("{id}/agenda/{itemId}/ballots")
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "castBallot",
            summary = "Bỏ phiếu (a council member present casts AGREE, DISAGREE or ABSTAIN on one item, once); a "
            + "secret ballot keeps only that the member voted, apart from the vote")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "403", description = "Not a member of the session (by token upn), or absent")
    @APIResponse(responseCode = "404", description = "No such session or item, or a session of another school")
    @APIResponse(responseCode = "409", description = "Already voted on this item, voting not open, or closed")
    public Response vote(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId, @Valid @NotNull Ballot body) {
        voting.castBallot(id, itemId, body.choice());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/agenda/{itemId}/show-of-hands")
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "recordShowOfHands",
            summary = "Kết quả biểu quyết giơ tay (the chair enters the counts of an open show of hands for an item "
            + "instead of individual ballots; once)")
    @APIResponse(responseCode = "403", description = "Not the chair of the session, or absent")
    @APIResponse(responseCode = "409", description = "The item already has votes or counts")
    @APIResponse(responseCode = "422", description = "A secret ballot, or more votes than members present")
    @APIResponse(responseCode = "200", description = "Recorded")
    public ItemView showOfHands(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @Valid @NotNull ShowOfHands body) {
        return ItemView.of(voting.enterShowOfHands(id, itemId, body), 0, false);
    }

    @POST
    @Path("{id}/agenda/{itemId}/written-opinions")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(operationId = "recordWrittenOpinion", summary = "Ý kiến bằng văn bản (the principal records the written opinion of a member absent from the "
            + "meeting on one item, while voting is open; once per member and item). It counts where the item's base "
            + "(agreeBase) is PRESENT_AND_WRITTEN or ALL_MEMBERS, and is listed in the minutes")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WrittenOpinionView.class)))
    @APIResponse(responseCode = "403", description = "Not the principal of the session's school")
    @APIResponse(responseCode = "404", description = "No such session or item")
    @APIResponse(responseCode = "409", description = "Voting not open, closed, or already recorded for the member")
    @APIResponse(responseCode = "422", description = "Not a member, or a member present (who votes in the meeting)")
    public Response writtenOpinion(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @Valid @NotNull CouncilVoting.WrittenOpinion body) {
        CouncilWrittenOpinion w = voting.recordWrittenOpinion(id, itemId, body);
        return Response.status(201).entity(new WrittenOpinionView(w.key.itemId(), w.key.account(), w.choice, w.note,
                w.recordedBy, w.recordedAt)).build();
    }
}
