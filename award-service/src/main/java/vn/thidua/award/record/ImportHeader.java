package vn.thidua.award.record;

import vn.thidua.award.record.ImportRows.BadHeaderException;
import vn.thidua.award.record.ImportRows.LineError;
import vn.thidua.platform.text.Texts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The header line of an import: which column is which, and the header each has in the file (errors name the
 * column as the user wrote it). A column given twice, a required column missing or no column naming a person or
 * collective refuses the whole file; an unknown column is ignored with a warning.
 */
record ImportHeader(Map<ImportColumn, Integer> columns, Map<ImportColumn, String> headers) {

    static ImportHeader read(ImportSheet.Line header, List<String> warnings) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        Map<ImportColumn, String> headers = new EnumMap<>(ImportColumn.class);
        List<LineError> errors = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i);
            if (name == null || ImportColumn.IGNORED.contains(Texts.fold(name))) {
                continue;
            }
            ImportColumn column = ImportColumn.ofHeader(name);
            if (column == null) {
                warnings.add("Cột \"" + name + "\" (cột " + (i + 1) + ") không được nhận biết, bỏ qua (unknown column "
                        + "ignored)");
            } else if (columns.containsKey(column)) {
                errors.add(new LineError(header.number(), name, "Cột \"" + name + "\" trùng với cột \""
                        + headers.get(column) + "\" (two columns for " + column.name() + ")"));
            } else {
                columns.put(column, i);
                headers.put(column, name);
            }
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required && !columns.containsKey(column)) {
                errors.add(new LineError(header.number(), column.label, "Thiếu cột bắt buộc \"" + column.label
                        + "\" (missing required column); tiêu đề được nhận: " + String.join(", ", column.headers)));
            }
        }
        if (!columns.containsKey(ImportColumn.PERSON_ID) && !columns.containsKey(ImportColumn.PERSON_CODE)
                && !columns.containsKey(ImportColumn.STAFF_CODE) && !columns.containsKey(ImportColumn.COLLECTIVE_UNIT)) {
            errors.add(new LineError(header.number(), ImportColumn.PERSON_ID.label, "Cần một cột xác định người: "
                    + ImportColumn.PERSON_ID.label + ", " + ImportColumn.PERSON_CODE.label + " hoặc "
                    + ImportColumn.STAFF_CODE.label + ", hoặc tập thể: " + ImportColumn.COLLECTIVE_UNIT.label
                    + " (a person or collective column is required)"));
        }
        if (!errors.isEmpty()) {
            throw new BadHeaderException(errors);
        }
        return new ImportHeader(columns, headers);
    }

    boolean has(ImportColumn column) {
        return columns.containsKey(column);
    }

    /** The cell of {@code column} on {@code line}; null when the file has no such column or the cell is blank. */
    String cell(ImportSheet.Line line, ImportColumn column) {
        Integer index = columns.get(column);
        return index == null ? null : line.cell(index);
    }

    /** The column's header as the file writes it, or its label when the file has no such column. */
    String name(ImportColumn column) {
        return headers.getOrDefault(column, column.label);
    }
}
