package vn.thidua.award.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Reads of stored eligibility, scoped by {@link EligibilityAccess}: whole units or one's own results. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class EligibilityQueries {

    /** One cycle as the caller may see it: staff-only callers get their own row and nothing of the unit. */
    record CycleData(EligibilityCycle cycle, List<StaffEligibility> staff,
            List<CollectiveEligibility> collectives, boolean whole) {
    }

    private final EligibilityAccess access;

    EligibilityQueries(EligibilityAccess access) {
        this.access = access;
    }

    CycleData cycle(UUID cycleId) {
        EligibilityCycle cycle = EligibilityCycle.findById(cycleId);
        if (cycle == null) {
            throw EligibilityProblems.cycleNotFound(cycleId);
        }
        access.requireUnit(cycle.unitCode, cycle.schoolYear);
        return data(cycle);
    }

    List<CycleData> ofUnit(String unitCode, String schoolYear) {
        access.requireUnit(unitCode, schoolYear);
        return EligibilityCycle.ofUnit(unitCode, schoolYear).stream().map(this::data).toList();
    }

    /** Every stored result of one staff member, all years: the history behind CSTĐ titles. */
    List<StaffEligibility> ofStaff(UUID staffId) {
        List<StaffEligibility> rows = StaffEligibility.ofStaff(staffId);
        if (rows.isEmpty()) {
            throw EligibilityProblems.staffNotFound(staffId);
        }
        List<StaffEligibility> visible = rows.stream().filter(r -> access.canReadStaff(staffId, r.unitCode, r.schoolYear)).toList();
        if (visible.isEmpty()) {
            throw EligibilityProblems.notYourResults();
        }
        return visible;
    }

    private CycleData data(EligibilityCycle cycle) {
        if (access.readsWholeUnits()) {
            return new CycleData(cycle, StaffEligibility.ofCycle(cycle.cycleId),
                    CollectiveEligibility.ofCycle(cycle.cycleId), true);
        }
        List<StaffEligibility> own = access.ownStaffId()
                .map(id -> StaffEligibility.ofCycle(cycle.cycleId).stream().filter(s -> s.key.staffId().equals(id))
                        .toList())
                .orElse(List.of());
        return new CycleData(cycle, own, List.of(), false);
    }
}
