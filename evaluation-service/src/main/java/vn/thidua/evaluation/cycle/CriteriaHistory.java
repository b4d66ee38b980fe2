package vn.thidua.evaluation.cycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The criteria a cycle had under one plan version, kept when an amendment replaced them. */
@Entity
@Table(name = "cycle_criteria_history")
class CriteriaHistory extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Item> criteria;

    @Column(name = "replaced_at", nullable = false)
    public OffsetDateTime replacedAt;

    @Embeddable
    public record Key(@Column(name = "cycle_id") UUID cycleId, @Column(name = "plan_version") int planVersion)
            implements Serializable {
    }

    public record Item(String source, String number, String text) {
    }

    public static List<CriteriaHistory> of(UUID cycleId) {
        return list("key.cycleId = ?1 order by key.planVersion", cycleId);
    }
}
