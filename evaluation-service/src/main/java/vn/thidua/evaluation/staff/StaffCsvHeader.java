package vn.thidua.evaluation.staff;

import vn.thidua.evaluation.staff.StaffCsvImport.LineError;
import vn.thidua.evaluation.staff.StaffCsvImport.Reason;
import vn.thidua.evaluation.staff.StaffCsvImport.UnreadableCsvException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** The header line: which column holds which field, and what the file calls it. */
final class StaffCsvHeader {

    final Map<StaffField, Integer> columns = new EnumMap<>(StaffField.class);
    final Map<StaffField, String> names = new EnumMap<>(StaffField.class);
    final List<String> warnings = new ArrayList<>();
    int size;

    static StaffCsvHeader read(List<String> cells, int line) {
        StaffCsvHeader header = new StaffCsvHeader();
        header.size = cells.size();
        List<LineError> errors = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = StaffTexts.clean(cells.get(i));
            if (name == null || StaffField.IGNORED_HEADERS.contains(StaffTexts.key(name))) {
                continue;
            }
            StaffField field = StaffField.ofHeader(name);
            if (field == null) {
                header.warnings.add("Cột \"" + name + "\" (cột " + (i + 1) + ") không được nhận biết, bỏ qua "
                        + "(unknown column ignored)");
            } else if (header.columns.containsKey(field)) {
                errors.add(new LineError(line, name, "Cột \"" + name + "\" trùng với cột \""
                        + header.names.get(field) + "\" (two columns for " + field.jsonName + ")"));
            } else {
                header.columns.put(field, i);
                header.names.put(field, name);
            }
        }
        for (StaffField field : EnumSet.allOf(StaffField.class)) {
            if (field.requiredColumn && !header.columns.containsKey(field)) {
                errors.add(new LineError(line, field.header, "Thiếu cột bắt buộc \"" + field.header
                        + "\" (missing required column " + field.jsonName + "); tiêu đề được nhận: "
                        + String.join(", ", field.headerKeys)));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnreadableCsvException(Reason.BAD_HEADER, "Dòng tiêu đề không hợp lệ: "
                    + errors.size() + " lỗi (bad header line)", errors);
        }
        return header;
    }

    String nameOf(StaffField field) {
        return names.getOrDefault(field, field.header);
    }
}
