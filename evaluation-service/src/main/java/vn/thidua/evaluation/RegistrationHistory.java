package vn.thidua.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One change of a registration: who, when, what (before and after) and, after the deadline, why. */
@Entity
@Table(name = "registration_history")
public class RegistrationHistory extends PanacheEntityBase {

    /** What was done. */
    public enum Action { CREATED, CHANGED, SUBMITTED }

    /** The database numbers the rows: an append-only log in the order it was written. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "registration_id", nullable = false)
    public UUID registrationId;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String action;

    /** Why it changed; required of the principal after the deadline. */
    public String reason;

    /** JSON text as written by {@link EvaluationJson}; null before a creation. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String after;

    public static void record(UUID registrationId, String actor, OffsetDateTime at, Action action, String reason,
            Object before, Object after) {
        RegistrationHistory entry = new RegistrationHistory();
        entry.registrationId = registrationId;
        entry.actor = actor;
        entry.at = at;
        entry.action = action.name();
        entry.reason = reason;
        entry.before = before == null ? null : EvaluationJson.write(before);
        entry.after = after == null ? null : EvaluationJson.write(after);
        entry.persist();
    }

    public static List<RegistrationHistory> of(UUID registrationId) {
        return list("registrationId = ?1 order by id", registrationId);
    }
}
