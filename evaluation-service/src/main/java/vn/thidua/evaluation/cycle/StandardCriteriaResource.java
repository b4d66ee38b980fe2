package vn.thidua.evaluation.cycle;

import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.evaluation.common.Answers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.security.Roles;

import java.time.OffsetDateTime;
import java.util.List;

@Path("/api/v1/standard-criteria")
@Tag(name = "standard-criteria", description = "Tiêu chí chung do phòng/sở quy định (standard criteria an office sets "
        + "for its schools, beside each plan's contents)")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP,
        Roles.VIEWER})
public class StandardCriteriaResource {

    public record CriteriaRequest(List<StandardCriteriaSet.Item> criteria) {
    }

    public record CriteriaView(String unitCode, String schoolYear, List<StandardCriteriaSet.Item> criteria,
            String definedBy, OffsetDateTime definedAt, long revision) {

        static CriteriaView of(StandardCriteriaSet set) {
            return new CriteriaView(set.key.unitCode(), set.key.schoolYear(), set.criteria, set.definedBy,
                    set.definedAt, set.revision);
        }
    }

    private final StandardCriteria standard;

    StandardCriteriaResource(StandardCriteria standard) {
        this.standard = standard;
    }

    @GET
    @Path("effective")
    @Operation(operationId = "getEffectiveStandardCriteria",
            summary = "Tiêu chí chung áp dụng cho một trường trong năm học (the standard criteria that apply to a "
            + "school's cycles of a year)", description = "The list of the nearest office above the school that set "
            + "one for the year (definedBy), else the five groups of Nghị định 90/2020 (definedBy null).")
    @APIResponse(responseCode = "200", description = "The list and who set it")
    @APIResponse(responseCode = "400", description = "schoolYear is not like 2022-2023")
    @APIResponse(responseCode = "403", description = "A school outside the caller's reach")
    public StandardCriteria.Effective effective(@Parameter(required = true) @QueryParam("unit") String unit,
            @Parameter(required = true, example = "2022-2023") @QueryParam("schoolYear") String schoolYear) {
        if (unit == null || unit.isBlank()) {
            throw CycleProblems.unitRequired();
        }
        return standard.effective(unit.strip(), schoolYear);
    }

    @GET
    @Path("{unitCode}/{schoolYear}")
    @Operation(operationId = "getStandardCriteria",
            summary = "Tiêu chí chung một phòng/sở đã đặt cho năm học (the list an office set for a year)")
    @APIResponse(responseCode = "200", description = "The list, its ETag the revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CriteriaView.class)))
    @APIResponse(responseCode = "404", description = "None set, or the office is outside the caller's reach")
    public Response read(@PathParam("unitCode") String unitCode, @PathParam("schoolYear") String schoolYear) {
        StandardCriteriaSet set = standard.read(unitCode, schoolYear);
        return Answers.tagged(set.revision, CriteriaView.of(set)).build();
    }

    @PUT
    @Path("{unitCode}/{schoolYear}")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(operationId = "defineStandardCriteria",
            summary = "Đặt tiêu chí chung cho các trường trực thuộc (set the office's standard criteria for a year)",
            description = "Only users of that office. The list applies to cycles opened afterwards (a school's plan "
                    + "published later); open cycles keep theirs. If-Match is checked when given.")
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CriteriaView.class)))
    @APIResponse(responseCode = "400", description = "Empty list, a missing or repeated number, a missing text, "
            + "named as criteria[i].number / criteria[i].text")
    @APIResponse(responseCode = "403", description = "Not a user of that office")
    @APIResponse(responseCode = "412", description = "If-Match is not the current revision")
    public Response define(@PathParam("unitCode") String unitCode, @PathParam("schoolYear") String schoolYear,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CriteriaRequest request) {
        StandardCriteriaSet set = standard.define(unitCode, schoolYear, request.criteria(), ETags.revision(ifMatch));
        return Answers.tagged(set.revision, CriteriaView.of(set)).build();
    }
}
