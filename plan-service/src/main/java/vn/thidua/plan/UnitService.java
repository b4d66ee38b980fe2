package vn.thidua.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.UnitAccess;
import vn.thidua.platform.security.UnitEvents;
import vn.thidua.platform.security.UnitTree;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The unit tree, owned here and copied by the other services through unit events. Every change is
 * kept in {@link UnitHistory}, so a school moved under another office keeps its past.
 */
@ApplicationScoped
@Transactional
public class UnitService {

    private static final String SYSTEM = "system";

    private final Outbox outbox;
    private final UnitAccess access;
    private final UnitTree tree;
    private final Caller caller;

    public UnitService(Outbox outbox, UnitAccess access, UnitTree tree, Caller caller) {
        this.outbox = outbox;
        this.access = access;
        this.tree = tree;
        this.caller = caller;
    }

    /** Creates a unit below one the caller manages. */
    public Unit create(Unit unit) {
        if (unit.parentCode == null) {
            throw ProblemException.invalid("parentCode", "Đơn vị mới phải thuộc một đơn vị cấp trên (parent required)");
        }
        access.require(unit.parentCode);
        requireExists(unit.parentCode, "parentCode");
        if (Unit.findById(unit.code) != null) {
            throw ProblemException.conflict("Mã đơn vị " + unit.code + " đã tồn tại (unit code already exists)");
        }
        return insert(unit, caller.name());
    }

    /** Stores a new unit; also used, without a caller, for the demo tree. */
    public Unit insert(Unit unit, String by) {
        unit.persist();
        UnitHistory.record(unit, UnitHistory.Change.CREATED, unit.validFrom, by == null ? SYSTEM : by);
        upserted(unit);
        return unit;
    }

    /** Renames a unit or changes its validity (a dissolved office gets a validTo). */
    public Unit update(String code, String name, LocalDate validFrom, LocalDate validTo) {
        Unit unit = read(code);
        if (validTo != null && validFrom != null && validTo.isBefore(validFrom)) {
            throw ProblemException.invalid("validTo", "Ngày hết hiệu lực trước ngày hiệu lực (validTo before validFrom)");
        }
        unit.name = name;
        unit.validFrom = validFrom == null ? unit.validFrom : validFrom;
        unit.validTo = validTo;
        UnitHistory.record(unit, UnitHistory.Change.UPDATED, LocalDate.now(), caller.name());
        upserted(unit);
        return unit;
    }

    /**
     * Moves a unit under another parent (e.g. a school from a dissolved district office to a commune).
     * The caller must manage both the unit and the new parent; a unit never moves under itself.
     */
    public Unit move(String code, String newParent, LocalDate effective) {
        Unit unit = read(code);
        access.require(newParent);
        requireExists(newParent, "parentCode");
        if (tree.subtree(code).contains(newParent)) {
            throw ProblemException.unprocessable("parentCode", "Không chuyển được đơn vị vào chính nó hoặc đơn vị con "
                    + "(a unit cannot move under itself)");
        }
        String from = unit.parentCode;
        unit.parentCode = newParent;
        UnitHistory.record(unit, UnitHistory.Change.MOVED, effective, caller.name());
        outbox.publish(EventTypes.UNIT_MOVED, unit.code, unit.code, null,
                new UnitEvents.Moved(unit.code, from, newParent, effective));
        return unit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitHistory> history(String code) {
        read(code);
        return UnitHistory.of(code);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Unit> visible() {
        Set<String> codes = access.visibleUnits();
        return Unit.list("code in ?1 order by level, code", codes);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Unit read(String code) {
        Unit unit = Unit.findById(code);
        if (unit == null || !access.canAccess(code)) {
            throw ProblemException.notFound("Đơn vị (unit)", code);
        }
        return unit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return Unit.count();
    }

    private static void requireExists(String code, String field) {
        if (Unit.findById(code) == null) {
            throw ProblemException.unprocessable(field, "Đơn vị " + code + " không tồn tại (unknown unit)");
        }
    }

    private void upserted(Unit unit) {
        outbox.publish(EventTypes.UNIT_UPSERTED, unit.code, unit.code, null, new UnitEvents.Upserted(unit.code,
                unit.name, unit.level.name(), unit.parentCode, unit.validFrom, unit.validTo));
    }
}
