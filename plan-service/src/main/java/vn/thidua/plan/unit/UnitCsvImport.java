package vn.thidua.plan.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.UnitAccess;
import vn.thidua.platform.security.UnitTree;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a unit list as offices keep it ({@link UnitCsv}), all or nothing: every bad line is reported
 * (422) and nothing is stored unless every line is good. A parent must exist or come earlier in the
 * file; existing units are updated, and moved when their parent changed.
 */
@ApplicationScoped
@Transactional
class UnitCsvImport {

    /** What a CSV import did; {@code warnings} name cells imported as they are but worth a look. */
    public record ImportReport(int created, int updated, int moved, List<FieldError> warnings) {
    }

    private final UnitService units;
    private final UnitAccess access;
    private final UnitTree tree;
    private final Caller caller;
    private final TimeSource time;

    UnitCsvImport(UnitService units, UnitAccess access, UnitTree tree, Caller caller, TimeSource time) {
        this.units = units;
        this.access = access;
        this.tree = tree;
        this.caller = caller;
        this.time = time;
    }

    ImportReport importCsv(byte[] csv) {
        UnitCsv.Result read = UnitCsv.read(csv);
        List<FieldError> errors = new ArrayList<>(read.errors());
        errors.addAll(check(read.rows()));
        if (!errors.isEmpty()) {
            throw UnitProblems.importRefused(errors);
        }
        return apply(read.rows(), read.warnings());
    }

    /** Every line checked against the tree and the caller's units, before anything is stored. */
    private List<FieldError> check(List<UnitCsv.Row> rows) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, UnitCsv.Row> seen = new HashMap<>();
        for (UnitCsv.Row row : rows) {
            String at = "line " + row.line() + ": ";
            if (seen.putIfAbsent(row.code(), row) != null) {
                errors.add(UnitProblems.duplicateCode(at, row.code(), seen.get(row.code()).line()));
                continue;
            }
            Unit existing = Unit.findById(row.code());
            if (existing != null && !access.canAccess(row.code())) {
                errors.add(UnitProblems.unitOutsideScope(at, row.code()));
            }
            if (row.parentCode() == null) {
                if (existing == null || existing.parentCode != null) {
                    errors.add(UnitProblems.parentMissing(at));
                }
            } else if (seen.containsKey(row.parentCode()) && !row.parentCode().equals(row.code())) {
                // defined earlier in this file, checked there
            } else if (Unit.findById(row.parentCode()) == null) {
                errors.add(UnitProblems.unknownParent(at, row.parentCode()));
            } else if (!access.canAccess(row.parentCode())) {
                errors.add(UnitProblems.parentOutsideScope(at, row.parentCode()));
            } else if ((existing == null || !row.parentCode().equals(existing.parentCode))
                    && !Unit.<Unit>findById(row.parentCode()).validOn(startOf(row))) {
                errors.add(UnitProblems.parentNotValidAt(at, Unit.findById(row.parentCode()), startOf(row)));
            } else if (existing != null && tree.subtree(row.code()).contains(row.parentCode())) {
                errors.add(UnitProblems.moveUnderChild(at));
            }
        }
        return errors;
    }

    /** The day a row takes effect: its validFrom, else today (a new unit's start, a move's effective day). */
    private LocalDate startOf(UnitCsv.Row row) {
        return row.validFrom() == null ? time.today() : row.validFrom();
    }

    private ImportReport apply(List<UnitCsv.Row> rows, List<FieldError> warnings) {
        int created = 0;
        int updated = 0;
        int moved = 0;
        for (UnitCsv.Row row : rows) {
            LocalDate validFrom = startOf(row);
            Unit unit = Unit.findById(row.code());
            if (unit == null) {
                unit = new Unit();
                unit.code = row.code();
                unit.name = row.name();
                unit.level = row.level();
                unit.parentCode = row.parentCode();
                unit.validFrom = validFrom;
                units.insert(unit, caller.name());
                created++;
                continue;
            }
            if (!unit.name.equals(row.name()) || row.validFrom() != null && !row.validFrom().equals(unit.validFrom)) {
                units.update(row.code(), row.name(), row.validFrom(), unit.validTo);
                updated++;
            }
            if (row.parentCode() != null && !row.parentCode().equals(unit.parentCode)) {
                units.move(row.code(), row.parentCode(), validFrom);
                moved++;
            }
        }
        return new ImportReport(created, updated, moved, List.copyOf(warnings));
    }
}
