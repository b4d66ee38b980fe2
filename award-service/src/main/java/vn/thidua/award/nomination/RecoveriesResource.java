package vn.thidua.award.nomination;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.thidua.award.nomination.NominationViews.RecoveryView;
import vn.thidua.platform.rest.Paged;
import vn.thidua.platform.rest.Paging;
import vn.thidua.platform.security.Roles;

import java.util.List;

/** Thu hồi tiền thưởng: the recoveries the caller's unit (and the units below it) revoked, where each stands. */
@Path("/api/v1/recoveries")
@Tag(name = "nominations")
@SecurityRequirement(name = "jwt")
public class RecoveriesResource {

    private final RecoveryService recoveries;

    public RecoveriesResource(RecoveryService recoveries) {
        this.recoveries = recoveries;
    }

    @GET
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(operationId = "listRecoveries",
            summary = "Tiền thưởng phải nộp lại của các khen thưởng đã thu hồi, theo đơn vị thu hồi (prize money to pay "
            + "back on revoked awards, of the decisions of the caller's unit and the units below it; by due date)")
    @APIResponse(responseCode = "400", description = "Bad status, school year, page or size")
    @APIResponse(responseCode = "200", description = "One page of recoveries; X-Total-Count and Link headers")
    public RestResponse<List<RecoveryView>> list(
            @Parameter(description = "outstanding (còn phải nộp, kể cả quá hạn), overdue (quá hạn) hoặc settled (đã nộp đủ); "
                    + "không ghi: tất cả") @QueryParam("status") String status,
            @Parameter(description = "school year, e.g. 2025-2026") @QueryParam("schoolYear") String schoolYear,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE_TEXT) int size) {
        Paging paging = Paging.of(page, size);
        RecoveryStatus filter = RecoveryStatus.parse(status);
        String year = schoolYear == null || schoolYear.isBlank() ? null : NominationResource.schoolYear(schoolYear);
        return Paged.answer(recoveries.list(filter, year).stream().map(RecoveryView::of).toList(), paging,
                RecoveryView.class, sort);
    }
}
