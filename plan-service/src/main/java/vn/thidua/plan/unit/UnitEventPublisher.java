package vn.thidua.plan.unit;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.security.UnitEvents;

import java.time.LocalDate;

/**
 * The unit events on {@code thidua.unit.v1}, written to the outbox in the caller's transaction. The data
 * records are platform's {@link UnitEvents}, which the other services' unit-tree copies read.
 */
@ApplicationScoped
class UnitEventPublisher {

    private final Outbox outbox;

    UnitEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** vn.thidua.unit.upserted.v1: the unit as it is now. */
    void upserted(Unit unit) {
        outbox.publish(EventTypes.UNIT_UPSERTED, unit.code, unit.code, null, new UnitEvents.Upserted(unit.code,
                unit.name, unit.level.name(), unit.parentCode, unit.validFrom, unit.validTo));
    }

    /** vn.thidua.unit.moved.v1: the unit now under {@code unit.parentCode}, formerly under {@code from}. */
    void moved(Unit unit, String from, LocalDate effective) {
        outbox.publish(EventTypes.UNIT_MOVED, unit.code, unit.code, null,
                new UnitEvents.Moved(unit.code, from, unit.parentCode, effective));
    }
}
