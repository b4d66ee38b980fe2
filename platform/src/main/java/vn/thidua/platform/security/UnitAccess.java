package vn.thidua.platform.security;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.util.Set;

/**
 * The unit check every endpoint makes: a caller reaches its own unit and, for an office, the units
 * below it; never a sibling school. A record with a date or a school year is reached by the units above
 * its school <em>on that date</em> (issue 11: an office dissolved on 30/06/2025 keeps its years, the commune
 * that took the school over reaches it from 01/07/2025); a record without one by today's tree.
 */
@RequestScoped
public class UnitAccess {

    private final Caller caller;
    private final UnitTree tree;
    private final DatedTree dated;

    public UnitAccess(Caller caller, UnitTree tree, DatedTree dated) {
        this.caller = caller;
        this.tree = tree;
        this.dated = dated;
    }

    /** The day a school year's records are placed in the tree: its first day (1 September); null when unreadable. */
    public static LocalDate dayOf(String schoolYear) {
        try {
            return SchoolYear.parse(schoolYear).start();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the caller reached {@code unitCode} on {@code day}; today's tree when there is no day. */
    public boolean canAccess(String unitCode, LocalDate day) {
        if (day == null) {
            return canAccess(unitCode);
        }
        return unitCode != null && dated.containsOn(caller.unitCode(), unitCode, day);
    }

    /** Whether the caller reached {@code unitCode} on the first day of {@code schoolYear} (today's tree if unreadable). */
    public boolean canAccessInYear(String unitCode, String schoolYear) {
        return canAccess(unitCode, dayOf(schoolYear));
    }

    /** Throws 403 problem details unless the caller reached {@code unitCode} on {@code day}. */
    public void require(String unitCode, LocalDate day) {
        if (!canAccess(unitCode, day)) {
            throw ProblemException.forbidden("Đơn vị " + caller.unitCode() + " không được truy cập dữ liệu của đơn vị "
                    + unitCode + (day == null ? "" : " ngày " + day) + " (your unit may not access this unit"
                    + (day == null ? "" : " on " + day) + ")");
        }
    }

    /** Throws 403 problem details unless the caller reached {@code unitCode} in {@code schoolYear}. */
    public void requireInYear(String unitCode, String schoolYear) {
        require(unitCode, dayOf(schoolYear));
    }

    /** Whether the caller reached {@code unitCode} at some time (a first check before the record's year is known). */
    public boolean reachedEver(String unitCode) {
        return unitCode != null && (canAccess(unitCode) || dated.subtreeEver(caller.unitCode()).contains(unitCode));
    }

    /** Units the caller reached at some time: its own and those ever below it (a dated list's candidates). */
    public Set<String> visibleUnitsEver() {
        Set<String> units = dated.subtreeEver(caller.unitCode());
        return units.isEmpty() ? Set.of(caller.unitCode()) : units;
    }

    /** The units above the caller's own on the first day of {@code schoolYear} (today's when unreadable), nearest first. */
    public java.util.List<String> aboveCallerInYear(String schoolYear) {
        return above(caller.unitCode(), dayOf(schoolYear));
    }

    /** The units above {@code unitCode} on {@code day} (today's tree without a day), nearest first. */
    public java.util.List<String> above(String unitCode, LocalDate day) {
        java.util.List<String> path = day == null ? tree.pathToRoot(unitCode) : dated.pathOn(unitCode, day);
        return path.isEmpty() ? java.util.List.of() : path.subList(1, path.size());
    }

    /** Units the caller reached on {@code day} (its own and those then below it); today's when there is no day. */
    public Set<String> visibleUnits(LocalDate day) {
        if (day == null) {
            return visibleUnits();
        }
        Set<String> units = dated.subtreeOn(caller.unitCode(), day);
        return units.isEmpty() ? Set.of(caller.unitCode()) : units;
    }

    /** Units the caller reached in {@code schoolYear}; today's when the year is absent or unreadable. */
    public Set<String> visibleUnitsInYear(String schoolYear) {
        return visibleUnits(schoolYear == null ? null : dayOf(schoolYear));
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
