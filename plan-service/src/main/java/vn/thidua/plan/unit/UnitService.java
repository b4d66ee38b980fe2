package vn.thidua.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.UnitAccess;
import vn.thidua.platform.security.UnitEvents;
import vn.thidua.platform.security.UnitTree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** What a CSV import did. */
    public record ImportReport(int created, int updated, int moved) {
    }

    /**
     * Imports a unit list, all or nothing: every bad line is reported (422) and nothing is stored
     * unless every line is good. A parent must exist or come earlier in the file; existing units
     * are updated, and moved when their parent changed.
     */
    public ImportReport importCsv(byte[] csv) {
        UnitCsv.Result read = UnitCsv.read(csv);
        List<FieldError> errors = new ArrayList<>(read.errors());
        Map<String, UnitCsv.Row> seen = new HashMap<>();
        for (UnitCsv.Row row : read.rows()) {
            String at = "line " + row.line() + ": ";
            if (seen.putIfAbsent(row.code(), row) != null) {
                errors.add(new FieldError(at + "code", "mã " + row.code() + " lặp lại ở dòng " + seen.get(row.code()).line()
                        + " (duplicate code)"));
                continue;
            }
            Unit existing = Unit.findById(row.code());
            if (existing != null && !access.canAccess(row.code())) {
                errors.add(new FieldError(at + "code", "đơn vị " + row.code() + " ngoài phạm vi của bạn (outside your units)"));
            }
            if (row.parentCode() == null) {
                if (existing == null || existing.parentCode != null) {
                    errors.add(new FieldError(at + "parentCode", "thiếu đơn vị cấp trên (parent required)"));
                }
            } else if (seen.containsKey(row.parentCode()) && !row.parentCode().equals(row.code())) {
                // defined earlier in this file, checked there
            } else if (Unit.findById(row.parentCode()) == null) {
                errors.add(new FieldError(at + "parentCode", "đơn vị cấp trên " + row.parentCode()
                        + " không có trong hệ thống hoặc ở dòng trước (unknown parent)"));
            } else if (!access.canAccess(row.parentCode())) {
                errors.add(new FieldError(at + "parentCode", "đơn vị cấp trên " + row.parentCode()
                        + " ngoài phạm vi của bạn (outside your units)"));
            } else if (existing != null && tree.subtree(row.code()).contains(row.parentCode())) {
                errors.add(new FieldError(at + "parentCode", "không chuyển được đơn vị vào đơn vị con (a unit cannot move under itself)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "csv", "Tệp đơn vị có lỗi, chưa nhập gì (the file has errors; nothing imported)",
                    errors.size() + " lỗi (errors)", errors);
        }
        int created = 0;
        int updated = 0;
        int moved = 0;
        for (UnitCsv.Row row : read.rows()) {
            Unit unit = Unit.findById(row.code());
            if (unit == null) {
                unit = new Unit();
                unit.code = row.code();
                unit.name = row.name();
                unit.level = row.level();
                unit.parentCode = row.parentCode();
                unit.validFrom = row.validFrom() == null ? LocalDate.now() : row.validFrom();
                insert(unit, caller.name());
                created++;
                continue;
            }
            if (!unit.name.equals(row.name()) || row.validFrom() != null && !row.validFrom().equals(unit.validFrom)) {
                update(row.code(), row.name(), row.validFrom(), unit.validTo);
                updated++;
            }
            if (row.parentCode() != null && !row.parentCode().equals(unit.parentCode)) {
                move(row.code(), row.parentCode(), row.validFrom() == null ? LocalDate.now() : row.validFrom());
                moved++;
            }
        }
        return new ImportReport(created, updated, moved);
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
