package vn.thidua.evaluation.evaluation;

import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.staff.Staff;
import vn.thidua.evaluation.staff.StaffAccess;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitAccess;

import java.util.Optional;

/**
 * Who does what with evaluations. Reading follows the staff records ({@link StaffAccess}): offices
 * the schools below them, principal, council and school app the whole school, a group leader
 * their group, staff their own. Writing: the person self-assesses their own; the leader of the
 * person's group (or the principal, for leaders themselves and people without a group) reviews;
 * the principal of the school sets facts, finalises and reopens; the principal or the school app
 * posts in bulk.
 */
@RequestScoped
class EvaluationAccess {

    private final Caller caller;
    private final UnitAccess units;
    private final StaffAccess staff;
    private Optional<Staff> own;

    EvaluationAccess(Caller caller, UnitAccess units, StaffAccess staff) {
        this.caller = caller;
        this.units = units;
        this.staff = staff;
    }

    public boolean canRead(Staff person) {
        return staff.canRead(person);
    }

    /** Whether the caller reads {@code person}'s evaluation in {@code cycle}: the cycle's school in its year (issue 11). */
    public boolean canRead(Staff person, Cycle cycle) {
        return staff.canRead(person, cycle.unitCode, cycle.schoolYear);
    }

    /** What of a cycle's evaluations the caller sees; 403 when its school was out of reach in its school year. */
    public StaffAccess.Scope scope(Cycle cycle) {
        return staff.scope(cycle.unitCode, cycle.schoolYear);
    }

    public boolean isOwn(Staff person) {
        return person.userName != null && person.userName.equals(caller.name())
                && person.unitCode.equals(caller.unitCode());
    }

    public void requireOwn(Staff person) {
        if (!isOwn(person)) {
            throw EvaluationProblems.notOwn();
        }
    }

    public void requireReviewer(Staff person) {
        if (isPrincipalOf(person.unitCode)) {
            return;
        }
        String group = caller.hasRole(Roles.GROUP_LEAD) && person.unitCode.equals(caller.unitCode())
                ? own().map(s -> s.groupCode).orElse(null) : null;
        if (group == null || !group.equals(person.groupCode) || isOwn(person)) {
            throw EvaluationProblems.notReviewer(person);
        }
    }

    public void requirePrincipal(String unitCode) {
        if (!isPrincipalOf(unitCode)) {
            throw EvaluationProblems.notPrincipal(unitCode);
        }
    }

    /** Bulk posting: the principal or the school's own software, for their own school. */
    public void requireBulk(String unitCode) {
        boolean role = caller.hasRole(Roles.PRINCIPAL) || caller.hasRole(Roles.SCHOOL_APP);
        if (!role || !unitCode.equals(caller.unitCode())) {
            throw EvaluationProblems.notBulkPoster(unitCode);
        }
    }

    /** Who acts, for the audit and the events: the token's user, else its unit. */
    public String actor() {
        return caller.actor();
    }

    /** Whether the caller's unit reaches {@code unitCode} (for 403 before anything else). */
    public void requireUnit(String unitCode) {
        units.require(unitCode);
    }

    private boolean isPrincipalOf(String unitCode) {
        return caller.hasRole(Roles.PRINCIPAL) && unitCode.equals(caller.unitCode());
    }

    private Optional<Staff> own() {
        if (own == null) {
            String name = caller.name();
            own = name == null ? Optional.empty() : Staff.ofUser(caller.unitCode(), name);
        }
        return own;
    }
}
