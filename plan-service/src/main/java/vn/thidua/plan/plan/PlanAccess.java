package vn.thidua.plan.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitAccess;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what with plans: office users and principals manage the plans of their unit and the
 * units below; everyone else reads published plans of their unit; and every unit reads the
 * published plans of the offices above it (the plans it must follow).
 */
@RequestScoped
class PlanAccess {

    private static final Set<String> MANAGERS = Set.of(Roles.DISTRICT, Roles.PRINCIPAL);

    private final Caller caller;
    private final UnitAccess units;
    PlanAccess(Caller caller, UnitAccess units) {
        this.caller = caller;
        this.units = units;
    }

    boolean isManager() {
        return caller.roles().stream().anyMatch(MANAGERS::contains);
    }

    /** A plan is read by the units above its unit in its school year (issue 11), and by those its unit followed then. */
    boolean canRead(Plan plan) {
        if (units.canAccessInYear(plan.unitCode, plan.schoolYear)) {
            return isManager() || !plan.isDraft();
        }
        return !plan.isDraft() && aboveCaller(plan.schoolYear).contains(plan.unitCode);
    }

    /** 404 rather than 403 for a plan the caller may not read, so ids of other schools leak nothing. */
    Plan requireRead(Plan plan, UUID id) {
        if (plan == null || !canRead(plan)) {
            throw PlanProblems.notFound(id);
        }
        return plan;
    }

    /**
     * The plan for a change by the caller: readable (else 404), of a unit it manages (else 403), and at the
     * revision it names ({@link ETags#check}: 412 when stale, 428 when required and missing). The row is
     * locked first, so of concurrent writers naming one revision exactly one passes the check.
     */
    Plan requireManaged(UUID id, Long expectedRevision, boolean revisionRequired) {
        Plan plan = requireRead(Plan.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        requireManage(plan.unitCode, plan.schoolYear);
        ETags.check(expectedRevision, plan.revision, revisionRequired);
        return plan;
    }

    /** Managing the plans of {@code unitCode} for {@code schoolYear}: a manager above the unit in that year. */
    void requireManage(String unitCode, String schoolYear) {
        if (!isManager()) {
            throw PlanProblems.managersOnly();
        }
        units.requireInYear(unitCode, schoolYear);
    }

    /** Before the school year of an import is read: a manager who reached the unit at some time (checked again). */
    void requireManageSomeYear(String unitCode) {
        if (!isManager()) {
            throw PlanProblems.managersOnly();
        }
        if (!units.reachedEver(unitCode)) {
            units.require(unitCode);
        }
    }

    /** Units whose plans of any status the caller may list for {@code schoolYear} (today's tree without one). */
    Set<String> managedOrOwnUnits(String schoolYear) {
        return units.visibleUnitsInYear(schoolYear);
    }

    /** The caller's ancestors in {@code schoolYear} (the offices above then), whose published plans it follows. */
    List<String> aboveCaller(String schoolYear) {
        return schoolYear == null ? above(caller.unitCode(), null) : units.aboveCallerInYear(schoolYear);
    }

    /** The units above {@code unitCode} in {@code schoolYear} (today's without one), nearest first. */
    List<String> above(String unitCode, String schoolYear) {
        return units.above(unitCode, schoolYear == null ? null : UnitAccess.dayOf(schoolYear));
    }

    String who() {
        return caller.name();
    }
}
