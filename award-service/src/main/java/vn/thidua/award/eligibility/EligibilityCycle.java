package vn.thidua.award.eligibility;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The eligibility state of one evaluation cycle. The rule set is pinned when the cycle's first
 * result arrives (the set in force on that finalization date) and kept for every later
 * recomputation of the cycle, so publishing a new set never changes a cycle already computed;
 * only an explicit recomputation re-pins it.
 */
@Entity
@Table(name = "eligibility_cycle")
public class EligibilityCycle extends PanacheEntityBase {

    @Id
    @Column(name = "cycle_id")
    public UUID cycleId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Column(name = "rule_set_version", nullable = false)
    public String ruleSetVersion;

    @Column(name = "pinned_on", nullable = false)
    public LocalDate pinnedOn;

    @Column(name = "rule_set_note")
    public String ruleSetNote;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "unit_checks", nullable = false, columnDefinition = "jsonb")
    public List<Condition> unitChecks;

    @Column(name = "computed_at", nullable = false)
    public OffsetDateTime computedAt;

    /** Recomputations of the cycle (one per batch of events at most, and each explicit one). */
    @Column(nullable = false)
    public int computations;

    /**
     * Moved on by every batch of applied events (in SQL only, never written from here, so a recomputation
     * storing this row cannot undo a concurrent batch's mark); stale while above {@link #computedRevision}.
     */
    @Column(name = "pending_revision", insertable = false, updatable = false)
    public long pendingRevision;

    /** The pending revision the stored results cover. */
    @Column(name = "computed_revision", nullable = false)
    public long computedRevision;

    /** Evaluation events applied to the cycle (read-only here, as {@link #pendingRevision}). */
    @Column(name = "events_applied", insertable = false, updatable = false)
    public int eventsApplied;

    public static List<EligibilityCycle> ofUnit(String unitCode, String schoolYear) {
        return list("unitCode = ?1 and schoolYear = ?2 order by computedAt", unitCode, schoolYear);
    }

    public static List<EligibilityCycle> ofUnits(Collection<String> unitCodes, String schoolYear) {
        return list("unitCode in ?1 and schoolYear = ?2 order by unitCode, computedAt", unitCodes, schoolYear);
    }
}
