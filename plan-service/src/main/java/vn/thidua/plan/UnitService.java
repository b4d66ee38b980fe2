package vn.thidua.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.UnitAccess;
import vn.thidua.platform.security.UnitEvents;

import java.util.List;
import java.util.Set;

/** The unit tree, owned here and copied by the other services through unit events. */
@ApplicationScoped
@Transactional
public class UnitService {

    private final Outbox outbox;
    private final UnitAccess access;

    public UnitService(Outbox outbox, UnitAccess access) {
        this.outbox = outbox;
        this.access = access;
    }

    /** Creates a unit below one the caller manages. */
    public Unit create(Unit unit) {
        if (unit.parentCode == null) {
            throw ProblemException.invalid("parentCode", "Đơn vị mới phải thuộc một đơn vị cấp trên (parent required)");
        }
        access.require(unit.parentCode);
        if (Unit.findById(unit.parentCode) == null) {
            throw ProblemException.unprocessable("parentCode", "Đơn vị cấp trên " + unit.parentCode
                    + " không tồn tại (unknown parent)");
        }
        if (Unit.findById(unit.code) != null) {
            throw ProblemException.conflict("Mã đơn vị " + unit.code + " đã tồn tại (unit code already exists)");
        }
        return insert(unit);
    }

    /** Stores a unit without access checks; for the demo tree and imports run by the system. */
    public Unit insert(Unit unit) {
        unit.persist();
        outbox.publish(EventTypes.UNIT_UPSERTED, unit.code, unit.code, null, new UnitEvents.Upserted(unit.code,
                unit.name, unit.level.name(), unit.parentCode, unit.validFrom, unit.validTo));
        return unit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Unit> visible() {
        Set<String> codes = access.visibleUnits();
        return Unit.list("code in ?1 order by level, code", codes);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Unit read(String code) {
        Unit unit = Unit.findById(code);
        if (unit == null) {
            throw ProblemException.notFound("Đơn vị (unit)", code);
        }
        access.require(code);
        return unit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return Unit.count();
    }
}
