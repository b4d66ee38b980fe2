package vn.thidua.evaluation.staff;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.thidua.platform.text.Texts;
import vn.thidua.platform.text.UploadedText;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a staff list exported from a school's spreadsheet (danh sách cán bộ, giáo viên, nhân viên).
 * Plain Java, no database: it turns bytes into checked rows and a list of every problem with its
 * line (the header is line 1) and column, so the caller decides what to store.
 *
 * <p>Accepts UTF-8 with or without BOM, comma or semicolon (Excel in a Vietnamese locale writes
 * semicolons), Vietnamese or English headers in any case and with or without accents, dates as
 * dd/MM/yyyy or yyyy-MM-dd. Columns it does not know are skipped with a warning, so the many extra
 * columns of HR exports ("Dân tộc", "Quê quán", …) need no editing; "Số CCCD" is the person code.
 */
final class StaffCsvImport {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;

    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    /** A problem on one line; {@code column} is the header as written in the file, null for the whole row. */
    public record LineError(int line, String column, String message) {
    }

    /** A row that passed every check. */
    public record Row(int line, StaffData data) {
    }

    /**
     * The outcome: good rows, the errors of the bad ones (a row may have several), warnings about
     * the file, the fields the file has columns for with their headers as written (an update leaves
     * the other fields as they are), and how many data rows it holds.
     */
    public record Result(char delimiter, Map<StaffField, String> columns, List<Row> rows, List<LineError> errors,
            List<String> warnings, int dataRows) {

        /** The header the file uses for {@code field}, for messages. */
        public String columnName(StaffField field) {
            return columns.getOrDefault(field, field.header);
        }

        public Set<Integer> rejectedLines() {
            return errors.stream().map(LineError::line).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Why a whole file is refused, whatever the mode. */
    public enum Reason { TOO_LARGE, TOO_MANY_ROWS, NOT_UTF8, EMPTY, BAD_HEADER, BAD_SYNTAX, CONTROL_CHARACTER }

    /** The file as a whole cannot be read; nothing of it can be imported. */
    public static final class UnreadableCsvException extends RuntimeException {

        private final Reason reason;
        private final List<LineError> errors;

        UnreadableCsvException(Reason reason, String message, List<LineError> errors) {
            super(message);
            this.reason = reason;
            this.errors = List.copyOf(errors);
        }

        public Reason reason() {
            return reason;
        }

        public List<LineError> errors() {
            return errors;
        }
    }

    private final LocalDate today;

    /** {@code today} bounds birth dates and is the default "active from" of a record without hire date. */
    public StaffCsvImport(LocalDate today) {
        this.today = today;
    }

    public Result parse(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new UnreadableCsvException(Reason.TOO_LARGE, "Tệp lớn hơn " + MAX_BYTES / (1024 * 1024)
                    + " MB; hãy chia thành nhiều tệp (the file is over 2 MB; split it)", List.of());
        }
        String text = decoded(content);
        if (text.isBlank()) {
            throw new UnreadableCsvException(Reason.EMPTY, "Tệp rỗng (the file is empty)", List.of());
        }
        UploadedText.LineIndex lines = new UploadedText.LineIndex(text);
        char delimiter = UploadedText.delimiterOf(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new UnreadableCsvException(Reason.EMPTY, "Tệp rỗng (the file is empty)", List.of());
            }
            CSVRecord headerRecord = records.next();
            StaffCsvSafety.refuseControlCharacters(headerRecord.toList(), lines.lineOf(headerRecord.getCharacterPosition()), null);
            StaffCsvHeader header = StaffCsvHeader.read(headerRecord.toList(), lines.lineOf(headerRecord.getCharacterPosition()));
            List<Row> rows = new ArrayList<>();
            List<Row> all = new ArrayList<>();
            List<LineError> errors = new ArrayList<>();
            List<String> warnings = new ArrayList<>(header.warnings);
            int dataRows = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                List<String> cells = record.toList().stream().map(Texts::nfc).toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue; // ";;;;" lines Excel leaves below a table
                }
                if (++dataRows > MAX_ROWS) {
                    throw new UnreadableCsvException(Reason.TOO_MANY_ROWS, "Tệp có hơn " + MAX_ROWS
                            + " dòng; hãy chia thành nhiều tệp (more than " + MAX_ROWS + " rows; split the file)",
                            List.of());
                }
                int line = lines.lineOf(record.getCharacterPosition());
                StaffCsvSafety.refuseControlCharacters(record.toList(), line, header);
                StaffCsvSafety.warnFormulas(record.toList(), line, header, warnings);
                List<LineError> rowErrors = new ArrayList<>();
                StaffData data = readRow(header, cells, line, rowErrors);
                all.add(new Row(line, data));
                if (rowErrors.isEmpty()) {
                    rows.add(new Row(line, data));
                } else {
                    errors.addAll(rowErrors);
                }
            }
            if (dataRows == 0) {
                throw new UnreadableCsvException(Reason.EMPTY,
                        "Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu (no data rows below the header)", List.of());
            }
            rejectDuplicates(all, rows, errors, header, StaffField.CODE, StaffData::code, "Mã");
            rejectDuplicates(all, rows, errors, header, StaffField.USER_NAME, StaffData::userName, "Tài khoản");
            rejectDuplicates(all, rows, errors, header, StaffField.PERSON_CODE, StaffData::personCode, "Số định danh");
            errors.sort(java.util.Comparator.comparingInt(LineError::line));
            return new Result(delimiter, Collections.unmodifiableMap(header.names), List.copyOf(rows),
                    List.copyOf(errors), List.copyOf(warnings), dataRows);
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv stops at a quote that is never closed; the rest of the file cannot be trusted.
            Matcher start = START_LINE.matcher(String.valueOf(e.getMessage()));
            int line = start.find() ? Integer.parseInt(start.group(1)) : 0;
            String message = "Lỗi định dạng CSV: dấu ngoặc kép (\") không được đóng (unclosed quote)";
            throw new UnreadableCsvException(Reason.BAD_SYNTAX, message + (line > 0 ? " ở dòng " + line : ""),
                    List.of(new LineError(line, null, message)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    private StaffData readRow(StaffCsvHeader header, List<String> cells, int line, List<LineError> errors) {
        if (cells.size() > header.size) {
            List<String> extra = cells.subList(header.size, cells.size());
            if (extra.stream().anyMatch(cell -> !cell.isBlank())) {
                errors.add(new LineError(line, null, "Dòng có " + cells.size() + " ô nhưng tiêu đề có " + header.size
                        + " cột; có thể thiếu dấu ngoặc kép quanh ô chứa dấu phân cách (" + cells.size()
                        + " cells but " + header.size + " columns; quote cells that contain the delimiter)"));
            }
        }
        StaffCsvCells row = new StaffCsvCells(header, cells, line, errors);
        String code = row.text(StaffField.CODE);
        String fullName = row.text(StaffField.FULL_NAME);
        Gender gender = row.value(StaffField.GENDER, Gender::fromText,
                "Giới tính không rõ (unknown gender): dùng Nam, Nữ hoặc Khác");
        LocalDate birthDate = row.date(StaffField.BIRTH_DATE);
        Position position = row.value(StaffField.POSITION, Position::fromText,
                "Chức vụ không rõ (unknown position): dùng " + Position.labels());
        String groupName = row.text(StaffField.GROUP_NAME);
        String groupCode = row.text(StaffField.GROUP_CODE);
        Employment employment = row.value(StaffField.EMPLOYMENT, Employment::fromText,
                "Loại hợp đồng không rõ (unknown employment): dùng Viên chức hoặc Hợp đồng");
        LocalDate hireDate = row.date(StaffField.HIRE_DATE);
        LocalDate activeFrom = row.date(StaffField.ACTIVE_FROM);
        LocalDate activeTo = row.date(StaffField.ACTIVE_TO);
        String userName = row.text(StaffField.USER_NAME);
        String personCode = row.text(StaffField.PERSON_CODE);
        StaffData data = new StaffData(code, fullName, gender, birthDate, position, groupCode, groupName, employment,
                hireDate, activeFrom, activeTo, userName, personCode).normalized();
        // What the row itself says; the service checks the record it makes of it (kept dates, defaults) again.
        for (StaffData.Violation violation : data.check(today)) {
            // A value already reported as unreadable is not reported again as missing; a row may leave
            // "active from" to the record it updates.
            if (!row.failed.contains(violation.field()) && violation.field() != StaffField.ACTIVE_FROM) {
                errors.add(new LineError(line, header.nameOf(violation.field()), violation.message()));
            }
        }
        return data;
    }

    /**
     * Every line of a repeated code (or account) is rejected, bad lines included: which of them is
     * right is for the school to say, and a fixed line must not collide with one already imported.
     */
    private static void rejectDuplicates(List<Row> all, List<Row> rows, List<LineError> errors, StaffCsvHeader header,
            StaffField field, Function<StaffData, String> value, String label) {
        Map<String, List<Integer>> linesByValue = new LinkedHashMap<>();
        for (Row row : all) {
            String key = value.apply(row.data());
            if (key != null) {
                linesByValue.computeIfAbsent(key, k -> new ArrayList<>()).add(row.line());
            }
        }
        Set<Integer> rejected = new TreeSet<>();
        linesByValue.forEach((key, lines) -> {
            if (lines.size() > 1) {
                String where = lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
                for (int line : lines) {
                    errors.add(new LineError(line, header.nameOf(field), label + " " + key
                            + " trùng nhau ở các dòng " + where + " (duplicate " + field.jsonName + " on lines " + where
                            + ")"));
                    rejected.add(line);
                }
            }
        });
        rows.removeIf(row -> rejected.contains(row.line()));
    }

    /** Strict UTF-8 (platform's rules for every upload), its BOM dropped; the refusal names the line. */
    private static String decoded(byte[] content) {
        try {
            return UploadedText.decode(content);
        } catch (UploadedText.NotUtf8Exception e) {
            throw new UnreadableCsvException(Reason.NOT_UTF8, e.getMessage(),
                    List.of(new LineError(e.line(), null, e.getMessage())));
        }
    }

}
