package vn.thidua.plan.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Consumes;
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

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Path("/api/v1/units")
@Tag(name = "units", description = "Cây đơn vị (unit tree: province → office or commune → school)")
@SecurityRequirement(name = "jwt")
public class UnitResource {

    private final UnitService units;
    private final UnitCsvImport csvImport;

    UnitResource(UnitService units, UnitCsvImport csvImport) {
        this.units = units;
        this.csvImport = csvImport;
    }

    @GET
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP,
            Roles.VIEWER})
    @Operation(operationId = "listUnits",
            summary = "Các đơn vị được xem (the caller's unit and every unit below it)")
    @APIResponse(responseCode = "200", description = "One page of units")
    public RestResponse<List<UnitView>> list(
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE_TEXT) int size) {
        return Paged.answer(units.visible().stream().map(UnitView::of).toList(),
                Paging.of(page, size), UnitView.class, sort);
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL, Roles.GROUP_LEAD, Roles.STAFF, Roles.SCHOOL_APP,
            Roles.VIEWER})
    @Operation(operationId = "getUnit",
            summary = "Xem một đơn vị (read one unit)")
    @APIResponse(responseCode = "404", description = "No such unit")
    @APIResponse(responseCode = "200", description = "The unit")
    public UnitView read(@PathParam("code") String code) {
        return UnitView.of(units.read(code));
    }

    public record UnitUpdate(@NotBlank @Size(max = 500) String name, LocalDate validFrom, LocalDate validTo) {
    }

    public record Move(@NotBlank String parentCode, @NotNull LocalDate effectiveDate) {
    }

    public record HistoryView(String change, String name, String parentCode, LocalDate validFrom, LocalDate validTo,
            LocalDate effective, String changedBy, OffsetDateTime changedAt) {
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(operationId = "updateUnit",
            summary = "Sửa tên, hiệu lực của đơn vị (rename, or set validity: a dissolved office gets validTo)")
    @APIResponse(responseCode = "200", description = "Updated")
    public UnitView update(@PathParam("code") String code, @Valid @NotNull UnitUpdate update) {
        return UnitView.of(units.update(code, update.name().strip(), update.validFrom(), update.validTo()));
    }

    @POST
    @Path("{code}/move")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(operationId = "moveUnit",
            summary = "Chuyển đơn vị sang đơn vị cấp trên khác (move under another parent, e.g. the 2025 "
            + "reorganisation); the history is kept; emits vn.thidua.unit.moved.v1")
    @APIResponse(responseCode = "422", description = "Unknown parent, or a move under itself")
    @APIResponse(responseCode = "200", description = "Moved")
    public UnitView move(@PathParam("code") String code, @Valid @NotNull Move move) {
        return UnitView.of(units.move(code, move.parentCode(), move.effectiveDate()));
    }

    @GET
    @Path("{code}/history")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.VIEWER})
    @Operation(operationId = "getUnitHistory",
            summary = "Lịch sử đơn vị (every change of the unit, oldest first)")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    public List<HistoryView> history(@PathParam("code") String code) {
        return units.history(code).stream().map(h -> new HistoryView(h.change.name(), h.name, h.parentCode, h.validFrom,
                h.validTo, h.effective, h.changedBy, h.changedAt)).toList();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.DISTRICT)
    @Operation(operationId = "importUnitsCsv",
            summary = "Nhập danh sách đơn vị từ CSV (import units: code, name, level, parentCode, validFrom; "
            + "UTF-8, comma or semicolon, English or Vietnamese headers); all or nothing, errors by line; a cell "
            + "starting with = + - @, tab or CR is imported as text with a warning naming its line and column")
    @APIResponse(responseCode = "422", description = "Bad lines or a control character, each named; nothing imported")
    @APIResponse(responseCode = "200", description = "Imported, with warnings")
    public UnitCsvImport.ImportReport importCsv(byte[] csv) {
        return csvImport.importCsv(csv == null ? new byte[0] : csv);
    }

    @POST
    @RolesAllowed(Roles.DISTRICT)
    @Operation(operationId = "createUnit",
            summary = "Thêm đơn vị (add a unit below one the caller manages); emits vn.thidua.unit.upserted.v1")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "409", description = "The code exists")
    public Response create(@Valid @NotNull UnitView unit) {
        UnitView created = UnitView.of(units.create(unit.toUnit()));
        return Response.created(URI.create("/api/v1/units/" + created.code())).entity(created).build();
    }
}
