package vn.thidua.award.dossier;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitAccess;

import java.util.Optional;
import java.util.UUID;

/**
 * Who reads and writes a posting. It is public within its school: every account of the school (principal,
 * council, group leaders, staff, the school app excepted) reads it and comments on it; offices above the school
 * and dashboards ({@code viewer}) that reach it read it. Only the school's principal opens and closes it. A posting
 * the caller may not read answers 404, its existence not told.
 */
@RequestScoped
class PostingAccess {

    private final Caller caller;
    private final UnitAccess units;

    PostingAccess(Caller caller, UnitAccess units) {
        this.caller = caller;
        this.units = units;
    }

    String actor() {
        return caller.actor();
    }

    Optional<UUID> ownStaffId() {
        return caller.staffId();
    }

    boolean isPrincipalOf(String unitCode) {
        return caller.actsAs(Roles.PRINCIPAL, unitCode);
    }

    /** A member of the school: its own unit, a role of the school's people. */
    boolean ofTheSchool(String unitCode) {
        return unitCode.equals(caller.unitCode()) && (caller.hasRole(Roles.PRINCIPAL) || caller.hasRole(Roles.COUNCIL)
                || caller.hasRole(Roles.GROUP_LEAD) || caller.hasRole(Roles.STAFF));
    }

    boolean canRead(String unitCode) {
        if (ofTheSchool(unitCode)) {
            return true;
        }
        return (caller.hasRole(Roles.DISTRICT) || caller.hasRole(Roles.VIEWER)) && units.canAccess(unitCode);
    }

    void requirePrincipal(String unitCode) {
        if (!isPrincipalOf(unitCode)) {
            throw PostingProblems.onlyPrincipal(unitCode);
        }
    }

    void requireComment(String unitCode) {
        if (!ofTheSchool(unitCode)) {
            throw PostingProblems.onlyTheSchool(unitCode);
        }
    }
}
