package vn.thidua.evaluation.staff;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * The events of staff records (contracts/schemas/vn.thidua.staff.*.v1) on {@code thidua.staff.v1},
 * built here and written to the outbox in the caller's transaction. Subject and key: the record's id.
 */
@ApplicationScoped
class StaffEvents {

    /** {@code vn.thidua.staff.upserted.v1}: the record as it now is. */
    public record Upserted(UUID staffId, UUID personId, String personCode, String code, String fullName,
            String unitCode, String groupCode, boolean active) {

        static Upserted of(Staff staff) {
            // "Active" is whether the record is open: an end date, past or coming, means the person left or moves.
            return new Upserted(staff.id, staff.personId, staff.personCode, staff.code, staff.fullName,
                    staff.unitCode, staff.groupCode, staff.activeTo == null);
        }
    }

    /** {@code vn.thidua.staff.moved.v1}: the old record ended, a new one of the same person began. */
    public record Moved(UUID personId, UUID staffId, UUID newStaffId, String fromUnit, String toUnit,
            LocalDate effectiveOn) {
    }

    private final Outbox outbox;

    StaffEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void upserted(Staff staff) {
        outbox.publish(EventTypes.STAFF_UPSERTED, staff.id.toString(), staff.unitCode, null, Upserted.of(staff));
    }

    /** Many records at once (an import), with one COPY. */
    void upserted(Collection<Staff> staff) {
        outbox.publishAll(staff.stream().map(s -> new Outbox.Pending(EventTypes.STAFF_UPSERTED, s.id.toString(),
                s.unitCode, null, Upserted.of(s))).toList());
    }

    void moved(Staff from, Staff to, LocalDate effectiveOn) {
        outbox.publish(EventTypes.STAFF_MOVED, from.id.toString(), from.unitCode, null,
                new Moved(from.personId, from.id, to.id, from.unitCode, to.unitCode, effectiveOn));
    }
}
