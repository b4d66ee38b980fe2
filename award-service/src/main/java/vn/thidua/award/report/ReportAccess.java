package vn.thidua.award.report;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.DatedTree;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitAccess;
import vn.thidua.platform.security.UnitTree;

import vn.thidua.platform.time.SchoolYear;

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
    private final DatedTree dated;

    ReportAccess(Caller caller, UnitAccess units, UnitTree tree, DatedTree dated) {
        this.caller = caller;
        this.units = units;
        this.tree = tree;
        this.dated = dated;
    }

    /**
     * 403 unless the caller reached the unit in {@code year}; returns the unit and every unit below it on the year's
     * first day (issue 11: a report of 2024-2025 counts the schools then under the office).
     */
    Set<String> requireUnit(String unitCode, SchoolYear year) {
        units.require(unitCode, year.start());
        Set<String> subtree = dated.subtreeOn(unitCode, year.start());
        return subtree.isEmpty() ? Set.of(unitCode) : subtree;
    }

    void requireRebuild() {
        String unit = caller.unitCode();
        if (!caller.hasRole(Roles.DISTRICT) || tree.pathToRoot(unit).size() != 1) {
            throw ReportProblems.onlyTopUnitRebuilds(unit);
        }
    }
}
