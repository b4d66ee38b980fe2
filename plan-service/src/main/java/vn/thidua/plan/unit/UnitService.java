package vn.thidua.plan.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.UnitAccess;
import vn.thidua.platform.security.UnitTree;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.time.DateRange;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The unit tree, owned here and copied by the other services through unit events. Every change is
 * kept in {@link UnitHistory}, so a school moved under another office keeps its past.
 */
@ApplicationScoped
@Transactional
class UnitService {

    private static final String SYSTEM = "system";

    private final UnitEventPublisher events;
    private final UnitAccess access;
    private final UnitTree tree;
    private final Caller caller;
    private final TimeSource time;

    UnitService(UnitEventPublisher events, UnitAccess access, UnitTree tree, Caller caller, TimeSource time) {
        this.events = events;
        this.access = access;
        this.tree = tree;
        this.caller = caller;
        this.time = time;
    }

    /** Creates a unit below one the caller manages; valid from today when no date is given. */
    Unit create(Unit unit) {
        if (unit.parentCode == null) {
            throw UnitProblems.parentRequired();
        }
        access.require(unit.parentCode);
        requireInRange("validFrom", unit.validFrom);
        requireInRange("validTo", unit.validTo);
        requireExists(unit.parentCode, "parentCode");
        if (Unit.findById(unit.code) != null) {
            throw UnitProblems.codeExists(unit.code);
        }
        if (unit.validFrom == null) {
            unit.validFrom = time.today();
        }
        requireValidOn(unit.parentCode, unit.validFrom);
        return insert(unit, caller.name());
    }

    /** Stores a new unit; also used, without a caller, for the demo tree. */
    Unit insert(Unit unit, String by) {
        unit.persist();
        UnitHistory.record(unit, UnitHistory.Change.CREATED, unit.validFrom, by == null ? SYSTEM : by, time.now());
        events.upserted(unit);
        return unit;
    }

    /** Renames a unit or changes its validity (a dissolved office gets a validTo). */
    Unit update(String code, String name, LocalDate validFrom, LocalDate validTo) {
        requireInRange("validFrom", validFrom);
        requireInRange("validTo", validTo);
        Unit unit = readForChange(code);
        if (validTo != null && validFrom != null && validTo.isBefore(validFrom)) {
            throw UnitProblems.validToBeforeValidFrom();
        }
        unit.name = name;
        unit.validFrom = validFrom == null ? unit.validFrom : validFrom;
        unit.validTo = validTo;
        UnitHistory.record(unit, UnitHistory.Change.UPDATED, time.today(), caller.name(), time.now());
        events.upserted(unit);
        return unit;
    }

    /**
     * Moves a unit under another parent (e.g. a school from a dissolved district office to a commune).
     * The caller must manage both the unit and the new parent; a unit never moves under itself.
     */
    Unit move(String code, String newParent, LocalDate effective) {
        requireInRange("effectiveDate", effective);
        Unit unit = readForChange(code);
        access.require(newParent);
        requireExists(newParent, "parentCode");
        if (tree.subtree(code).contains(newParent)) {
            throw UnitProblems.moveUnderItself();
        }
        requireValidOn(newParent, effective);
        String from = unit.parentCode;
        unit.parentCode = newParent;
        UnitHistory.record(unit, UnitHistory.Change.MOVED, effective, caller.name(), time.now());
        events.moved(unit, from, effective);
        return unit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<UnitHistory> history(String code) {
        read(code);
        return UnitHistory.of(code);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<Unit> visible() {
        Set<String> codes = access.visibleUnits();
        return Unit.list("code in ?1 order by level, code", codes);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Unit read(String code) {
        Unit unit = Unit.findById(code);
        if (unit == null || !access.canAccess(code)) {
            throw UnitProblems.notFound(code);
        }
        return unit;
    }

    /** The unit locked for a change: concurrent unconditional changes run one after another, never fail. */
    private Unit readForChange(String code) {
        Unit unit = Unit.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (unit == null || !access.canAccess(code)) {
            throw UnitProblems.notFound(code);
        }
        return unit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    long count() {
        return Unit.count();
    }

    private static void requireInRange(String field, LocalDate day) {
        if (!DateRange.accepts(day)) {
            throw ProblemException.invalid(field, DateRange.message());
        }
    }

    /** A unit starts under, or moves under, only a parent that exists on that day (not a dissolved office). */
    private static void requireValidOn(String parentCode, LocalDate day) {
        Unit parent = Unit.findById(parentCode);
        if (!parent.validOn(day)) {
            throw UnitProblems.parentNotValid("parentCode", parent, day);
        }
    }

    private static void requireExists(String code, String field) {
        if (Unit.findById(code) == null) {
            throw UnitProblems.unknownUnit(field, code);
        }
    }
}
