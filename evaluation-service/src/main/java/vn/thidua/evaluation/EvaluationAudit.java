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

/** One change of an evaluation or its facts: who, when, what, and the changed part before and after. */
@Entity
@Table(name = "evaluation_audit")
public class EvaluationAudit extends PanacheEntityBase {

    /** What was done. */
    public enum Action { CREATED, FACTS_CHANGED, SELF_ASSESSED, SUBMITTED, REVIEWED, FINALIZED, REOPENED, BULK }

    /** The database numbers the rows: an append-only log in the order it was written. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "evaluation_id", nullable = false)
    public UUID evaluationId;

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

    public static void record(UUID evaluationId, String actor, OffsetDateTime at, Action action, Object before,
            Object after) {
        EvaluationAudit entry = new EvaluationAudit();
        entry.evaluationId = evaluationId;
        entry.actor = actor;
        entry.at = at;
        entry.action = action.name();
        entry.before = before == null ? null : EvaluationJson.write(before);
        entry.after = after == null ? null : EvaluationJson.write(after);
        entry.persist();
    }

    public static List<EvaluationAudit> of(UUID evaluationId) {
        return list("evaluationId = ?1 order by id", evaluationId);
    }
}
