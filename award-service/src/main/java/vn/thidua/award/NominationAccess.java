package vn.thidua.award;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.award.NominationRules.NomineeType;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitAccess;

import java.util.Set;

/**
 * Who reads and changes nominations. Principals run their own school: nominate, submit, decide what
 * is within the school's authority, revoke the school's decisions. Offices ({@code district}) read
 * the nominations and submissions of the schools below them and decide, approve or reject the items
 * whose deciding unit is at or below their own. The council and dashboards read the units they
 * reach; staff and group leaders read only nominations of themselves (token claim {@code staff}).
 * A record the caller may not read answers 404 (its existence is not told); a change of a record
 * of another unit answers 403.
 */
@RequestScoped
public class NominationAccess {

    private final Caller caller;
    private final UnitAccess units;
    private final EligibilityAccess eligibility;

    public NominationAccess(Caller caller, UnitAccess units, EligibilityAccess eligibility) {
        this.caller = caller;
        this.units = units;
        this.eligibility = eligibility;
    }

    public String unit() {
        return caller.unitCode();
    }

    public String actor() {
        return caller.actor();
    }

    /** Whether the caller reads whole units (else only nominations of themselves). */
    public boolean readsWholeUnits() {
        return eligibility.readsWholeUnits();
    }

    public boolean canRead(Nomination nomination) {
        if (readsWholeUnits()) {
            return units.canAccess(nomination.unitCode);
        }
        return nomination.nomineeType == NomineeType.STAFF && nomination.unitCode.equals(caller.unitCode())
                && eligibility.ownStaffId().map(id -> id.toString().equalsIgnoreCase(nomination.nomineeId))
                        .orElse(false);
    }

    public boolean canRead(Submission submission) {
        return readsWholeUnits() && units.canAccess(submission.fromUnitCode);
    }

    public boolean canRead(Decision decision, Iterable<Nomination> items) {
        if (readsWholeUnits() && units.canAccess(decision.unitCode)) {
            return true;
        }
        for (Nomination item : items) {
            if (canRead(item)) {
                return true;
            }
        }
        return false;
    }

    /** 403 unless the caller may list the unit's records (staff: their own school). */
    public void requireListUnit(String unitCode) {
        units.require(unitCode);
        if (!readsWholeUnits() && !unitCode.equals(caller.unitCode())) {
            throw ProblemException.forbidden("Chỉ xem được đề nghị của đơn vị mình (only your own unit)");
        }
    }

    /** The units whose records the caller lists: its own and those below it. */
    public Set<String> visibleUnits() {
        return units.visibleUnits();
    }

    /** Nominating and submitting: the school's own principal. */
    public void requireSchoolPrincipal(String schoolCode) {
        if (!caller.actsAs(Roles.PRINCIPAL, schoolCode)) {
            throw ProblemException.forbidden("Chỉ hiệu trưởng của trường " + schoolCode + " được làm việc này (only the "
                    + "school's principal)");
        }
    }

    /**
     * Deciding, approving or rejecting an item: within the school's authority its principal; above
     * it an office whose unit is the deciding unit or above it.
     */
    public void requireDecider(Nomination nomination) {
        if (nomination.schoolDecides()) {
            requireSchoolPrincipal(nomination.unitCode);
            return;
        }
        if (!caller.hasRole(Roles.DISTRICT) || nomination.deciderUnitCode == null
                || !units.canAccess(nomination.deciderUnitCode)) {
            throw ProblemException.forbidden("Đề nghị " + nomination.id + " thuộc thẩm quyền của "
                    + (nomination.deciderUnitCode == null ? "cấp " + nomination.deciderLevel : nomination.deciderUnitCode)
                    + "; đơn vị " + caller.unitCode() + " không được quyết định (outside your unit's authority)");
        }
    }

    /** 403 unless the caller is the school's principal or an office above it (before telling an item's state). */
    public void requireActsFor(Nomination nomination) {
        boolean principal = caller.actsAs(Roles.PRINCIPAL, nomination.unitCode);
        boolean office = caller.hasRole(Roles.DISTRICT) && units.canAccess(nomination.unitCode);
        if (!principal && !office) {
            throw ProblemException.forbidden("Đơn vị " + caller.unitCode() + " không được thay đổi đề nghị của "
                    + nomination.unitCode + " (not your unit's nomination)");
        }
    }

    /** Revoking: the deciding unit (its principal for a school decision, an office at or above it otherwise). */
    public void requireRevoker(Decision decision) {
        boolean principal = caller.actsAs(Roles.PRINCIPAL, decision.unitCode);
        boolean office = caller.hasRole(Roles.DISTRICT) && units.canAccess(decision.unitCode);
        if (!principal && !office) {
            throw ProblemException.forbidden("Chỉ đơn vị đã ra quyết định " + decision.decisionNumber + " ("
                    + decision.unitCode + ") được thu hồi (only the deciding unit revokes)");
        }
    }
}
