package vn.thidua.evaluation.staff;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.security.UnitAccess;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Reading the staff registry: the records a caller may see, sorted by given name, one page at a time. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class StaffQueries {

    private final StaffAccess access;
    private final UnitAccess units;

    StaffQueries(StaffAccess access, UnitAccess units) {
        this.access = access;
        this.units = units;
    }

    /** Filters and paging of {@link #list}; null filters do not filter. */
    record StaffQuery(String unitCode, String groupCode, Position position, LocalDate activeOn, String text) {
    }

    /** Every match in the list's own order (by given name); the resource sorts by {@code sort} and pages. */
    List<Staff> list(StaffQuery query) {
        StringBuilder where = new StringBuilder("unitCode in :units");
        Parameters parameters = new Parameters();
        if (query.unitCode() != null) {
            StaffAccess.Scope scope = access.scope(query.unitCode());
            parameters.and("units", List.of(query.unitCode()));
            narrow(scope, query.groupCode(), where, parameters);
        } else if (access.readsWholeUnits()) {
            parameters.and("units", units.visibleUnits());
        } else {
            String own = access.unitCode();
            parameters.and("units", List.of(own));
            narrow(access.scope(own), query.groupCode(), where, parameters);
        }
        if (query.groupCode() != null) {
            where.append(" and groupCode = :group");
            parameters.and("group", query.groupCode());
        }
        if (query.position() != null) {
            where.append(" and position = :position");
            parameters.and("position", query.position());
        }
        if (query.activeOn() != null) {
            where.append(" and activeFrom <= :day and (activeTo is null or activeTo >= :day)");
            parameters.and("day", query.activeOn());
        }
        // Collation by given name is not SQL's; a school has tens of staff and an office some thousands.
        return Staff.<Staff>list(where.toString(), parameters).stream()
                .filter(s -> StaffTexts.matches(s.fullName, query.text()) || StaffTexts.matches(s.code, query.text()))
                .sorted(Staff.order())
                .toList();
    }

    /** The record, or 404 when it does not exist or is not the caller's to see. */
    Staff read(UUID id) {
        Staff staff = Staff.findById(id);
        if (staff == null || !access.canRead(staff)) {
            throw StaffProblems.notFound(id);
        }
        return staff;
    }

    /** Narrows a group leader's list to their group (and self), a staff member's to their own record. */
    private static void narrow(StaffAccess.Scope scope, String groupCode, StringBuilder where, Parameters parameters) {
        if (scope.whole()) {
            return;
        }
        if (scope.groupCode() != null) {
            if (groupCode != null && !groupCode.equals(scope.groupCode())) {
                throw StaffProblems.otherGroup(scope.groupCode());
            }
            where.append(" and (groupCode = :ownGroup or userName = :self)");
            parameters.and("ownGroup", scope.groupCode()).and("self", scope.userName());
        } else {
            where.append(" and userName = :self");
            parameters.and("self", scope.userName());
        }
    }
}
