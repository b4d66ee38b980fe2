package vn.thidua.evaluation.messaging;

import vn.thidua.evaluation.RegistrationTarget;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The data of the registration events (contracts/schemas/vn.thidua.evaluation.registration-submitted.v1). */
public final class RegistrationEvents {

    private RegistrationEvents() {
    }

    /**
     * {@code vn.thidua.evaluation.registration-submitted.v1}: a person's registration carries their
     * staff id and group; a collective one a null staff id and the registering group.
     */
    public record Submitted(UUID registrationId, UUID cycleId, String unitCode, String schoolYear, UUID staffId,
            String groupCode, List<RegistrationTarget> targets, OffsetDateTime submittedAt) {
    }
}
