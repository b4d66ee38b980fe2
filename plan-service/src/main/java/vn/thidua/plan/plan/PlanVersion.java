package vn.thidua.plan.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.thidua.plan.document.PlanDocument;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One published version of a plan, never changed afterwards. */
@Entity
@Table(name = "plan_version")
class PlanVersion extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public PlanDocument document;

    /** Why this version was made (an amendment's note); null for the first. */
    public String note;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Embeddable
    public record Key(@Column(name = "plan_id") UUID planId, @Column(name = "version") int version)
            implements Serializable {
    }

    static List<PlanVersion> of(UUID planId) {
        return list("key.planId = ?1 order by key.version", planId);
    }

    static Optional<PlanVersion> of(UUID planId, int version) {
        return findByIdOptional(new Key(planId, version));
    }
}
