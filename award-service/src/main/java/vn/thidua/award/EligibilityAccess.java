package vn.thidua.award;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.thidua.platform.problem.ProblemException;
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

    public static final String STAFF_CLAIM = "staff";

    private final Caller caller;
    private final UnitAccess units;
    private final JsonWebToken token;

    public EligibilityAccess(Caller caller, UnitAccess units, JsonWebToken token) {
        this.caller = caller;
        this.units = units;
        this.token = token;
    }

    /** Whether the caller reads whole units (else only their own results). */
    public boolean readsWholeUnits() {
        return caller.hasRole(Roles.DISTRICT) || caller.hasRole(Roles.PRINCIPAL) || caller.hasRole(Roles.COUNCIL)
                || caller.hasRole(Roles.VIEWER);
    }

    /** 403 unless the caller reaches the unit; staff only their own school. */
    public void requireUnit(String unitCode) {
        units.require(unitCode);
        if (!readsWholeUnits() && !unitCode.equals(caller.unitCode())) {
            throw ProblemException.forbidden("Chỉ xem được kết quả của đơn vị mình (only your own unit's results)");
        }
    }

    /** The staff id of the caller's token, when it has one. */
    public Optional<UUID> ownStaffId() {
        Object claim = token.getClaim(STAFF_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "").strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the caller may read this staff member's result in {@code unitCode}. */
    public boolean canReadStaff(UUID staffId, String unitCode) {
        if (readsWholeUnits()) {
            return units.canAccess(unitCode);
        }
        return unitCode.equals(caller.unitCode()) && ownStaffId().filter(staffId::equals).isPresent();
    }

    public void requireRecompute(String unitCode) {
        boolean principal = caller.hasRole(Roles.PRINCIPAL) && unitCode.equals(caller.unitCode());
        boolean office = caller.hasRole(Roles.DISTRICT) && units.canAccess(unitCode);
        if (!principal && !office) {
            throw ProblemException.forbidden("Chỉ hiệu trưởng của trường hoặc cấp trên được tính lại (only the school's "
                    + "principal or an office above recomputes)");
        }
    }
}
