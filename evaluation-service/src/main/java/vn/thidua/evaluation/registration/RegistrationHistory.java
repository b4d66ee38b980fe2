package vn.thidua.evaluation.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.thidua.evaluation.common.AuditEntry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One change of a registration: who, when, what (before and after) and, after the deadline, why. */
@Entity
@Table(name = "registration_history")
class RegistrationHistory extends AuditEntry {

    /** What was done. */
    enum Action { CREATED, CHANGED, SUBMITTED }

    @Column(name = "registration_id", nullable = false)
    public UUID registrationId;

    /** Why it changed; required of the principal after the deadline. */
    public String reason;

    static void record(UUID registrationId, String actor, OffsetDateTime at, Action action, String reason,
            Object before, Object after) {
        RegistrationHistory entry = new RegistrationHistory();
        entry.registrationId = registrationId;
        entry.reason = reason;
        entry.fill(actor, at, action, before, after);
        entry.persist();
    }

    static List<RegistrationHistory> of(UUID registrationId) {
        return list("registrationId = ?1 order by id", registrationId);
    }
}
