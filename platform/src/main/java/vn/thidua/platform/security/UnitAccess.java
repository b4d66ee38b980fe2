package vn.thidua.platform.security;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.platform.problem.ProblemException;

import java.util.Set;

/**
 * The unit check every endpoint makes: a caller reaches its own unit and, for an office, the units
 * below it; never a sibling school.
 */
@RequestScoped
public class UnitAccess {

    private final Caller caller;
    private final UnitTree tree;

    public UnitAccess(Caller caller, UnitTree tree) {
        this.caller = caller;
        this.tree = tree;
    }

    public boolean canAccess(String unitCode) {
        return unitCode != null && tree.contains(caller.unitCode(), unitCode);
    }

    /** Throws 403 problem details unless the caller may reach {@code unitCode}. */
    public void require(String unitCode) {
        if (!canAccess(unitCode)) {
            throw ProblemException.forbidden("Đơn vị " + caller.unitCode() + " không được truy cập dữ liệu của đơn vị "
                    + unitCode + " (your unit may not access this unit)");
        }
    }

    /** Units the caller may read: its own and those below it. */
    public Set<String> visibleUnits() {
        Set<String> units = tree.subtree(caller.unitCode());
        return units.isEmpty() ? Set.of(caller.unitCode()) : units;
    }
}
