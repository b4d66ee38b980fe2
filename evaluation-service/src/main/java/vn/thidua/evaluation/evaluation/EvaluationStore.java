package vn.thidua.evaluation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.staff.Staff;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.time.TimeSource;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * What every use case of an evaluation does the same way: find it as the caller may see it, check
 * its state and revision, create it, record a change in the audit, and flush with the conflicts
 * turned into 409s.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class EvaluationStore {

    /** An evaluation with the staff member it is about. */
    record Listed(Evaluation evaluation, Staff staff) {
    }

    private final EvaluationAccess access;
    private final TimeSource time;

    EvaluationStore(EvaluationAccess access, TimeSource time) {
        this.access = access;
        this.time = time;
    }

    OffsetDateTime now() {
        return time.now();
    }

    /** The evaluation and its person, or 404 when it does not exist or is not the caller's to see. */
    Listed visible(UUID id) {
        Evaluation evaluation = Evaluation.findById(id);
        Staff staff = evaluation == null ? null : Staff.findById(evaluation.staffId);
        Cycle cycle = staff == null ? null : Cycle.findById(evaluation.cycleId);
        if (staff == null || cycle == null || !access.canRead(staff, cycle)) {
            throw EvaluationProblems.notFound(id);
        }
        return new Listed(evaluation, staff);
    }

    /** A staff member of the cycle's school whom the caller may see; 404 otherwise. */
    Staff staffOf(Cycle cycle, UUID staffId) {
        Staff staff = Staff.findById(staffId);
        if (staff == null || !staff.unitCode.equals(cycle.unitCode) || !access.canRead(staff, cycle)) {
            throw EvaluationProblems.staffNotFound(staffId);
        }
        return staff;
    }

    /** The evaluation's cycle, while it is open to changes (409 otherwise). */
    Cycle writableCycle(Evaluation evaluation) {
        Cycle cycle = Cycle.findById(evaluation.cycleId);
        cycle.requireWritable();
        return cycle;
    }

    Evaluation create(Cycle cycle, Staff staff, OffsetDateTime now) {
        Evaluation evaluation = new Evaluation();
        evaluation.id = TimeOrderedIds.next();
        evaluation.cycleId = cycle.id;
        evaluation.staffId = staff.id;
        evaluation.unitCode = cycle.unitCode;
        evaluation.state = EvaluationState.DRAFT;
        evaluation.createdAt = now;
        evaluation.updatedAt = now;
        evaluation.persist();
        EvaluationAudit.record(evaluation.id, access.actor(), now, EvaluationAudit.Action.CREATED, null,
                evaluation.snapshot());
        return evaluation;
    }

    /** Records a change made to the evaluation since {@code before} and flushes it. */
    Listed changed(Listed listed, Map<String, Object> before, EvaluationAudit.Action action) {
        Evaluation evaluation = listed.evaluation();
        OffsetDateTime now = now();
        evaluation.updatedAt = now;
        EvaluationAudit.record(evaluation.id, access.actor(), now, action, before, evaluation.snapshot());
        flush();
        return listed;
    }

    static void requireState(Evaluation evaluation, EvaluationState.Action action) {
        if (!evaluation.state.allows(action)) {
            throw EvaluationProblems.illegalTransition(evaluation.state, action);
        }
    }

    /** Locks and re-reads the evaluation first, so of concurrent writers naming one revision exactly one passes. */
    static void requireRevision(Evaluation evaluation, Long expected, boolean required) {
        Evaluation.getEntityManager().refresh(evaluation, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(expected, evaluation.revision, required);
    }

    static void flush() {
        try {
            Evaluation.flush();
        } catch (OptimisticLockException e) {
            throw EvaluationProblems.changedMeanwhile();
        } catch (PersistenceException e) {
            throw EvaluationProblems.openedMeanwhile();
        }
    }
}
