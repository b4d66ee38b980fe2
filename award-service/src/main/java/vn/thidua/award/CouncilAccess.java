package vn.thidua.award;

import jakarta.enterprise.context.RequestScoped;
import vn.thidua.platform.problem.ProblemException;
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
public class CouncilAccess {

    private final Caller caller;
    private final UnitAccess units;

    public CouncilAccess(Caller caller, UnitAccess units) {
        this.caller = caller;
        this.units = units;
    }

    public boolean canRead(String unitCode) {
        if (caller.hasRole(Roles.PRINCIPAL) || caller.hasRole(Roles.COUNCIL)) {
            if (unitCode.equals(caller.unitCode())) {
                return true;
            }
        }
        return (caller.hasRole(Roles.DISTRICT) || caller.hasRole(Roles.VIEWER)) && units.canAccess(unitCode);
    }

    /** 404 unless the caller reads the session's unit. */
    public void requireRead(CouncilSession session) {
        if (!canRead(session.unitCode)) {
            throw notFound(session.id);
        }
    }

    /** 403 unless the caller reads units in this list query's unit. */
    public void requireReadUnit(String unitCode) {
        if (!canRead(unitCode)) {
            throw ProblemException.forbidden("Đơn vị " + caller.unitCode() + " không được xem phiên họp hội đồng của "
                    + unitCode + " (your unit may not read this unit's council sessions)");
        }
    }

    /** The principal of the caller's own school creates sessions there and nowhere else. */
    public void requireRun(String unitCode) {
        if (!caller.actsAs(Roles.PRINCIPAL, unitCode)) {
            throw ProblemException.forbidden("Chỉ hiệu trưởng của trường " + unitCode + " điều hành phiên họp hội đồng "
                    + "(only the school's principal runs its council sessions)");
        }
    }

    /** 404 for a session of another unit, 403 for a caller of the unit who is not its principal. */
    public void requireRun(CouncilSession session) {
        requireRead(session);
        requireRun(session.unitCode);
    }

    /** A council member of the session's school, listed and present: returns their account. */
    public String requireVoter(CouncilSession session) {
        requireRead(session);
        if (!caller.hasRole(Roles.COUNCIL)) {
            throw ProblemException.forbidden("Chỉ thành viên hội đồng bỏ phiếu (only council members vote)");
        }
        String account = caller.name();
        CouncilMember member = account == null ? null : session.member(account).orElse(null);
        if (member == null) {
            throw ProblemException.forbidden("Tài khoản " + account + " không có trong danh sách thành viên của phiên họp "
                    + "(you are not a member of this session)");
        }
        if (!member.isPresent()) {
            throw ProblemException.forbidden("Thành viên " + member.name() + " không có mặt tại phiên họp nên không bỏ "
                    + "phiếu (only members present vote)");
        }
        return account;
    }

    /** The chair (chủ tọa), present, enters the count of a show of hands. */
    public void requireChair(CouncilSession session) {
        String account = requireVoter(session);
        if (!account.equals(session.chairAccount)) {
            throw ProblemException.forbidden("Chỉ chủ tọa nhập kết quả biểu quyết giơ tay (only the chair enters a "
                    + "show-of-hands count)");
        }
    }

    public String callerUnit() {
        return caller.unitCode();
    }

    public String actor() {
        return caller.actor();
    }

    public static ProblemException notFound(Object id) {
        return ProblemException.notFound("Phiên họp hội đồng (council session)", id);
    }
}
