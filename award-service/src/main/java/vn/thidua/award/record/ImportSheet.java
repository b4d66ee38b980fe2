package vn.thidua.award.record;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.platform.text.ControlCharacters;
import vn.thidua.platform.text.Csv;
import vn.thidua.platform.text.Texts;
import vn.thidua.platform.text.UploadedText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An uploaded table (CSV or the first sheet of an .xlsx) as lines of cells, each with its line number (the header
 * is line 1 in CSV, its row number in a sheet). Plain Java. Refuses the whole file for what makes it unreadable
 * (size, encoding, broken quoting, a control character: {@link ControlCharacters}) and collects a warning for
 * every cell a spreadsheet would run as a formula ({@link Csv#formulaLike}), which is kept as text.
 */
final class ImportSheet {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 10_000;

    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    /** One line of cells, NFC-normalised. */
    record Line(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? Texts.blankToNull(cells.get(index).strip()) : null;
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    record Table(Line header, List<Line> rows, List<String> warnings) {
    }

    /** Why a whole file is refused: 413 for the sizes, 422 otherwise. */
    enum Reason { TOO_LARGE, TOO_MANY_ROWS, NOT_UTF8, NOT_XLSX, EMPTY, BAD_SYNTAX, CONTROL_CHARACTER }

    static final class UnreadableException extends RuntimeException {

        final Reason reason;
        final int line;
        final String column;

        UnreadableException(Reason reason, String message, int line, String column) {
            super(message);
            this.reason = reason;
            this.line = line;
            this.column = column;
        }
    }

    private ImportSheet() {
    }

    static Table csv(byte[] content) {
        checkSize(content);
        String text;
        try {
            text = UploadedText.decode(content);
        } catch (UploadedText.NotUtf8Exception e) {
            throw new UnreadableException(Reason.NOT_UTF8, e.getMessage(), e.line(), null);
        }
        UploadedText.LineIndex lines = new UploadedText.LineIndex(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(UploadedText.delimiterOf(text))
                .setIgnoreEmptyLines(true).get();
        List<Line> all = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                all.add(new Line(lines.lineOf(record.getCharacterPosition()), record.toList()));
                if (all.size() > MAX_ROWS + 1) {
                    throw tooManyRows();
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv stops at a quote that is never closed; the rest of the file cannot be trusted.
            Matcher start = START_LINE.matcher(String.valueOf(e.getMessage()));
            int line = start.find() ? Integer.parseInt(start.group(1)) : 0;
            throw new UnreadableException(Reason.BAD_SYNTAX, "Lỗi định dạng CSV: dấu ngoặc kép (\") không được đóng"
                    + (line > 0 ? " ở dòng " + line : "") + " (unclosed quote)", line, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return table(all);
    }

    static Table xlsx(byte[] content) {
        checkSize(content);
        List<Line> all = new ArrayList<>();
        List<String> formulaWarnings = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : text(cell, formatter, row.getRowNum() + 1, formulaWarnings));
                }
                all.add(new Line(row.getRowNum() + 1, cells));
                if (all.size() > MAX_ROWS + 1) {
                    throw tooManyRows();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableException unreadable) {
                throw unreadable;
            }
            throw new UnreadableException(Reason.NOT_XLSX, "Không đọc được tệp .xlsx (not a readable .xlsx workbook): "
                    + e.getClass().getSimpleName(), 0, null);
        }
        Table table = table(all);
        List<String> warnings = new ArrayList<>(formulaWarnings);
        warnings.addAll(table.warnings());
        return new Table(table.header(), table.rows(), warnings);
    }

    /** A formula cell is read as the value Excel last computed for it, with a warning. */
    private static String text(Cell cell, DataFormatter formatter, int line, List<String> warnings) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            warnings.add("Dòng " + line + ", cột " + (cell.getColumnIndex() + 1) + ": ô là công thức ="
                    + cell.getCellFormula() + "; đã lấy giá trị đã tính (line " + line + ": a formula cell, its "
                    + "computed value taken)");
            type = cell.getCachedFormulaResultType();
        }
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.STRING) {
            return cell.getRichStringCellValue().getString();
        }
        if (type == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
        return formatter.formatCellValue(cell);
    }

    private static Table table(List<Line> all) {
        List<Line> lines = new ArrayList<>();
        for (Line line : all) {
            if (!line.blank()) { // ";;;;" lines Excel leaves below a table
                refuseControlCharacters(line);
                lines.add(new Line(line.number(), line.cells().stream().map(Texts::nfc).toList()));
            }
        }
        if (lines.isEmpty()) {
            throw new UnreadableException(Reason.EMPTY, "Tệp rỗng (the file is empty)", 0, null);
        }
        if (lines.size() == 1) {
            throw new UnreadableException(Reason.EMPTY,
                    "Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu (no data rows below the header)", lines.get(0).number(),
                    null);
        }
        Line header = lines.get(0);
        List<String> warnings = new ArrayList<>();
        for (Line line : lines.subList(1, lines.size())) {
            for (int i = 0; i < line.cells().size(); i++) {
                String cell = line.cells().get(i);
                if (Csv.formulaLike(cell)) {
                    String column = columnName(header, i);
                    warnings.add("Dòng " + line.number() + ", cột " + column + ": ô bắt đầu bằng '" + cell.charAt(0)
                            + "' sẽ bị bảng tính hiểu là công thức; đã nhập như văn bản (line " + line.number()
                            + ", column " + column + ": starts like a formula; imported as text)");
                }
            }
        }
        return new Table(header, List.copyOf(lines.subList(1, lines.size())), warnings);
    }

    private static void refuseControlCharacters(Line line) {
        for (int i = 0; i < line.cells().size(); i++) {
            int at = ControlCharacters.indexOf(line.cells().get(i));
            if (at >= 0) {
                String name = ControlCharacters.name(line.cells().get(i).charAt(at));
                String column = String.valueOf(i + 1);
                throw new UnreadableException(Reason.CONTROL_CHARACTER, "Ký tự điều khiển " + name + " ở dòng "
                        + line.number() + ", cột " + column + " (vị trí " + (at + 1) + " trong ô) không được phép "
                        + "(control character " + name + " at line " + line.number() + ", column " + column + ")",
                        line.number(), column);
            }
        }
    }

    static String columnName(Line header, int index) {
        String name = header.cell(index);
        return name == null ? String.valueOf(index + 1) : "\"" + name + "\"";
    }

    private static void checkSize(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new UnreadableException(Reason.TOO_LARGE, "Tệp lớn hơn " + MAX_BYTES / (1024 * 1024)
                    + " MB; hãy chia thành nhiều tệp (the file is over 2 MB; split it)", 0, null);
        }
        if (content.length == 0) {
            throw new UnreadableException(Reason.EMPTY, "Tệp rỗng (the file is empty)", 0, null);
        }
    }

    private static UnreadableException tooManyRows() {
        return new UnreadableException(Reason.TOO_MANY_ROWS, "Tệp có hơn " + MAX_ROWS + " dòng; hãy chia thành nhiều "
                + "tệp (more than " + MAX_ROWS + " rows; split the file)", 0, null);
    }
}
