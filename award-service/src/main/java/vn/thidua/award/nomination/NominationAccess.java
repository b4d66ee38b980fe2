package vn.thidua.award.nomination;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.award.eligibility.EligibilityAccess;
import vn.thidua.award.nomination.NominationRules.NomineeType;
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
class NominationAccess {

    private final Caller caller;
    private final UnitAccess units;
    private final EligibilityAccess eligibility;

    NominationAccess(Caller caller, UnitAccess units, EligibilityAccess eligibility) {
        this.caller = caller;
        this.units = units;
        this.eligibility = eligibility;
    }

    String unit() {
        return caller.unitCode();
    }

    String actor() {
        return caller.actor();
    }

    /** Whether the caller reads whole units (else only nominations of themselves). */
    boolean readsWholeUnits() {
        return eligibility.readsWholeUnits();
    }

    boolean canRead(Nomination nomination) {
        if (readsWholeUnits()) {
            return units.canAccess(nomination.unitCode);
        }
        return nomination.nomineeType == NomineeType.STAFF && nomination.unitCode.equals(caller.unitCode())
                && eligibility.ownStaffId().map(id -> id.toString().equalsIgnoreCase(nomination.nomineeId))
                        .orElse(false);
    }

    boolean canRead(Submission submission) {
        return readsWholeUnits() && units.canAccess(submission.fromUnitCode);
    }

    boolean canRead(Decision decision, Iterable<Nomination> items) {
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
    void requireListUnit(String unitCode) {
        units.require(unitCode);
        if (!readsWholeUnits() && !unitCode.equals(caller.unitCode())) {
            throw NominationProblems.onlyOwnUnit();
        }
    }

    /** The units whose records the caller lists: its own and those below it. */
    Set<String> visibleUnits() {
        return units.visibleUnits();
    }

    /** Nominating and submitting: the school's own principal. */
    void requireSchoolPrincipal(String schoolCode) {
        if (!caller.actsAs(Roles.PRINCIPAL, schoolCode)) {
            throw NominationProblems.onlySchoolPrincipal(schoolCode);
        }
    }

    /**
     * Deciding, approving or rejecting an item: within the school's authority its principal; above
     * it an office whose unit is the deciding unit or above it.
     */
    void requireDecider(Nomination nomination) {
        if (nomination.schoolDecides()) {
            requireSchoolPrincipal(nomination.unitCode);
            return;
        }
        if (!caller.hasRole(Roles.DISTRICT) || nomination.deciderUnitCode == null
                || !units.canAccess(nomination.deciderUnitCode)) {
            throw NominationProblems.outsideAuthority(nomination, caller.unitCode());
        }
    }

    /** 403 unless the caller is the school's principal or an office above it (before telling an item's state). */
    void requireActsFor(Nomination nomination) {
        boolean principal = caller.actsAs(Roles.PRINCIPAL, nomination.unitCode);
        boolean office = caller.hasRole(Roles.DISTRICT) && units.canAccess(nomination.unitCode);
        if (!principal && !office) {
            throw NominationProblems.notYourUnitsNomination(nomination, caller.unitCode());
        }
    }

    /** Revoking: the deciding unit (its principal for a school decision, an office at or above it otherwise). */
    void requireRevoker(Decision decision) {
        boolean principal = caller.actsAs(Roles.PRINCIPAL, decision.unitCode);
        boolean office = caller.hasRole(Roles.DISTRICT) && units.canAccess(decision.unitCode);
        if (!principal && !office) {
            throw NominationProblems.onlyDecidingUnitRevokes(decision);
        }
    }
}
