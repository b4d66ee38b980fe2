package vn.thidua.award.eligibility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.award.eligibility.EligibilityViews.CycleView;
import vn.thidua.award.eligibility.EligibilityViews.StaffView;
import vn.thidua.platform.rest.Paged;
import vn.thidua.platform.rest.Paging;
import vn.thidua.platform.rest.Sorting;
import vn.thidua.platform.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/eligibility")
@Tag(name = "eligibility", description = "Xét điều kiện danh hiệu, hình thức khen thưởng và lý do (eligibility for "
        + "titles and forms, with every condition checked and its legal basis)")
@SecurityRequirement(name = "jwt")
public class EligibilityResource {

    private final EligibilityQueries queries;
    private final EligibilityService eligibility;

    public EligibilityResource(EligibilityQueries queries, EligibilityService eligibility) {
        this.queries = queries;
        this.eligibility = eligibility;
    }

    @GET
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER, Roles.GROUP_LEAD, Roles.STAFF})
    @Operation(operationId = "listEligibility",
            summary = "Kết quả xét của một chu kỳ, hoặc của một đơn vị trong một năm học (eligibility of a cycle, "
            + "or of a unit's cycles in a school year). Office, principal, council, viewer: everything of the units "
            + "they reach; staff and group leaders: only their own result (token claim 'staff')")
    @APIResponse(responseCode = "400", description = "Neither cycle nor unit and schoolYear given")
    @APIResponse(responseCode = "403", description = "A unit outside the caller's")
    @APIResponse(responseCode = "404", description = "No eligibility computed for that cycle")
    @APIResponse(responseCode = "200", description = "One page of cycles with their eligibility")
    public RestResponse<List<CycleView>> list(@Parameter(description = "cycle id") @QueryParam("cycle") UUID cycle,
            @Parameter(description = "unit code, e.g. TH-TRAMCHIM2") @QueryParam("unit") String unit,
            @Parameter(description = "school year, e.g. 2023-2024") @QueryParam("schoolYear") String schoolYear,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE_TEXT) int size,
            @Parameter(description = "page of each cycle's staff results, from 0 (staffTotal says how many)")
            @QueryParam("staffPage") @DefaultValue("0") int staffPage,
            @Parameter(description = "staff results per cycle in one answer, 1 to 500")
            @QueryParam("staffSize") @DefaultValue(Paging.MAX_SIZE_TEXT) int staffSize) {
        Paging paging = Paging.of(page, size);
        // A page of each cycle's staff: a whole 5,000-staff cycle's explanations in one answer ran award-service out
        // of heap (bench/RESULTS.md, "RSS after the office year").
        Paging staffPaging = Paging.of(staffPage, staffSize, "staffPage", "staffSize");
        if (cycle != null) {
            return Paged.answer(List.of(CycleView.of(queries.cycle(cycle, staffPaging))), paging, CycleView.class, sort);
        }
        if (unit == null || unit.isBlank() || schoolYear == null || !schoolYear.matches("\\d{4}-\\d{4}")) {
            throw EligibilityProblems.cycleOrUnitAndYear();
        }
        return Paged.answer(queries.ofUnit(unit.strip(), schoolYear, staffPaging).stream().map(CycleView::of).toList(),
                paging, CycleView.class, sort);
    }

    @GET
    @Path("staff/{staffId}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.VIEWER, Roles.GROUP_LEAD, Roles.STAFF})
    @Operation(operationId = "getStaffEligibility",
            summary = "Mọi kết quả xét của một cán bộ qua các năm học (one staff member's results, every year); "
            + "staff read their own only (token claim 'staff' equal to staffId)")
    @APIResponse(responseCode = "403", description = "Not the caller's own, or a unit outside the caller's")
    @APIResponse(responseCode = "404", description = "No result for that staff id")
    @APIResponse(responseCode = "200", description = "The staff member's eligibility per cycle")
    public List<StaffView> staff(@PathParam("staffId") UUID staffId) {
        return queries.ofStaff(staffId).stream().map(StaffView::of).toList();
    }

    @POST
    @Path("cycles/{cycleId}/recompute")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(operationId = "recomputeCycleEligibility",
            summary = "Tính lại một chu kỳ (recompute a cycle), under its pinned rule set or, with ruleSet, "
            + "under another version; emits vn.thidua.award.eligibility-computed.v1")
    @APIResponse(responseCode = "403", description = "Not the school's principal nor an office above it")
    @APIResponse(responseCode = "404", description = "No such cycle or rule set")
    @APIResponse(responseCode = "200", description = "Recomputed")
    public CycleView recompute(@PathParam("cycleId") UUID cycleId, @QueryParam("ruleSet") String ruleSet) {
        eligibility.recompute(cycleId, ruleSet == null || ruleSet.isBlank() ? null : ruleSet.strip());
        return CycleView.of(queries.cycle(cycleId, Paging.of(0, Paging.MAX_SIZE)));
    }
}
