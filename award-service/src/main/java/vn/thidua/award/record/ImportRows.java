package vn.thidua.award.record;

import vn.thidua.award.rules.Title;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of an import of earlier decisions, read and checked as text: which column is which ({@link ImportHeader}),
 * and every cell that cannot be a person reference, an award, a school year, a decision number, a date or an issuer,
 * named by its line and its column as the file writes it ({@link ImportCells}). Plain Java; who the person is and
 * whether the record exists already is the service's part ({@link AchievementImport}).
 */
final class ImportRows {

    /** A problem on one line; {@code column} is the header as written in the file, null for the whole row. */
    record LineError(int line, String column, String message) {
    }

    /** How the row names its person: exactly one of the three columns. */
    record PersonRef(ImportColumn column, String value) {
    }

    /** A collective a row names: the unit's code, and a group of it or null for the unit itself. */
    record CollectiveRef(String unitCode, String groupCode) {
    }

    /** A row whose cells all read: exactly one of {@code person} and {@code collective}. */
    record Row(int line, PersonRef person, CollectiveRef collective, Title award, SchoolYear schoolYear,
            String decisionNumber, LocalDate decisionDate, String issuer, String issuerLevel) {
    }

    record Result(List<Row> rows, List<LineError> errors, List<String> warnings, ImportHeader columns,
            int dataRows) {

        /** The column's header as the file writes it, or its label when the file has no such column. */
        String header(ImportColumn column) {
            return columns.name(column);
        }
    }

    /** Header problems: the file cannot be read row by row. */
    static final class BadHeaderException extends RuntimeException {

        final List<LineError> errors;

        BadHeaderException(List<LineError> errors) {
            super("Dòng tiêu đề không hợp lệ: " + errors.size() + " lỗi (bad header line)");
            this.errors = List.copyOf(errors);
        }
    }

    private ImportRows() {
    }

    static Result read(ImportSheet.Table table, LocalDate today) {
        List<String> warnings = new ArrayList<>(table.warnings());
        ImportHeader header = ImportHeader.read(table.header(), warnings);
        List<LineError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (ImportSheet.Line line : table.rows()) {
            Row row = new ImportCells(line, header, errors).row(today);
            if (row != null) {
                rows.add(row);
            }
        }
        return new Result(rows, errors, warnings, header, table.rows().size());
    }
}
