package vn.thidua.plan.unit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.text.ControlCharacters;
import vn.thidua.platform.text.Csv;
import vn.thidua.platform.text.Texts;
import vn.thidua.platform.time.DateRange;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a unit list as offices keep it (UTF-8, with or without BOM, comma or semicolon; headers in
 * English or Vietnamese): code, name, level, parent code, valid from. Every bad line is reported
 * with its number (the header is line 1); nothing is guessed.
 */
final class UnitCsv {

    record Row(int line, String code, String name, UnitLevel level, String parentCode, LocalDate validFrom) {
    }

    /** The good rows, every error (nothing is imported then), and warnings that do not stop the import. */
    record Result(List<Row> rows, List<FieldError> errors, List<FieldError> warnings) {
    }

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("CODE", "code"), Map.entry("MA", "code"), Map.entry("MA DON VI", "code"),
            Map.entry("NAME", "name"), Map.entry("TEN", "name"), Map.entry("TEN DON VI", "name"),
            Map.entry("LEVEL", "level"), Map.entry("CAP", "level"), Map.entry("LOAI", "level"),
            Map.entry("PARENT", "parent"), Map.entry("PARENTCODE", "parent"), Map.entry("PARENT CODE", "parent"),
            Map.entry("DON VI CAP TREN", "parent"), Map.entry("MA CAP TREN", "parent"), Map.entry("TRUC THUOC", "parent"),
            Map.entry("VALIDFROM", "validFrom"), Map.entry("VALID FROM", "validFrom"), Map.entry("HIEU LUC TU", "validFrom"),
            Map.entry("TU NGAY", "validFrom"));

    private static final Map<String, UnitLevel> LEVELS = Map.ofEntries(
            Map.entry("PROVINCE", UnitLevel.PROVINCE), Map.entry("TINH", UnitLevel.PROVINCE), Map.entry("SO", UnitLevel.PROVINCE),
            Map.entry("DEPARTMENT", UnitLevel.DEPARTMENT),
            Map.entry("OFFICE", UnitLevel.OFFICE), Map.entry("PHONG", UnitLevel.OFFICE), Map.entry("HUYEN", UnitLevel.OFFICE),
            Map.entry("COMMUNE", UnitLevel.COMMUNE), Map.entry("XA", UnitLevel.COMMUNE), Map.entry("PHUONG", UnitLevel.COMMUNE),
            Map.entry("SCHOOL", UnitLevel.SCHOOL), Map.entry("TRUONG", UnitLevel.SCHOOL));

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    /** As the JSON API ({@link UnitView}): a unit name of at most 500 characters. */
    static final int MAX_NAME = 500;

    private UnitCsv() {
    }

    static Result read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(UnitProblems.notUtf8());
        }
        text = Texts.nfc(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (text.isBlank()) {
            return failed(UnitProblems.emptyFile());
        }
        Optional<ControlCharacters.Position> control = ControlCharacters.first(text);
        if (control.isPresent()) {
            return failed(UnitProblems.controlCharacter(control.get()));
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            Map<String, Integer> columns = new HashMap<>();
            List<FieldError> errors = new ArrayList<>();
            CSVRecord header = records.get(0);
            for (int i = 0; i < header.size(); i++) {
                String field = HEADERS.get(fold(header.get(i)));
                if (field != null) {
                    columns.putIfAbsent(field, i);
                }
            }
            for (String required : List.of("code", "name", "level", "parent")) {
                if (!columns.containsKey(required)) {
                    errors.add(UnitProblems.missingColumn(required));
                }
            }
            if (!errors.isEmpty()) {
                return new Result(List.of(), errors, List.of());
            }
            List<Row> rows = new ArrayList<>();
            List<FieldError> warnings = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                row(record, columns, errors).ifPresent(rows::add);
                formulas(record, warnings);
            }
            return new Result(rows, errors, warnings);
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            return failed(UnitProblems.unreadableCsv(e.getMessage()));
        }
    }

    private static Optional<Row> row(CSVRecord record, Map<String, Integer> columns, List<FieldError> errors) {
        int line = (int) record.getRecordNumber();
        String code = cell(record, columns.get("code"));
        String name = cell(record, columns.get("name"));
        String levelText = cell(record, columns.get("level"));
        String parent = cell(record, columns.get("parent"));
        String from = columns.containsKey("validFrom") ? cell(record, columns.get("validFrom")) : "";
        int before = errors.size();
        if (!code.matches("[A-Z0-9][A-Z0-9-]*")) {
            errors.add(UnitProblems.badCode(line, code));
        }
        if (name.isEmpty()) {
            errors.add(UnitProblems.nameMissing(line));
        } else if (name.length() > MAX_NAME) {
            errors.add(UnitProblems.nameTooLong(line, MAX_NAME));
        }
        UnitLevel level = LEVELS.get(fold(levelText));
        if (level == null) {
            errors.add(UnitProblems.unknownLevel(line, levelText));
        }
        LocalDate validFrom = null;
        if (!from.isEmpty()) {
            try {
                validFrom = from.contains("/") ? LocalDate.parse(from, VIETNAMESE_DATE) : LocalDate.parse(from);
            } catch (DateTimeParseException e) {
                errors.add(UnitProblems.badDate(line, from));
            }
            if (!DateRange.accepts(validFrom)) {
                errors.add(UnitProblems.badDate(line, from));
            }
        }
        return errors.size() > before ? Optional.empty()
                : Optional.of(new Row(line, code, name, level, Texts.blankToNull(parent), validFrom));
    }

    /** Cells a spreadsheet would run as a formula: imported as text, but the office should know. */
    private static void formulas(CSVRecord record, List<FieldError> warnings) {
        for (int i = 0; i < record.size(); i++) {
            if (Csv.formulaLike(record.get(i))) {
                warnings.add(UnitProblems.formulaCell((int) record.getRecordNumber(), i + 1, record.get(i).charAt(0)));
            }
        }
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() ? record.get(index).strip() : "";
    }

    /** Upper-case without accents: "Mã đơn vị" → "MA DON VI". */
    static String fold(String text) {
        return Texts.fold(text.replace('_', ' ')).toUpperCase(Locale.ROOT);
    }

    private static Result failed(FieldError error) {
        return new Result(List.of(), List.of(error), List.of());
    }
}
