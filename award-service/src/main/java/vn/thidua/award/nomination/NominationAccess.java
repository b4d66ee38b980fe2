package vn.thidua.award.nomination;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.award.eligibility.EligibilityAccess;
import vn.thidua.award.nomination.NominationRules.NomineeType;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitAccess;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who reads and changes nominations. Principals run their own school: nominate, submit, decide what
 * is within the school's authority, revoke the school's decisions. Offices ({@code district}) read
 * the nominations and submissions of the schools below them and decide, approve or reject the items
 * whose deciding unit is at or below their own. The council and dashboards read the units they
 * reach; staff and group leaders read only nominations of themselves (token claim {@code staff}).
 * A record the caller may not read answers 404 (its existence is not told); a change of a record
 * of another unit answers 403. Nominations, submissions and decisions belong to their school year: the units above
 * the school on its first day reach them (issue 11), so the district office dissolved on 30/06/2025 keeps its years
 * and the commune reaches the school's records from 2025-2026 on. What was submitted is also read by the unit it went
 * to (a 2024-2025 dossier received after 01/07/2025 goes to the commune, which decides it). Deciding goes by the
 * deciding unit named on the item (routed on the day the dossier was received).
 */
@RequestScoped
class NominationAccess {

    private final Caller caller;
    private final UnitAccess units;
    private final EligibilityAccess eligibility;
    /** Per school year, the units the caller reached then: a list is checked with one tree per year. */
    private final Map<String, Set<String>> reachByYear = new HashMap<>();

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
            return units.canAccessInYear(nomination.unitCode, nomination.schoolYear) || receives(nomination);
        }
        return nomination.nomineeType == NomineeType.STAFF && nomination.unitCode.equals(caller.unitCode())
                && eligibility.ownStaffId().map(id -> id.toString().equalsIgnoreCase(nomination.nomineeId))
                        .orElse(false);
    }

    boolean canRead(Submission submission) {
        return readsWholeUnits() && (units.canAccessInYear(submission.fromUnitCode, submission.schoolYear)
                || units.canAccess(submission.toUnitCode));
    }

    boolean canRead(Decision decision, Iterable<Nomination> items) {
        if (readsWholeUnits() && units.canAccessInYear(decision.unitCode, decision.schoolYear)) {
            return true;
        }
        for (Nomination item : items) {
            if (canRead(item)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 403 unless the caller may list the unit's records of {@code schoolYear} (staff: their own school); without a
     * year, a unit the caller reached at some time (the rows are then kept by {@link #listed}).
     */
    void requireListUnit(String unitCode, String schoolYear) {
        if (schoolYear != null) {
            units.requireInYear(unitCode, schoolYear);
        } else if (!units.reachedEver(unitCode)) {
            units.require(unitCode);
        }
        if (!readsWholeUnits() && !unitCode.equals(caller.unitCode())) {
            throw NominationProblems.onlyOwnUnit();
        }
    }

    /** The units whose records of {@code schoolYear} the caller lists; without a year, those ever below it. */
    Set<String> visibleUnits(String schoolYear) {
        return schoolYear == null ? units.visibleUnitsEver() : units.visibleUnitsInYear(schoolYear);
    }

    /** Whether the item was submitted to a unit the caller reaches (its deciding unit or one above it). */
    boolean receives(Nomination nomination) {
        return nomination.submissionId != null && nomination.deciderUnitCode != null
                && units.canAccess(nomination.deciderUnitCode);
    }

    /** Whether a listed row of {@code unitCode} in {@code schoolYear} is the caller's to see (whole-unit readers). */
    boolean listed(String unitCode, String schoolYear) {
        return reachByYear.computeIfAbsent(String.valueOf(schoolYear), year -> units.visibleUnitsInYear(schoolYear))
                .contains(unitCode);
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
        boolean office = caller.hasRole(Roles.DISTRICT)
                && units.canAccessInYear(nomination.unitCode, nomination.schoolYear);
        if (!principal && !office) {
            throw NominationProblems.notYourUnitsNomination(nomination, caller.unitCode());
        }
    }

    /** Revoking: the deciding unit (its principal for a school decision, an office at or above it otherwise). */
    void requireRevoker(Decision decision) {
        boolean principal = caller.actsAs(Roles.PRINCIPAL, decision.unitCode);
        boolean office = caller.hasRole(Roles.DISTRICT) && units.canAccessInYear(decision.unitCode, decision.schoolYear);
        if (!principal && !office) {
            throw NominationProblems.onlyDecidingUnitRevokes(decision);
        }
    }
}
