package vn.thidua.award.eligibility;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;
import vn.thidua.contracts.Rating;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A finalized evaluation (rating + facts) as received; WITHDRAWN after a reopening until finalized again. */
@Entity
@Table(name = "evaluation_result")
class EvaluationResult extends PanacheEntityBase {

    public enum Status { FINALIZED, WITHDRAWN }

    @Id
    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @Column(name = "cycle_id", nullable = false)
    public UUID cycleId;

    @Column(name = "staff_id", nullable = false)
    public UUID staffId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Column(name = "group_code")
    public String groupCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rating rating;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Facts facts;

    @Column(name = "hire_date")
    public LocalDate hireDate;

    @Column(name = "finalized_by", nullable = false)
    public String finalizedBy;

    @Column(name = "finalized_at", nullable = false)
    public OffsetDateTime finalizedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    public StaffFacts toFacts() {
        return new StaffFacts(staffId, unitCode, SchoolYear.parse(schoolYear), groupCode, rating, facts.monthsWorked(),
                facts.discipline(), facts.leave(), facts.initiatives(), hireDate);
    }

    /**
     * The cycle's finalized results, read only: a recomputation changes none of them, and 5,000 managed copies
     * would each keep a snapshot of its facts (a JSON copy) and be dirty-checked at the commit.
     */
    public static List<EvaluationResult> finalizedOf(UUID cycleId) {
        return EvaluationResult.<EvaluationResult>find("cycleId = ?1 and status = ?2", cycleId, Status.FINALIZED)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
