package vn.thidua.evaluation.registration;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The events of a registration (contracts/schemas/vn.thidua.evaluation.registration-submitted.v1),
 * built here and written to the outbox in the caller's transaction.
 */
@ApplicationScoped
class RegistrationEvents {

    /**
     * {@code vn.thidua.evaluation.registration-submitted.v1}: a person's registration carries their
     * staff id and group; a collective one a null staff id and the registering group.
     */
    public record Submitted(UUID registrationId, UUID cycleId, String unitCode, String schoolYear, UUID staffId,
            String groupCode, List<RegistrationTarget> targets, OffsetDateTime submittedAt) {
    }

    private final Outbox outbox;

    RegistrationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code groupCode}: the person's group, or the registering group of a collective. */
    void submitted(Registration registration, Cycle cycle, String groupCode) {
        outbox.publish(EventTypes.REGISTRATION_SUBMITTED, registration.id.toString(), registration.unitCode,
                cycle.schoolYear, new Submitted(registration.id, cycle.id, registration.unitCode, cycle.schoolYear,
                        registration.staffId, groupCode, List.copyOf(registration.targets), registration.submittedAt));
    }
}
