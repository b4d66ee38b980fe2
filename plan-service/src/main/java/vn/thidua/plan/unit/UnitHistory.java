package vn.thidua.plan.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One change of a unit: created, updated, or moved under another parent (the 2025 reorganisation). */
@Entity
@Table(name = "unit_history")
class UnitHistory extends PanacheEntityBase {

    enum Change { CREATED, UPDATED, MOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Change change;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(nullable = false)
    public LocalDate effective;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    static UnitHistory record(Unit unit, Change change, LocalDate effective, String by, OffsetDateTime at) {
        UnitHistory entry = new UnitHistory();
        entry.code = unit.code;
        entry.change = change;
        entry.name = unit.name;
        entry.parentCode = unit.parentCode;
        entry.validFrom = unit.validFrom;
        entry.validTo = unit.validTo;
        entry.effective = effective;
        entry.changedBy = by;
        entry.changedAt = at;
        entry.persist();
        return entry;
    }

    static List<UnitHistory> of(String code) {
        return list("code = ?1 order by id", code);
    }
}
