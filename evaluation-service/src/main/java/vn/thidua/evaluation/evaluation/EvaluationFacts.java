package vn.thidua.evaluation.evaluation;

import vn.thidua.evaluation.common.EvaluationJson;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The facts of one staff member in one cycle (one per evaluation). The lists are jsonb written by
 * {@link EvaluationJson}, so dates are ISO text whichever path wrote them.
 */
@Entity
@Table(name = "evaluation_facts")
class EvaluationFacts extends PanacheEntityBase {

    @Id
    @Column(name = "evaluation_id")
    public UUID evaluationId;

    /** Given by the school; null: derived from the staff record and the leave. */
    @Column(name = "months_worked", precision = 4, scale = 1)
    public BigDecimal monthsWorked;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    String discipline = "[]";

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    String leave = "[]";

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    String initiatives = "[]";

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Optimistic concurrency: exposed as the ETag; 1 from the first write, since "0" means none yet. */
    @Version
    public long revision = 1;

    public Facts facts() {
        return Facts.fromJson(monthsWorked == null ? null : monthsWorked.doubleValue(), discipline, leave,
                initiatives);
    }

    /** Takes every value of {@code facts}; returns whether anything changed. */
    public boolean set(Facts facts, String by, OffsetDateTime now) {
        if (facts.equals(facts())) {
            return false;
        }
        monthsWorked = facts.monthsWorked() == null ? null : BigDecimal.valueOf(facts.monthsWorked());
        discipline = EvaluationJson.write(facts.discipline());
        leave = EvaluationJson.write(facts.leave());
        initiatives = EvaluationJson.write(facts.initiatives());
        updatedBy = by;
        updatedAt = now;
        return true;
    }
}
