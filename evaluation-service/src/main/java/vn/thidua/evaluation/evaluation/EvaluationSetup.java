package vn.thidua.evaluation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.evaluation.common.Answers;
import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.cycle.CycleService;
import vn.thidua.evaluation.evaluation.EvaluationQueries.FactsOf;
import vn.thidua.evaluation.staff.Staff;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.time.SchoolYear;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The principal prepares a cycle's evaluations: opens them for the school's staff and records their facts. */
@ApplicationScoped
@Transactional
class EvaluationSetup {

    private static final Logger LOG = Logger.getLogger(EvaluationSetup.class);

    record Opened(int created, int existing) {
    }

    private final EvaluationAccess access;
    private final CycleService cycles;
    private final EvaluationStore store;

    EvaluationSetup(EvaluationAccess access, CycleService cycles, EvaluationStore store) {
        this.access = access;
        this.cycles = cycles;
        this.store = store;
    }

    /**
     * Opens one evaluation per staff member who works at the school at some time in the school
     * year; those already open are left as they are, so calling it again after an import only adds
     * the newcomers.
     */
    Opened open(UUID cycleId) {
        Cycle cycle = cycles.read(cycleId);
        access.requirePrincipal(cycle.unitCode);
        cycle.requireWritable();
        Cycle.getEntityManager().lock(cycle, LockModeType.PESSIMISTIC_WRITE);
        SchoolYear year = SchoolYear.parse(cycle.schoolYear);
        Set<UUID> existing = Evaluation.<Evaluation>list("cycleId", cycleId).stream().map(e -> e.staffId)
                .collect(Collectors.toSet());
        OffsetDateTime now = store.now();
        int created = 0;
        for (Staff staff : Staff.ofUnit(cycle.unitCode)) {
            if (!existing.contains(staff.id) && staff.worksDuring(year)) {
                store.create(cycle, staff, now);
                created++;
            }
        }
        EvaluationStore.flush();
        LOG.infof("Opened %d evaluations in cycle %s (%d already open)", created, cycleId, existing.size());
        return new Opened(created, existing.size());
    }

    /** Replaces the facts of a person in a cycle; opens the evaluation when it is not open yet. */
    FactsOf putFacts(UUID cycleId, UUID staffId, Long expectedRevision, Facts facts) {
        Cycle cycle = cycles.read(cycleId);
        Staff staff = store.staffOf(cycle, staffId);
        access.requirePrincipal(cycle.unitCode);
        cycle.requireWritable();
        Evaluation evaluation = lockedEvaluation(cycle, staffId);
        EvaluationFacts stored = evaluation == null ? null : EvaluationFacts.findById(evaluation.id);
        // "0": no facts yet; the first write is revision 1, so a writer holding "0" loses to it.
        long current = stored == null ? 0 : stored.revision;
        if (expectedRevision != null && expectedRevision != current) {
            throw ProblemException.preconditionFailed(current);
        }
        List<Facts.Violation> violations = facts.check();
        if (!violations.isEmpty()) {
            throw Answers.unprocessable(violations.stream().map(v -> new FieldError(v.field(), v.message())).toList());
        }
        OffsetDateTime now = store.now();
        if (evaluation == null) {
            evaluation = store.create(cycle, staff, now);
        }
        EvaluationStore.requireState(evaluation, EvaluationState.Action.EDIT_FACTS);
        Facts before = stored == null ? null : stored.facts();
        if (stored == null) {
            stored = new EvaluationFacts();
            stored.evaluationId = evaluation.id;
            stored.set(facts, access.actor(), now);
            stored.persist();
        } else if (!stored.set(facts, access.actor(), now)) {
            return FactsOf.of(cycle, staff, evaluation, stored);
        }
        EvaluationAudit.record(evaluation.id, access.actor(), now, EvaluationAudit.Action.FACTS_CHANGED,
                before == null ? null : Map.of("facts", before), Map.of("facts", facts));
        EvaluationStore.flush();
        return FactsOf.of(cycle, staff, evaluation, stored);
    }

    /**
     * The person's evaluation locked for a change of its facts, or null (then the cycle is locked, so two
     * first writers cannot both open it): concurrent writers run one after another and see each other.
     */
    private static Evaluation lockedEvaluation(Cycle cycle, UUID staffId) {
        Evaluation evaluation = Evaluation.of(cycle.id, staffId).orElse(null);
        if (evaluation == null) {
            Cycle.getEntityManager().lock(cycle, LockModeType.PESSIMISTIC_WRITE);
            evaluation = Evaluation.of(cycle.id, staffId).orElse(null);
        }
        if (evaluation != null) {
            Evaluation.getEntityManager().refresh(evaluation, LockModeType.PESSIMISTIC_WRITE);
        }
        return evaluation;
    }
}
