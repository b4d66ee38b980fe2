package vn.thidua.award.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.rest.Paging;

import java.util.List;
import java.util.UUID;

/** Reads of stored eligibility, scoped by {@link EligibilityAccess}: whole units or one's own results. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class EligibilityQueries {

    /**
     * One cycle as the caller may see it: staff-only callers get their own row and nothing of the unit. {@code staff}
     * is one page of the {@code staffTotal} results the caller may read.
     */
    record CycleData(EligibilityCycle cycle, List<StaffEligibility> staff, long staffTotal,
            List<CollectiveEligibility> collectives, boolean whole) {
    }

    private final EligibilityAccess access;

    EligibilityQueries(EligibilityAccess access) {
        this.access = access;
    }

    CycleData cycle(UUID cycleId, Paging staffPage) {
        EligibilityCycle cycle = EligibilityCycle.findById(cycleId);
        if (cycle == null) {
            throw EligibilityProblems.cycleNotFound(cycleId);
        }
        access.requireUnit(cycle.unitCode, cycle.schoolYear);
        return data(cycle, staffPage);
    }

    List<CycleData> ofUnit(String unitCode, String schoolYear, Paging staffPage) {
        access.requireUnit(unitCode, schoolYear);
        return EligibilityCycle.ofUnit(unitCode, schoolYear).stream().map(cycle -> data(cycle, staffPage)).toList();
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

    /** A page of the staff, never the whole cycle at once: one answer's memory stays bounded whatever the school. */
    private CycleData data(EligibilityCycle cycle, Paging staffPage) {
        if (access.readsWholeUnits()) {
            return new CycleData(cycle, StaffEligibility.ofCycle(cycle.cycleId, staffPage.page(), staffPage.size()),
                    StaffEligibility.countOfCycle(cycle.cycleId), CollectiveEligibility.ofCycle(cycle.cycleId), true);
        }
        List<StaffEligibility> own = access.ownStaffId()
                .map(id -> StaffEligibility.ofStaffInCycle(cycle.cycleId, id))
                .orElse(List.of());
        return new CycleData(cycle, staffPage.page() == 0 ? own : List.of(), own.size(), List.of(), false);
    }
}
