package vn.thidua.award.rules;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A stored rule set version; inserted once, never updated (the rules read {@link RuleSet}). */
@Entity
@Table(name = "rule_set")
class RuleSetVersion extends PanacheEntityBase {

    @Id
    public String version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_basis", nullable = false, columnDefinition = "jsonb")
    public List<RuleSet.LegalDocument> legalBasis;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<RuleSet.Parameter> parameters;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<RuleSet.Authority> authority;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public RuleSet.Layer layer = RuleSet.Layer.NATIONAL;

    /** The province or unit a layer is the rules of; null for a national set. */
    @Column(name = "scope_unit")
    public String scopeUnit;

    /** When the version went out on thidua.rules.v1; null until then (layers never go out: see RuleSetEvents). */
    @Column(name = "announced_at")
    public OffsetDateTime announcedAt;

    public RuleSet toRuleSet() {
        return new RuleSet(version, legalBasis, effectiveFrom, effectiveTo, parameters, authority, publishedBy,
                publishedAt, layer, scopeUnit);
    }

    public static RuleSetVersion of(RuleSet rules) {
        RuleSetVersion row = new RuleSetVersion();
        row.version = rules.version();
        row.legalBasis = rules.legalBasis();
        row.effectiveFrom = rules.effectiveFrom();
        row.effectiveTo = rules.effectiveTo();
        row.parameters = rules.parameters();
        row.authority = rules.authority();
        row.publishedBy = rules.publishedBy();
        row.publishedAt = rules.publishedAt();
        row.layer = rules.layer();
        row.scopeUnit = rules.scopeUnit();
        return row;
    }

    public static List<RuleSetVersion> allByDate() {
        return list("order by effectiveFrom");
    }
}
