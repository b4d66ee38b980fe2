package vn.thidua.evaluation.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/**
 * One change of something the service keeps a trail of (an evaluation's audit, a registration's
 * history): who, when, what, and the changed part before and after as JSON text. Each subclass maps
 * its own table and adds what points at the changed row.
 */
@MappedSuperclass
public abstract class AuditEntry extends PanacheEntityBase {

    /** The database numbers the rows: an append-only log in the order it was written. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String action;

    /** JSON text as written by {@link EvaluationJson}; null before a creation. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String after;

    /** Fills the common part; {@code before} and {@code after} are written as JSON (null stays null). */
    protected void fill(String actor, OffsetDateTime at, Enum<?> action, Object before, Object after) {
        this.actor = actor;
        this.at = at;
        this.action = action.name();
        this.before = before == null ? null : EvaluationJson.write(before);
        this.after = after == null ? null : EvaluationJson.write(after);
    }
}
