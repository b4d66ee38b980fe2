package vn.thidua.evaluation.evaluation;

import vn.thidua.contracts.Rating;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Đánh giá, xếp loại: one staff member in one cycle, from self-assessment to the principal's rating. */
@Entity
@Table(name = "evaluation")
class Evaluation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cycle_id", nullable = false)
    public UUID cycleId;

    @Column(name = "staff_id", nullable = false)
    public UUID staffId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvaluationState state;

    /** The staff member's own overall rating (tự xếp loại). */
    @Enumerated(EnumType.STRING)
    @Column(name = "self_rating")
    public Rating selfRating;

    /** Only strings and enums inside, so Hibernate's own JSON mapping stores it as is. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "self_assessment", nullable = false, columnDefinition = "jsonb")
    public List<SelfAssessmentItem> selfAssessment = new ArrayList<>();

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "review_comment")
    public String reviewComment;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_rating")
    public Rating proposedRating;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_rating")
    public Rating finalRating;

    @Column(name = "finalized_by")
    public String finalizedBy;

    @Column(name = "finalized_at")
    public OffsetDateTime finalizedAt;

    @Column(name = "reopen_reason")
    public String reopenReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Optimistic concurrency: exposed as the ETag. */
    @Version
    public long revision;

    public static Optional<Evaluation> of(UUID cycleId, UUID staffId) {
        return find("cycleId = ?1 and staffId = ?2", cycleId, staffId).firstResultOptional();
    }

    /**
     * The HTXS share of a cycle's finalized ratings, leaving out {@code except} (the one being changed),
     * counted on top of {@code empty} (its limit, base and group); with a group, only the ratings of staff
     * whose record is in that group ({@code groupCode}, null: staff without a group).
     */
    public static HtxsShare share(UUID cycleId, UUID except, HtxsShare empty, boolean perGroup, String groupCode) {
        String group = !perGroup ? "" : groupCode == null
                ? " and e.staffId in (select s.id from Staff s where s.groupCode is null)"
                : " and e.staffId in (select s.id from Staff s where s.groupCode = :group)";
        var query = getEntityManager().createQuery("select e.finalRating, count(e) from Evaluation e "
                + "where e.cycleId = :cycle and e.state = :finalized and e.id <> :except" + group
                + " group by e.finalRating", Object[].class)
                .setParameter("cycle", cycleId).setParameter("finalized", EvaluationState.FINALIZED)
                .setParameter("except", except == null ? new UUID(0, 0) : except);
        if (perGroup && groupCode != null) {
            query.setParameter("group", groupCode);
        }
        HtxsShare share = empty;
        for (Object[] row : query.getResultList()) {
            if (row[0] != null) {
                share = share.with((Rating) row[0], ((Number) row[1]).intValue());
            }
        }
        return share;
    }

    /** What the audit keeps of each change: the parts of the evaluation a person acts on. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("state", state);
        snapshot.put("selfRating", selfRating);
        snapshot.put("selfAssessment", selfAssessment);
        snapshot.put("reviewComment", reviewComment);
        snapshot.put("proposedRating", proposedRating);
        snapshot.put("finalRating", finalRating);
        snapshot.put("reopenReason", reopenReason);
        return snapshot;
    }
}
