package vn.thidua.evaluation.rules;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.thidua.platform.time.Versions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** One rule set version as award-service published it; inserted once, never updated. */
@Entity
@Table(name = "rule_set_copy")
class RuleSetCopy extends PanacheEntityBase implements Versions.Dated {

    @Id
    String version;

    @Column(name = "effective_from", nullable = false)
    LocalDate effectiveFrom;

    @Column(name = "effective_to")
    LocalDate effectiveTo;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_basis", nullable = false, columnDefinition = "jsonb")
    List<RuleSetPublished.LegalDocument> legalBasis;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    List<RuleSetPublished.Parameter> parameters;

    @Column(name = "published_by", nullable = false)
    String publishedBy;

    @Column(name = "published_at", nullable = false)
    OffsetDateTime publishedAt;

    @Column(name = "received_at", nullable = false)
    OffsetDateTime receivedAt;

    @Override
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    @Override
    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    Optional<RuleSetPublished.Parameter> parameter(String key) {
        return parameters.stream().filter(p -> key.equals(p.key())).findFirst();
    }
}
