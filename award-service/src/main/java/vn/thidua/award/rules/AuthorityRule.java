package vn.thidua.award.rules;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One row of the dated authority table (thẩm quyền quyết định), migration V10; read only. */
@Entity
@Table(name = "authority_rule")
class AuthorityRule extends PanacheEntityBase {

    @Embeddable
    record Key(@Enumerated(EnumType.STRING) @Column(name = "title") Title title,
            @Column(name = "recipient") String recipient, @Column(name = "valid_from") LocalDate validFrom)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "decided_at", nullable = false)
    public String decidedAt;

    @Column(nullable = false)
    public String decider;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public boolean verified;

    AuthorityRules.Row toRow() {
        return new AuthorityRules.Row(key.title(), key.recipient(), key.validFrom(), validTo, decidedAt, decider, source,
                verified);
    }

    static List<AuthorityRule> ordered() {
        return list("order by key.title, key.recipient, key.validFrom");
    }
}
