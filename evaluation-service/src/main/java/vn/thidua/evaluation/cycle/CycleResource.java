package vn.thidua.evaluation.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.platform.rest.Paged;
import vn.thidua.platform.rest.Paging;
import vn.thidua.platform.rest.Sorting;
import vn.thidua.platform.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/cycles")
@Tag(name = "cycles", description = "Chu kỳ đánh giá (evaluation cycles, one per school and school year)")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP,
        Roles.VIEWER})
public class CycleResource {

    private final CycleService cycles;

    CycleResource(CycleService cycles) {
        this.cycles = cycles;
    }

    @GET
    @Operation(operationId = "listCycles",
            summary = "Chu kỳ đánh giá của một đơn vị (cycles of a unit, or of every unit the caller can see)")
    @APIResponse(responseCode = "403", description = "A unit outside the caller's")
    @APIResponse(responseCode = "200", description = "One page of cycles")
    public RestResponse<List<CycleView>> list(@QueryParam("unit") String unit,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE_TEXT) int size) {
        return Paged.answer(cycles.list(unit).stream().map(CycleView::of).toList(),
                Paging.of(page, size), CycleView.class, sort);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCycle",
            summary = "Xem một chu kỳ và tiêu chí (one cycle with its criteria)")
    @APIResponse(responseCode = "404", description = "No such cycle")
    @APIResponse(responseCode = "200", description = "The cycle")
    public CycleView read(@PathParam("id") UUID id) {
        return CycleView.of(cycles.read(id));
    }

    public record CriteriaVersion(int planVersion, java.time.OffsetDateTime replacedAt,
            List<CriteriaHistory.Item> criteria) {
    }

    @GET
    @Path("{id}/criteria-history")
    @Operation(operationId = "getCriteriaHistory",
            summary = "Tiêu chí trước mỗi lần điều chỉnh kế hoạch (the criteria each plan amendment replaced)")
    @APIResponse(responseCode = "200", description = "The replaced criteria")
    public List<CriteriaVersion> criteriaHistory(@PathParam("id") UUID id) {
        return cycles.history(id).stream()
                .map(h -> new CriteriaVersion(h.key.planVersion(), h.replacedAt, h.criteria)).toList();
    }

}
