package vn.thidua.evaluation.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.thidua.evaluation.common.AuditEntry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One change of an evaluation or its facts: who, when, what, and the changed part before and after. */
@Entity
@Table(name = "evaluation_audit")
class EvaluationAudit extends AuditEntry {

    /** What was done. */
    enum Action { CREATED, FACTS_CHANGED, SELF_ASSESSED, SUBMITTED, REVIEWED, FINALIZED, REOPENED, BULK }

    @Column(name = "evaluation_id", nullable = false)
    public UUID evaluationId;

    static void record(UUID evaluationId, String actor, OffsetDateTime at, Action action, Object before,
            Object after) {
        EvaluationAudit entry = new EvaluationAudit();
        entry.evaluationId = evaluationId;
        entry.fill(actor, at, action, before, after);
        entry.persist();
    }

    static List<EvaluationAudit> of(UUID evaluationId) {
        return list("evaluationId = ?1 order by id", evaluationId);
    }
}
