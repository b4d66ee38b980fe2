package vn.thidua.award.nomination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Quyết định khen thưởng of a school or an office; its items are the nominations that point at it. */
@Entity
@Table(name = "decision")
class Decision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(nullable = false)
    public String signer;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;
}
