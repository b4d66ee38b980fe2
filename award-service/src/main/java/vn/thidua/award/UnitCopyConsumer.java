package vn.thidua.award;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.platform.security.UnitCopy;

/**
 * Unit events in: the copy of plan-service's unit tree ({@code unit_copy}) that scoping, names and
 * deciding units read through the platform's {@code UnitTree}. Application-wide, so it lives here.
 */
@ApplicationScoped
class UnitCopyConsumer {

    private final UnitCopy units;

    UnitCopyConsumer(UnitCopy units) {
        this.units = units;
    }

    @Incoming("unit-events")
    @Blocking
    public void onUnitEvent(String payload) {
        units.apply(payload);
    }
}
