package vn.thidua.plan.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.platform.text.Texts;

import java.time.LocalDate;

/** A unit (đơn vị) of the tree, as read and as created. */
public record UnitView(
        @Schema(examples = "TH-TRAMCHIM2") @NotBlank @Size(max = 64)
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "chỉ chữ in hoa, số và dấu - (A-Z, 0-9 and -)") String code,
        @Schema(examples = "Trường Tiểu học Tràm Chim 2") @NotBlank @Size(max = 500) String name,
        @NotNull UnitLevel level,
        @Schema(examples = "PGD-TAMNONG") String parentCode,
        LocalDate validFrom,
        LocalDate validTo) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.code, unit.name, unit.level, unit.parentCode, unit.validFrom, unit.validTo);
    }

    /** The unit to create; without validFrom it is valid from today ({@link UnitService#create}). */
    Unit toUnit() {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = Texts.nfc(name.strip());
        unit.level = level;
        unit.parentCode = parentCode;
        unit.validFrom = validFrom;
        unit.validTo = validTo;
        return unit;
    }
}
