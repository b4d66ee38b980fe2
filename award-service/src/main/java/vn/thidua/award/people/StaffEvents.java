package vn.thidua.award.people;

import java.time.LocalDate;
import java.util.UUID;

/** The data of the staff events award-service reads (contracts/schemas/vn.thidua.staff.*.v1). */
final class StaffEvents {

    private StaffEvents() {
    }

    record Upserted(UUID staffId, UUID personId, String personCode, String code, String fullName, String unitCode,
            String groupCode, boolean active) {
    }

    record Moved(UUID personId, UUID staffId, UUID newStaffId, String fromUnit, String toUnit, LocalDate effectiveOn) {
    }
}
