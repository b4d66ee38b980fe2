package vn.thidua.evaluation.staff;

import vn.thidua.evaluation.staff.StaffCsvImport.LineError;
import vn.thidua.evaluation.staff.StaffCsvImport.Reason;
import vn.thidua.evaluation.staff.StaffCsvImport.UnreadableCsvException;
import vn.thidua.platform.text.ControlCharacters;
import vn.thidua.platform.text.Csv;

import java.util.List;
import java.util.Map;

/** The cells of a staff CSV that are unsafe: control characters refuse the file, formula-like cells warn. */
final class StaffCsvSafety {

    private StaffCsvSafety() {
    }

    /**
     * A control character (NUL and the other C0 characters but tab and line ends) refuses the file, as the
     * unit CSV import does: it is garbage from a binary file or bad copy-paste, never a name.
     */
    static void refuseControlCharacters(List<String> cells, int line, StaffCsvHeader header) {
        for (int i = 0; i < cells.size(); i++) {
            int at = ControlCharacters.indexOf(cells.get(i));
            if (at >= 0) {
                String column = columnName(header, i);
                String name = ControlCharacters.name(cells.get(i).charAt(at));
                String message = "Ký tự điều khiển " + name + " ở dòng " + line + ", cột " + column + " (vị trí "
                        + (at + 1) + " trong ô) không được phép trong tệp (control character " + name + " at line "
                        + line + ", column " + column + ", position " + (at + 1) + " in the cell, not allowed)";
                throw new UnreadableCsvException(Reason.CONTROL_CHARACTER, message,
                        List.of(new LineError(line, column, message)));
            }
        }
    }

    /** Cells a spreadsheet would run as a formula ({@link Csv#formulaLike}): imported as text, with a warning. */
    static void warnFormulas(List<String> cells, int line, StaffCsvHeader header, List<String> warnings) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (Csv.formulaLike(cell)) {
                char first = cell.charAt(0);
                String shown = first == '\t' ? "tab" : first == '\r' ? "CR" : "'" + first + "'";
                String column = columnName(header, i);
                warnings.add("Dòng " + line + ", cột " + column + ": ô bắt đầu bằng " + shown + " sẽ bị bảng tính "
                        + "hiểu là công thức; đã nhập như văn bản (line " + line + ", column " + column + ": starts "
                        + "with " + shown + ", which spreadsheets run as a formula; imported as text)");
            }
        }
    }

    /** The column's header as written ("Họ và tên"), or its number when the header is not read yet or empty. */
    private static String columnName(StaffCsvHeader header, int index) {
        if (header != null) {
            for (Map.Entry<StaffField, Integer> column : header.columns.entrySet()) {
                if (column.getValue() == index) {
                    return "\"" + header.names.get(column.getKey()) + "\"";
                }
            }
        }
        return String.valueOf(index + 1);
    }
}
