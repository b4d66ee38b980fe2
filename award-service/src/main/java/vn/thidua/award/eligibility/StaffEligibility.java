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
import vn.thidua.contracts.Rating;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The stored eligibility of one staff member in one cycle, with every condition checked. */
@Entity
@Table(name = "staff_eligibility")
public class StaffEligibility extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "evaluation_id", nullable = false)
    public UUID evaluationId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Column(name = "group_code")
    public String groupCode;

    @Column(name = "rule_set_version", nullable = false)
    public String ruleSetVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rating rating;

    @Enumerated(EnumType.STRING)
    @Column(name = "effective_rating", nullable = false)
    public Rating effectiveRating;

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
    public record Key(@Column(name = "cycle_id") UUID cycleId, @Column(name = "staff_id") UUID staffId)
            implements Serializable {
    }

    /** A staff member's titles in a cycle, without the explanation. */
    public record Eligible(UUID staffId, List<Title> titles) {
    }

    /**
     * Every staff member of the cycle with the titles they are eligible for, by staff id: the rows without their
     * explanations (a 5,000-staff cycle's are ~55 MB of JSON, more than a heap of 256 MB holds read and parsed).
     */
    @SuppressWarnings("unchecked")
    public static List<Eligible> eligibleOfCycle(UUID cycleId) {
        return getEntityManager().createQuery("""
                select s.key.staffId, s.eligible from StaffEligibility s where s.key.cycleId = ?1
                order by s.key.staffId""", Object[].class).setParameter(1, cycleId).getResultStream()
                .map(row -> new Eligible((UUID) row[0], (List<Title>) row[1])).toList();
    }

    /** One page of a cycle's results, by staff id (a 5,000-staff cycle's explanations are ~55 MB of JSON). */
    public static List<StaffEligibility> ofCycle(UUID cycleId, int page, int size) {
        return find("key.cycleId = ?1 order by key.staffId", cycleId).page(page, size).list();
    }

    public static long countOfCycle(UUID cycleId) {
        return count("key.cycleId = ?1", cycleId);
    }

    public static List<StaffEligibility> ofStaffInCycle(UUID cycleId, UUID staffId) {
        return list("key.cycleId = ?1 and key.staffId = ?2", cycleId, staffId);
    }

    public static List<StaffEligibility> ofStaff(UUID staffId) {
        return list("key.staffId = ?1 order by schoolYear, computedAt", staffId);
    }

    /** Results of these people in school years before {@code schoolYear} ("2023-2024" sorts as text). */
    public static List<StaffEligibility> earlier(Collection<UUID> staffIds, String schoolYear) {
        return list("key.staffId in ?1 and schoolYear < ?2", staffIds, schoolYear);
    }
}
