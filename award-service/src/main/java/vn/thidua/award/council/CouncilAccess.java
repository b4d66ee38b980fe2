package vn.thidua.award.council;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitAccess;

/**
 * Who does what in council sessions (issue 6): the school's principal runs its sessions; the
 * school's council members read them and vote, each only as a present member listed by the
 * {@code upn} of their token; offices (district) and dashboards (viewer) read the sessions of the
 * schools they reach. A session the caller may not read answers 404, so ids of other schools say
 * nothing; a write the caller's role or membership does not allow answers 403.
 */
@RequestScoped
class CouncilAccess {

    private final Caller caller;
    private final UnitAccess units;

    CouncilAccess(Caller caller, UnitAccess units) {
        this.caller = caller;
        this.units = units;
    }

    /** Whether the caller reads the councils of {@code unitCode} in {@code schoolYear} (offices: those then above it). */
    boolean canRead(String unitCode, String schoolYear) {
        if (caller.hasRole(Roles.PRINCIPAL) || caller.hasRole(Roles.COUNCIL)) {
            if (unitCode.equals(caller.unitCode())) {
                return true;
            }
        }
        return (caller.hasRole(Roles.DISTRICT) || caller.hasRole(Roles.VIEWER))
                && units.canAccessInYear(unitCode, schoolYear);
    }

    /** 404 unless the caller reads the session's unit in its school year (issue 11). */
    void requireRead(CouncilSession session) {
        if (!canRead(session.unitCode, session.schoolYear)) {
            throw CouncilProblems.sessionNotFound(session.id);
        }
    }

    /** 403 unless the caller reads units in this list query's unit (in its school year, when the query names one). */
    void requireReadUnit(String unitCode, String schoolYear) {
        boolean office = caller.hasRole(Roles.DISTRICT) || caller.hasRole(Roles.VIEWER);
        // Without a year, a unit reached at some time: the sessions are then kept year by year.
        boolean someYear = schoolYear == null && office && units.reachedEver(unitCode);
        if (!someYear && !canRead(unitCode, schoolYear)) {
            throw CouncilProblems.mayNotReadUnit(caller.unitCode(), unitCode);
        }
    }

    /** The principal of the caller's own school creates sessions there and nowhere else. */
    void requireRun(String unitCode) {
        if (!caller.actsAs(Roles.PRINCIPAL, unitCode)) {
            throw CouncilProblems.onlyPrincipalRuns(unitCode);
        }
    }

    /** 404 for a session of another unit, 403 for a caller of the unit who is not its principal. */
    void requireRun(CouncilSession session) {
        requireRead(session);
        requireRun(session.unitCode);
    }

    /** A council member of the session's school, listed and present: returns their account. */
    String requireVoter(CouncilSession session) {
        requireRead(session);
        if (!caller.hasRole(Roles.COUNCIL)) {
            throw CouncilProblems.onlyMembersVote();
        }
        String account = caller.name();
        CouncilMember member = account == null ? null : session.member(account).orElse(null);
        if (member == null) {
            throw CouncilProblems.notAMember(account);
        }
        if (!member.isPresent()) {
            throw CouncilProblems.absent(member);
        }
        return account;
    }

    /** The chair (chủ tọa), present, enters the count of a show of hands. */
    void requireChair(CouncilSession session) {
        String account = requireVoter(session);
        if (!account.equals(session.chairAccount)) {
            throw CouncilProblems.onlyChairCounts();
        }
    }

    String callerUnit() {
        return caller.unitCode();
    }

    String actor() {
        return caller.actor();
    }
}
