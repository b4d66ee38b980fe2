package vn.thidua.evaluation.cycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The evaluation cycle of one school and school year, opened when its plan is published. */
@Entity
@Table(name = "cycle")
public class Cycle extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Column(name = "plan_id", nullable = false, unique = true)
    public UUID planId;

    @Column(name = "plan_version", nullable = false)
    public int planVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CycleStatus status;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    /** Hạn đăng ký thi đua (included), set by the principal; null: registrations stay open. */
    @Column(name = "registration_deadline")
    public LocalDate registrationDeadline;

    @ElementCollection
    @CollectionTable(name = "cycle_criterion", joinColumns = @JoinColumn(name = "cycle_id"))
    @OrderColumn(name = "position")
    public List<Criterion> criteria = new ArrayList<>();

    @Version
    public long revision;

    /** Evaluations and registrations change while the cycle is open or at its midterm review; 409 otherwise. */
    public void requireWritable() {
        if (status != CycleStatus.OPEN && status != CycleStatus.MIDTERM_REVIEW) {
            throw CycleProblems.readOnly(this);
        }
    }

    static Optional<Cycle> ofPlan(UUID planId) {
        return find("planId", planId).firstResultOptional();
    }

    /** The cycle holding a unit's school year: any but a withdrawn one (one cycle per school and school year). */
    static Optional<Cycle> holding(String unitCode, String schoolYear) {
        return find("unitCode = ?1 and schoolYear = ?2 and status <> ?3 order by openedAt", unitCode, schoolYear,
                CycleStatus.WITHDRAWN).firstResultOptional();
    }

    static List<Cycle> ofUnits(Collection<String> unitCodes) {
        return list("unitCode in ?1 order by schoolYear desc, unitCode", unitCodes);
    }
}
