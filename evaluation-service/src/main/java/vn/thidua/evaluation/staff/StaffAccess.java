package vn.thidua.evaluation.staff;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitAccess;

import java.util.Optional;
import java.util.Set;

/**
 * Who sees which staff records (DESIGN.md, "Who uses it"): offices read the schools below them;
 * the principal, the council and the school's own software read the whole school; a group leader
 * reads the group of their own record; a staff member reads only their own record. Only the
 * principal edits, and the principal or the school app imports, and only for their own school.
 */
@RequestScoped
public class StaffAccess {

    /** Roles that read every record of the units they reach. */
    public static final Set<String> WHOLE_UNIT_READERS = Set.of(Roles.DISTRICT, Roles.PRINCIPAL, Roles.COUNCIL,
            Roles.SCHOOL_APP);

    /** What of one unit the caller sees: all of it, one group, or one person. */
    public record Scope(boolean whole, String groupCode, String userName) {
    }

    private final Caller caller;
    private final UnitAccess units;
    private Optional<Staff> own;

    public StaffAccess(Caller caller, UnitAccess units) {
        this.caller = caller;
        this.units = units;
    }

    public boolean readsWholeUnits() {
        return WHOLE_UNIT_READERS.stream().anyMatch(caller::hasRole);
    }

    /** The scope in {@code unitCode}; 403 when the unit is out of the caller's reach. */
    public Scope scope(String unitCode) {
        units.require(unitCode);
        return scopeWithin(unitCode);
    }

    private Scope scopeWithin(String unitCode) {
        if (readsWholeUnits()) {
            return new Scope(true, null, null);
        }
        if (!unitCode.equals(caller.unitCode())) {
            throw StaffProblems.otherUnit();
        }
        String group = caller.hasRole(Roles.GROUP_LEAD) ? own().map(s -> s.groupCode).orElse(null) : null;
        // A group leader without a group on record is, for reading, one staff member.
        return group != null ? new Scope(false, group, caller.name()) : new Scope(false, null, caller.name());
    }

    /**
     * The scope in {@code unitCode} for the records of {@code schoolYear} (a cycle's): the units above the school in
     * that year reach them (issue 11); 403 when the unit was out of the caller's reach then.
     */
    public Scope scope(String unitCode, String schoolYear) {
        units.requireInYear(unitCode, schoolYear);
        return scopeWithin(unitCode);
    }

    /** Whether the caller reads {@code staff}'s records of {@code schoolYear} in {@code unitCode} (a cycle's school). */
    public boolean canRead(Staff staff, String unitCode, String schoolYear) {
        if (readsWholeUnits()) {
            return units.canAccessInYear(unitCode, schoolYear);
        }
        return canRead(staff);
    }

    public boolean canRead(Staff staff) {
        if (readsWholeUnits()) {
            return units.canAccess(staff.unitCode);
        }
        if (!staff.unitCode.equals(caller.unitCode())) {
            return false;
        }
        if (isOwn(staff)) {
            return true;
        }
        String group = caller.hasRole(Roles.GROUP_LEAD) ? own().map(s -> s.groupCode).orElse(null) : null;
        return group != null && group.equals(staff.groupCode);
    }

    /**
     * The personal code (CCCD, mã số viên chức) whole: the person themselves, the principal of the record's school,
     * an office above it. The council, group leaders and the school's software read it masked (platform PersonCodes.mask):
     * they need to know the person, not their national number.
     */
    public boolean seesPersonCode(Staff staff) {
        return isOwn(staff) || caller.actsAs(Roles.PRINCIPAL, staff.unitCode)
                || (caller.hasRole(Roles.DISTRICT) && units.canAccess(staff.unitCode));
    }

    /** Create, edit and deactivate: the principal of that school. */
    public void requireManage(String unitCode) {
        if (!caller.actsAs(Roles.PRINCIPAL, unitCode)) {
            throw StaffProblems.notPrincipal(unitCode);
        }
    }

    /** Import: the principal or the school's own software (school_app), for their own school only. */
    public void requireImport(String unitCode) {
        boolean role = caller.hasRole(Roles.PRINCIPAL) || caller.hasRole(Roles.SCHOOL_APP);
        if (!role || !unitCode.equals(caller.unitCode())) {
            throw StaffProblems.notImporter(unitCode);
        }
    }

    /**
     * Move to another school: an office (district role) that reaches both schools — the district office for
     * two of its schools, the province for schools under two offices. A school never moves anyone.
     */
    public void requireMove(String fromUnit, String toUnit) {
        if (!caller.hasRole(Roles.DISTRICT) || !units.canAccess(fromUnit) || !units.canAccess(toUnit)) {
            throw StaffProblems.notMover(fromUnit, toUnit);
        }
    }

    public String unitCode() {
        return caller.unitCode();
    }

    private boolean isOwn(Staff staff) {
        return staff.userName != null && staff.userName.equals(caller.name())
                && staff.unitCode.equals(caller.unitCode());
    }

    /** The caller's own record in its unit, found by the token's upn. */
    private Optional<Staff> own() {
        if (own == null) {
            String name = caller.name();
            own = name == null ? Optional.empty() : Staff.ofUser(caller.unitCode(), name);
        }
        return own;
    }
}
