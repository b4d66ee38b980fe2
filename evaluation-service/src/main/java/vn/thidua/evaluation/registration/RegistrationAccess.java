package vn.thidua.evaluation.registration;

import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.staff.Staff;
import vn.thidua.evaluation.staff.StaffAccess;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitAccess;

import java.util.Optional;
import java.util.UUID;

/**
 * Who sees and changes which registrations. Offices read the schools below them; the principal,
 * the council and the school app read the whole school; a group leader reads their group's
 * registrations and the group's collective one; staff read their own. A person writes their own;
 * a group leader also their group's collective registration; the principal of the school writes
 * any, and alone after the deadline.
 *
 * <p>A person is the token's {@code staff} claim (the staff id, as award-service reads it) when the
 * token has one, else the staff record whose account is the token's upn (as {@link StaffAccess}).
 */
@RequestScoped
class RegistrationAccess {

    private final Caller caller;
    private final UnitAccess units;
    private Optional<Staff> own;

    RegistrationAccess(Caller caller, UnitAccess units) {
        this.caller = caller;
        this.units = units;
    }

    public boolean readsWholeUnits() {
        return StaffAccess.WHOLE_UNIT_READERS.stream().anyMatch(caller::hasRole);
    }

    /**
     * 403 unless the caller reached the cycle's school in its school year (issue 11); people other than whole-unit
     * readers only their own school.
     */
    public void requireUnit(Cycle cycle) {
        String unitCode = cycle.unitCode;
        units.requireInYear(unitCode, cycle.schoolYear);
        if (!readsWholeUnits() && !unitCode.equals(caller.unitCode())) {
            throw RegistrationProblems.otherUnit();
        }
    }

    public boolean isOwn(Staff person) {
        if (!person.unitCode.equals(caller.unitCode())) {
            return false;
        }
        Optional<UUID> claimed = caller.staffId();
        if (claimed.isPresent()) {
            return claimed.get().equals(person.id);
        }
        return person.userName != null && person.userName.equals(caller.name());
    }

    /** The group the caller leads: a group_lead token and the group on the caller's own record. */
    public Optional<String> ledGroup() {
        return caller.hasRole(Roles.GROUP_LEAD) ? own().map(s -> s.groupCode) : Optional.empty();
    }

    /** Whether the caller reads {@code person}'s registration in {@code cycle}: its school in its year (issue 11). */
    public boolean canRead(Staff person, Cycle cycle) {
        if (readsWholeUnits()) {
            return units.canAccessInYear(cycle.unitCode, cycle.schoolYear);
        }
        return canRead(person);
    }

    public boolean canRead(Staff person) {
        if (readsWholeUnits()) {
            return units.canAccess(person.unitCode);
        }
        return isOwn(person) || person.unitCode.equals(caller.unitCode()) && person.groupCode != null
                && ledGroup().filter(person.groupCode::equals).isPresent();
    }

    public boolean canReadGroup(Cycle cycle, String groupCode) {
        String unitCode = cycle.unitCode;
        if (readsWholeUnits()) {
            return units.canAccessInYear(unitCode, cycle.schoolYear);
        }
        return unitCode.equals(caller.unitCode()) && ledGroup().filter(groupCode::equals).isPresent();
    }

    /** The person themselves or the principal of their school. */
    public void requireWrite(Staff person) {
        if (!isOwn(person) && !isPrincipalOf(person.unitCode)) {
            throw RegistrationProblems.notTheRegistrant();
        }
    }

    /** The leader of the group or the principal of the school. */
    public void requireWriteGroup(String unitCode, String groupCode) {
        boolean leader = unitCode.equals(caller.unitCode()) && ledGroup().filter(groupCode::equals).isPresent();
        if (!leader && !isPrincipalOf(unitCode)) {
            throw RegistrationProblems.notTheGroupLeader(groupCode);
        }
    }

    public boolean isPrincipalOf(String unitCode) {
        return caller.hasRole(Roles.PRINCIPAL) && unitCode.equals(caller.unitCode());
    }

    public void requirePrincipal(String unitCode) {
        if (!isPrincipalOf(unitCode)) {
            throw RegistrationProblems.notPrincipal(unitCode);
        }
    }

    /** Who acts, for the history and the events: the token's user, else its unit. */
    public String actor() {
        return caller.actor();
    }

    private Optional<Staff> own() {
        if (own == null) {
            Optional<UUID> claimed = caller.staffId();
            if (claimed.isPresent()) {
                own = Staff.<Staff>findByIdOptional(claimed.get()).filter(s -> s.unitCode.equals(caller.unitCode()));
            } else {
                String name = caller.name();
                own = name == null ? Optional.empty() : Staff.ofUser(caller.unitCode(), name);
            }
        }
        return own;
    }
}
