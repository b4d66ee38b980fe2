package vn.thidua.award.eligibility;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.thidua.award.rules.Title;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The stored eligibility of a collective (professional group or the school) in one cycle. */
@Entity
@Table(name = "collective_eligibility")
public class CollectiveEligibility extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Column(nullable = false)
    public int members;

    @Column(name = "rule_set_version", nullable = false)
    public String ruleSetVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Title> eligible;

    @Convert(converter = ExplanationText.class)
    @Column(nullable = false, columnDefinition = "text")
    public List<TitleCheck> explanation;

    /** When what the row says last changed: an unchanged row is not rewritten by a recomputation. */
    @Column(name = "computed_at", nullable = false)
    public OffsetDateTime computedAt;

    /** Digest of the row's content, compared by the next recomputation. */
    @Column
    public String digest;

    /** 1 when first written, one more at each rewrite. */
    @Column(nullable = false)
    public int revision;

    @Embeddable
    public record Key(@Column(name = "cycle_id") UUID cycleId, @Column(name = "code") String code,
            @Enumerated(EnumType.STRING) @Column(name = "kind") CollectiveResult.Kind kind) implements Serializable {
    }

    public static List<CollectiveEligibility> ofCycle(UUID cycleId) {
        return list("key.cycleId = ?1 order by key.kind, key.code", cycleId);
    }
}
