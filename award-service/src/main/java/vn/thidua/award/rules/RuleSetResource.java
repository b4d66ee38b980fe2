package vn.thidua.award.rules;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.platform.rest.Paged;
import vn.thidua.platform.rest.Paging;
import vn.thidua.platform.rest.Sorting;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.time.TimeSource;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/rulesets")
@Tag(name = "rulesets", description = "Bộ quy tắc thi đua theo phiên bản: căn cứ pháp lý, hiệu lực, tham số, thẩm "
        + "quyền (versioned rule sets: legal basis, dates in force, parameters, authority table)")
@SecurityRequirement(name = "jwt")
public class RuleSetResource {

    private final RuleSets ruleSets;
    private final RuleSetPublishing publishing;
    private final TimeSource time;

    public RuleSetResource(RuleSets ruleSets, RuleSetPublishing publishing, TimeSource time) {
        this.ruleSets = ruleSets;
        this.publishing = publishing;
        this.time = time;
    }

    /**
     * A new version; legalBasis, parameters and authority left out are the latest version's of the same layer and
     * unit. {@code layer} NATIONAL (default), PROVINCE or UNIT: a layer is for the caller's own unit.
     */
    public record NewRuleSet(
            @NotNull @Pattern(regexp = "([A-Z][A-Z0-9-]*-)?\\d{4}\\.\\d{1,3}",
                    message = "dạng 2025.1, tầng: DONGTHAP-2025.1 (like 2025.1)") String version,
            @NotNull LocalDate effectiveFrom, LocalDate effectiveTo, @Valid List<RuleSet.LegalDocument> legalBasis,
            List<RuleSet.Parameter> parameters, List<RuleSet.Authority> authority, RuleSet.Layer layer) {
    }

    @GET
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP,
            Roles.VIEWER})
    @Operation(operationId = "listRuleSets",
            summary = "Mọi phiên bản bộ quy tắc, cũ trước (every rule set version, oldest first)")
    @APIResponse(responseCode = "200", description = "Every version")
    public RestResponse<List<RuleSet>> list(
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE_TEXT) int size) {
        return Paged.answer(ruleSets.all(), Paging.of(page, size), RuleSet.class, sort);
    }

    @GET
    @Path("in-force")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP,
            Roles.VIEWER})
    @Operation(operationId = "getRuleSetInForce",
            summary = "Bộ quy tắc hiệu lực vào một ngày (the rule set in force on a date, default today); with "
            + "unit: resolved for that unit, the national set with the province's and units' layers over it, each "
            + "parameter naming its layer, version, source and verified flag")
    @APIResponse(responseCode = "404", description = "No rule set in force that day, or unknown unit")
    @APIResponse(responseCode = "200", description = "The version in force")
    public RuleSet inForce(@QueryParam("date") LocalDate date, @QueryParam("unit") String unit) {
        LocalDate day = date != null ? date : time.today();
        RuleSet national = ruleSets.inForce(day).orElseThrow(() -> RuleSetProblems.noneInForce(day));
        if (unit == null) {
            return RuleSets.merge(national, List.of());
        }
        if (!ruleSets.knows(unit)) {
            throw RuleSetProblems.unknownUnit(unit);
        }
        return ruleSets.resolve(unit, day).rules();
    }

    @GET
    @Path("{version}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP,
            Roles.VIEWER})
    @Operation(operationId = "getRuleSet",
            summary = "Một phiên bản bộ quy tắc (one rule set version)")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "200", description = "The version")
    public RuleSet read(@PathParam("version") String version) {
        return ruleSets.require(version);
    }

    @POST
    @RolesAllowed(Roles.DISTRICT)
    @Operation(operationId = "publishRuleSet",
            summary = "Công bố phiên bản mới (publish a new version): later effective date than every version of "
            + "its layer and unit; parameters given replace those of the latest version by key and must carry their "
            + "source. National sets and PROVINCE layers: a province-level district user; UNIT layers: an office's, "
            + "commune's or Sở's district user, for its own unit. Only national versions go out on thidua.rules.v1")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RuleSet.class)))
    @APIResponse(responseCode = "400", description = "Missing, unknown or ill-typed parameters, named by field")
    @APIResponse(responseCode = "403", description = "Not a province-level district user")
    @APIResponse(responseCode = "409", description = "The version exists (versions are never edited)")
    @APIResponse(responseCode = "422", description = "effectiveFrom not later than the latest version's")
    public Response publish(@Valid @NotNull NewRuleSet body) {
        RuleSet published = publishing.publish(new RuleSetPublishing.Draft(body.version(), body.effectiveFrom(),
                body.effectiveTo(), body.legalBasis(), body.parameters(), body.authority(), body.layer()));
        return Response.created(URI.create("/api/v1/rulesets/" + published.version())).entity(published).build();
    }

    @PUT
    @Path("{version}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP,
            Roles.VIEWER})
    @Operation(operationId = "replaceRuleSet", hidden = true, // a helpful 405, not a contract
            summary = "Không sửa được (405): a published version is never edited; publish a new version")
    @APIResponse(responseCode = "405", description = "Always")
    public Response replace(@PathParam("version") String version) {
        throw RuleSetProblems.neverEdited(version);
    }

    @PATCH
    @Path("{version}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP,
            Roles.VIEWER})
    @Operation(operationId = "patchRuleSet", hidden = true, // a helpful 405, not a contract
            summary = "Không sửa được (405): publish a new version")
    @APIResponse(responseCode = "405", description = "Always")
    public Response patch(@PathParam("version") String version) {
        throw RuleSetProblems.neverEdited(version);
    }

    @DELETE
    @Path("{version}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP,
            Roles.VIEWER})
    @Operation(operationId = "deleteRuleSet", hidden = true, // a helpful 405, not a contract
            summary = "Không xoá được (405): results computed under a version keep referring to it")
    @APIResponse(responseCode = "405", description = "Always")
    public Response delete(@PathParam("version") String version) {
        throw RuleSetProblems.neverEdited(version);
    }
}
