package vn.thidua.plan;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.platform.problem.ProblemException;
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
public class PlanAccess {

    private static final Set<String> MANAGERS = Set.of(Roles.DISTRICT, Roles.PRINCIPAL);

    private final Caller caller;
    private final UnitAccess units;
    private final UnitTree tree;

    public PlanAccess(Caller caller, UnitAccess units, UnitTree tree) {
        this.caller = caller;
        this.units = units;
        this.tree = tree;
    }

    public boolean isManager() {
        return caller.roles().stream().anyMatch(MANAGERS::contains);
    }

    public boolean canRead(Plan plan) {
        if (units.canAccess(plan.unitCode)) {
            return isManager() || !plan.isDraft();
        }
        return !plan.isDraft() && aboveCaller().contains(plan.unitCode);
    }

    /** 404 rather than 403 for a plan the caller may not read, so ids of other schools leak nothing. */
    public Plan requireRead(Plan plan, UUID id) {
        if (plan == null || !canRead(plan)) {
            throw ProblemException.notFound("Kế hoạch (plan)", id);
        }
        return plan;
    }

    public void requireManage(String unitCode) {
        if (!isManager()) {
            throw ProblemException.forbidden("Chỉ hiệu trưởng hoặc phòng giáo dục quản lý kế hoạch "
                    + "(only a principal or an office manages plans)");
        }
        units.require(unitCode);
    }

    /** Units whose plans of any status the caller may list; the rest are listed only when published. */
    public Set<String> managedOrOwnUnits() {
        return units.visibleUnits();
    }

    /** The caller's ancestors (the offices above), whose published plans it follows. */
    public List<String> aboveCaller() {
        return above(caller.unitCode());
    }

    /** The units above {@code unitCode}, nearest first. */
    public List<String> above(String unitCode) {
        List<String> path = tree.pathToRoot(unitCode);
        return path.isEmpty() ? List.of() : path.subList(1, path.size());
    }

    public String who() {
        return caller.name();
    }
}
