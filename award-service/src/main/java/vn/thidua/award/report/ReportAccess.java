package vn.thidua.award.report;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitAccess;
import vn.thidua.platform.security.UnitTree;

import java.util.Set;

/**
 * Who reads which report: offices (district) and dashboards (viewer) their unit and every unit
 * below it, a principal the school; roles are checked on the resource. Rebuilding the read model
 * touches every unit, so only an office user of the top unit of the tree may start it.
 */
@RequestScoped
class ReportAccess {

    private final Caller caller;
    private final UnitAccess units;
    private final UnitTree tree;

    ReportAccess(Caller caller, UnitAccess units, UnitTree tree) {
        this.caller = caller;
        this.units = units;
        this.tree = tree;
    }

    /** 403 unless the caller reaches the unit; returns the unit and every unit below it. */
    Set<String> requireUnit(String unitCode) {
        units.require(unitCode);
        Set<String> subtree = tree.subtree(unitCode);
        return subtree.isEmpty() ? Set.of(unitCode) : subtree;
    }

    void requireRebuild() {
        String unit = caller.unitCode();
        if (!caller.hasRole(Roles.DISTRICT) || tree.pathToRoot(unit).size() != 1) {
            throw ReportProblems.onlyTopUnitRebuilds(unit);
        }
    }
}
