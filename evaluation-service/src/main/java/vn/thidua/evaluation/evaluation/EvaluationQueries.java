package vn.thidua.evaluation.evaluation;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.cycle.CycleService;
import vn.thidua.evaluation.evaluation.EvaluationStore.Listed;
import vn.thidua.evaluation.staff.Staff;
import vn.thidua.evaluation.staff.StaffAccess;
import vn.thidua.platform.time.SchoolYear;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Reading evaluations: a cycle's list as the caller may see it, one evaluation, its audit, a person's facts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class EvaluationQueries {

    /** The facts of a person in a cycle: as given, as the rules see them, and the absence they count. */
    record FactsOf(Cycle cycle, Staff staff, Evaluation evaluation, Facts given, Facts effective,
            double absenceMonths, long revision) {

        static FactsOf of(Cycle cycle, Staff staff, Evaluation evaluation, EvaluationFacts stored) {
            SchoolYear year = SchoolYear.parse(cycle.schoolYear);
            Facts given = stored == null ? Facts.NONE : stored.facts();
            return new FactsOf(cycle, staff, evaluation, given,
                    given.effective(staff.hireDate, staff.activeFrom, staff.activeTo, year),
                    WorkTime.absence(given.leave(), year), stored == null ? 0 : stored.revision);
        }
    }

    private final EvaluationAccess access;
    private final CycleService cycles;
    private final EvaluationStore store;

    EvaluationQueries(EvaluationAccess access, CycleService cycles, EvaluationStore store) {
        this.access = access;
        this.cycles = cycles;
        this.store = store;
    }

    /** Every match in the list's own order (by given name); the resource sorts by {@code sort} and pages. */
    List<Listed> list(UUID cycleId, EvaluationState state, String groupCode) {
        Cycle cycle = cycles.read(cycleId);
        StaffAccess.Scope scope = access.scope(cycle);
        StringBuilder where = new StringBuilder("select e, s from Evaluation e, Staff s where s.id = e.staffId "
                + "and e.cycleId = :cycle");
        Parameters parameters = Parameters.with("cycle", cycleId);
        if (!scope.whole()) {
            if (scope.groupCode() != null) {
                if (groupCode != null && !groupCode.equals(scope.groupCode())) {
                    throw EvaluationProblems.otherGroup(scope.groupCode());
                }
                where.append(" and (s.groupCode = :ownGroup or s.userName = :self)");
                parameters.and("ownGroup", scope.groupCode()).and("self", scope.userName());
            } else {
                where.append(" and s.userName = :self");
                parameters.and("self", scope.userName());
            }
        }
        if (groupCode != null) {
            where.append(" and s.groupCode = :group");
            parameters.and("group", groupCode);
        }
        if (state != null) {
            where.append(" and e.state = :state");
            parameters.and("state", state);
        }
        var query = Evaluation.getEntityManager().createQuery(where.toString(), Object[].class);
        parameters.map().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(row -> new Listed((Evaluation) row[0], (Staff) row[1]))
                .sorted(Comparator.comparing(Listed::staff, Staff.order()))
                .toList();
    }

    Listed read(UUID id) {
        return store.visible(id);
    }

    List<EvaluationAudit> audit(UUID id) {
        return EvaluationAudit.of(store.visible(id).evaluation().id);
    }

    FactsOf facts(UUID cycleId, UUID staffId) {
        Cycle cycle = cycles.read(cycleId);
        Staff staff = store.staffOf(cycle, staffId);
        Evaluation evaluation = Evaluation.of(cycleId, staffId).orElse(null);
        EvaluationFacts stored = evaluation == null ? null : EvaluationFacts.findById(evaluation.id);
        return FactsOf.of(cycle, staff, evaluation, stored);
    }
}
