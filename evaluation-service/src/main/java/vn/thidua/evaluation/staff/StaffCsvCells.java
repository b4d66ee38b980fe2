package vn.thidua.evaluation.staff;

import vn.thidua.platform.time.SchoolDates;
import vn.thidua.evaluation.staff.StaffCsvImport.LineError;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The cells of one row, read field by field; unreadable values are reported once, with their column. */
final class StaffCsvCells {

    final StaffCsvHeader header;
    final List<String> cells;
    final int line;
    final List<LineError> errors;
    final Set<StaffField> failed = EnumSet.noneOf(StaffField.class);

    StaffCsvCells(StaffCsvHeader header, List<String> cells, int line, List<LineError> errors) {
        this.header = header;
        this.cells = cells;
        this.line = line;
        this.errors = errors;
    }

    String text(StaffField field) {
        Integer column = header.columns.get(field);
        return column == null || column >= cells.size() ? null : StaffTexts.clean(cells.get(column));
    }

    <T> T value(StaffField field, Function<String, Optional<T>> parse, String unknown) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            fail(field, unknown + ": \"" + text + "\"");
        }
        return value.orElse(null);
    }

    LocalDate date(StaffField field) {
        return value(field, SchoolDates::parse,
                "Ngày không hợp lệ (bad date): dùng dd/MM/yyyy hoặc yyyy-MM-dd");
    }

    private void fail(StaffField field, String message) {
        failed.add(field);
        errors.add(new LineError(line, header.nameOf(field), message));
    }
}
