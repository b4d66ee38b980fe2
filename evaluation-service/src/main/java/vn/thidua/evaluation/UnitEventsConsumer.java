package vn.thidua.evaluation;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.thidua.platform.security.UnitCopy;

/**
 * Unit events in: the copy of plan-service's unit tree that every feature's access checks read
 * (platform's {@link UnitCopy}). Application-wide, so it sits at the root.
 */
@ApplicationScoped
class UnitEventsConsumer {

    private final UnitCopy units;

    UnitEventsConsumer(UnitCopy units) {
        this.units = units;
    }

    @Incoming("unit-events")
    @Blocking
    public void onUnitEvent(String payload) {
        units.apply(payload);
    }
}
