package vn.thidua.award.eligibility;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitAccess;

import java.util.Optional;
import java.util.UUID;

/**
 * Who reads which eligibility. Offices (district), the principal, the council and dashboards
 * (viewer) read every result of the units they reach. Staff and group leaders read only their own:
 * a person is identified by the token's {@code staff} claim, the staff id of evaluation-service
 * (the id the finalized event carries), which the identity provider adds beside {@code upn}. The
 * upn alone cannot be used: the events do not carry user names, and award-service never calls
 * evaluation-service on a request path.
 */
@RequestScoped
public class EligibilityAccess {

    private final Caller caller;
    private final UnitAccess units;

    public EligibilityAccess(Caller caller, UnitAccess units) {
        this.caller = caller;
        this.units = units;
    }

    /** Whether the caller reads whole units (else only their own results). */
    public boolean readsWholeUnits() {
        return caller.hasRole(Roles.DISTRICT) || caller.hasRole(Roles.PRINCIPAL) || caller.hasRole(Roles.COUNCIL)
                || caller.hasRole(Roles.VIEWER);
    }

    /**
     * 403 unless the caller reached the unit in {@code schoolYear} (issue 11: the units above the school on its first
     * day); staff only their own school.
     */
    public void requireUnit(String unitCode, String schoolYear) {
        units.requireInYear(unitCode, schoolYear);
        if (!readsWholeUnits() && !unitCode.equals(caller.unitCode())) {
            throw EligibilityProblems.onlyOwnUnit();
        }
    }

    /** The staff id of the caller's token, when it has one. */
    public Optional<UUID> ownStaffId() {
        return caller.staffId();
    }

    /** Whether the caller may read this staff member's result in {@code unitCode} of {@code schoolYear}. */
    public boolean canReadStaff(UUID staffId, String unitCode, String schoolYear) {
        if (readsWholeUnits()) {
            return units.canAccessInYear(unitCode, schoolYear);
        }
        return unitCode.equals(caller.unitCode()) && ownStaffId().filter(staffId::equals).isPresent();
    }

    public void requireRecompute(String unitCode, String schoolYear) {
        boolean principal = caller.actsAs(Roles.PRINCIPAL, unitCode);
        boolean office = caller.hasRole(Roles.DISTRICT) && units.canAccessInYear(unitCode, schoolYear);
        if (!principal && !office) {
            throw EligibilityProblems.onlyPrincipalOrOfficeRecomputes();
        }
    }
}
