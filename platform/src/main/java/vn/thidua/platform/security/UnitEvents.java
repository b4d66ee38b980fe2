package vn.thidua.platform.security;

import java.time.LocalDate;

/** Data of the unit-tree events on {@code thidua.unit.v1}, sent by plan-service, copied by the others. */
public final class UnitEvents {

    private UnitEvents() {
    }

    public record Upserted(String code, String name, String level, String parentCode, LocalDate validFrom,
            LocalDate validTo) {
    }

    public record Moved(String code, String fromParentCode, String toParentCode, LocalDate effectiveDate) {
    }
}
