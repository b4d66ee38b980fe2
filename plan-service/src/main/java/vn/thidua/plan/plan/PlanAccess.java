package vn.thidua.plan.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitAccess;
import vn.thidua.platform.security.UnitTree;

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
    private final UnitTree tree;

    PlanAccess(Caller caller, UnitAccess units, UnitTree tree) {
        this.caller = caller;
        this.units = units;
        this.tree = tree;
    }

    boolean isManager() {
        return caller.roles().stream().anyMatch(MANAGERS::contains);
    }

    boolean canRead(Plan plan) {
        if (units.canAccess(plan.unitCode)) {
            return isManager() || !plan.isDraft();
        }
        return !plan.isDraft() && aboveCaller().contains(plan.unitCode);
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
        requireManage(plan.unitCode);
        ETags.check(expectedRevision, plan.revision, revisionRequired);
        return plan;
    }

    void requireManage(String unitCode) {
        if (!isManager()) {
            throw PlanProblems.managersOnly();
        }
        units.require(unitCode);
    }

    /** Units whose plans of any status the caller may list; the rest are listed only when published. */
    Set<String> managedOrOwnUnits() {
        return units.visibleUnits();
    }

    /** The caller's ancestors (the offices above), whose published plans it follows. */
    List<String> aboveCaller() {
        return above(caller.unitCode());
    }

    /** The units above {@code unitCode}, nearest first. */
    List<String> above(String unitCode) {
        List<String> path = tree.pathToRoot(unitCode);
        return path.isEmpty() ? List.of() : path.subList(1, path.size());
    }

    String who() {
        return caller.name();
    }
}
