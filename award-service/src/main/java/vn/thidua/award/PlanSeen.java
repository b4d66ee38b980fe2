package vn.thidua.award;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A published plan version as award-service learnt it from the plan events. */
@Entity
@Table(name = "plan_seen")
public class PlanSeen extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Column(nullable = false)
    public String title;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Embeddable
    public record Key(@Column(name = "plan_id") UUID planId, @Column(name = "version") int version)
            implements Serializable {
    }

    public static List<PlanSeen> ofUnits(Collection<String> unitCodes) {
        return list("unitCode in ?1 order by receivedAt", unitCodes);
    }
}
