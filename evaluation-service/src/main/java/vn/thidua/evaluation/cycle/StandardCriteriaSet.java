package vn.thidua.evaluation.cycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The standard criteria one office set for one school year (see V6__standard_criteria.sql). */
@Entity
@Table(name = "standard_criteria")
class StandardCriteriaSet extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Item> criteria;

    @Column(name = "defined_by", nullable = false)
    public String definedBy;

    @Column(name = "defined_at", nullable = false)
    public OffsetDateTime definedAt;

    /** Optimistic concurrency: exposed as the ETag; 1 from the first write, since "0" means none yet. */
    @Version
    public long revision = 1;

    @Embeddable
    public record Key(@Column(name = "unit_code") String unitCode, @Column(name = "school_year") String schoolYear)
            implements Serializable {
    }

    public record Item(String number, String text) {
    }

    public static Optional<StandardCriteriaSet> of(String unitCode, String schoolYear) {
        return findByIdOptional(new Key(unitCode, schoolYear));
    }
}
