package vn.thidua.award.record;

import vn.thidua.award.record.ImportRows.CollectiveRef;
import vn.thidua.award.record.ImportRows.LineError;
import vn.thidua.award.record.ImportRows.PersonRef;
import vn.thidua.award.record.ImportRows.Row;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.text.Texts;
import vn.thidua.platform.time.SchoolDates;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of an import read column by column into a {@link Row}: each cell that cannot be a person reference, an
 * award, a school year, a decision number, a date or an issuer adds one error naming its column as the file writes
 * it, and a line with an error gives no row.
 */
record ImportCells(ImportSheet.Line line, ImportHeader header, List<LineError> errors) {

    /** Titles only a collective holds (DESIGN.md "Rules are data"); forms are given to people and collectives. */
    static final Set<Title> COLLECTIVE_TITLES = EnumSet.of(Title.TTLDTT, Title.TTLDXS, Title.CO_THI_DUA);
    /** What a collective may have been awarded before: its titles, Giấy khen and Bằng khen. */
    static final Set<Title> COLLECTIVE_AWARDS = EnumSet.of(Title.TTLDTT, Title.TTLDXS, Title.CO_THI_DUA,
            Title.GIAY_KHEN, Title.BANG_KHEN);

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*[-–/]\\s*(\\d{4})");
    private static final int MAX_TEXT = 200;

    private String text(ImportColumn column) {
        return header.cell(line, column);
    }

    private void fail(ImportColumn column, String message) {
        errors.add(new LineError(line.number(), header.name(column), message));
    }

    Row row(LocalDate today) {
        int before = errors.size();
        CollectiveRef collective = collective();
        // A group without its unit has failed already: no second error about the missing person.
        PersonRef person = collective == null && errors.size() == before ? person() : null;
        Title award = award();
        if (award != null && collective != null && !COLLECTIVE_AWARDS.contains(award)) {
            fail(ImportColumn.AWARD, award.label + " không trao cho tập thể (not a collective's award): dùng "
                    + "TTLĐTT, TTLĐXS, Cờ thi đua, Giấy khen hoặc Bằng khen");
        } else if (award != null && person != null && COLLECTIVE_TITLES.contains(award)) {
            fail(ImportColumn.AWARD, award.label + " là danh hiệu của tập thể (a collective's title): ghi mã đơn "
                    + "vị tập thể, không ghi người");
        }
        SchoolYear year = schoolYear(today);
        String number = required(ImportColumn.DECISION_NUMBER, "số quyết định (decision number)");
        LocalDate date = date(year, today);
        String issuer = required(ImportColumn.ISSUER, "cơ quan ban hành (issuer)");
        String level = level();
        return errors.size() > before ? null
                : new Row(line.number(), person, collective, award, year, number, date, issuer, level);
    }

    /** A collective's row: a unit code and no person (a person's row may carry its unit: the person wins). */
    private CollectiveRef collective() {
        String unit = text(ImportColumn.COLLECTIVE_UNIT);
        boolean person = text(ImportColumn.PERSON_ID) != null || text(ImportColumn.PERSON_CODE) != null
                || text(ImportColumn.STAFF_CODE) != null;
        if (unit == null || person) {
            if (!person && text(ImportColumn.COLLECTIVE_GROUP) != null) {
                fail(ImportColumn.COLLECTIVE_UNIT, "Mã tổ cần mã đơn vị của tổ (a group needs its unit code)");
            }
            return null;
        }
        String group = text(ImportColumn.COLLECTIVE_GROUP);
        if (unit.length() > MAX_TEXT || (group != null && group.length() > MAX_TEXT)) {
            fail(unit.length() > MAX_TEXT ? ImportColumn.COLLECTIVE_UNIT : ImportColumn.COLLECTIVE_GROUP,
                    "Dài quá " + MAX_TEXT + " ký tự (over " + MAX_TEXT + " characters)");
        }
        return new CollectiveRef(unit, group);
    }

    private PersonRef person() {
        List<PersonRef> given = new ArrayList<>();
        for (ImportColumn column : List.of(ImportColumn.PERSON_ID, ImportColumn.PERSON_CODE, ImportColumn.STAFF_CODE)) {
            String value = text(column);
            if (value != null) {
                given.add(new PersonRef(column, value));
            }
        }
        if (given.isEmpty()) {
            fail(header.has(ImportColumn.PERSON_ID) ? ImportColumn.PERSON_ID
                    : header.has(ImportColumn.PERSON_CODE) ? ImportColumn.PERSON_CODE
                    : header.has(ImportColumn.STAFF_CODE) ? ImportColumn.STAFF_CODE
                    : ImportColumn.COLLECTIVE_UNIT, "Thiếu mã người: cần personId, số CCCD/mã số cá nhân hoặc mã "
                    + "cán bộ, hoặc mã đơn vị tập thể (no person or collective given)");
            return null;
        }
        // The first column given wins; the service checks that the others name the same person.
        return given.get(0);
    }

    private Title award() {
        String text = text(ImportColumn.AWARD);
        if (text == null) {
            fail(ImportColumn.AWARD, "Thiếu danh hiệu / hình thức (award missing)");
            return null;
        }
        Optional<Title> title = titleOf(text);
        if (title.isEmpty()) {
            fail(ImportColumn.AWARD, "Danh hiệu / hình thức không rõ \"" + text + "\" (unknown award); dùng mã "
                    + "(LDTT, CSTDCS, CSTD_TINH, …) hoặc tên (Lao động tiên tiến, Chiến sĩ thi đua cơ sở, …)");
        }
        return title.orElse(null);
    }

    private SchoolYear schoolYear(LocalDate today) {
        String text = text(ImportColumn.SCHOOL_YEAR);
        if (text == null) {
            fail(ImportColumn.SCHOOL_YEAR, "Thiếu năm học (school year missing)");
            return null;
        }
        Matcher matcher = YEAR.matcher(text);
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            fail(ImportColumn.SCHOOL_YEAR, "Năm học không hợp lệ \"" + text + "\" (bad school year): dùng 2021-2022");
            return null;
        }
        SchoolYear year = new SchoolYear(Integer.parseInt(matcher.group(1)));
        if (year.start().isAfter(today)) {
            fail(ImportColumn.SCHOOL_YEAR, "Năm học " + year + " chưa bắt đầu (the school year has not begun)");
            return null;
        }
        return year;
    }

    private LocalDate date(SchoolYear year, LocalDate today) {
        String text = text(ImportColumn.DECISION_DATE);
        if (text == null) {
            fail(ImportColumn.DECISION_DATE, "Thiếu ngày quyết định (decision date missing)");
            return null;
        }
        Optional<LocalDate> date = SchoolDates.parse(text);
        if (date.isEmpty()) {
            fail(ImportColumn.DECISION_DATE, "Ngày không hợp lệ \"" + text + "\" (bad date): dùng dd/MM/yyyy hoặc "
                    + "yyyy-MM-dd");
            return null;
        }
        if (date.get().isAfter(today)) {
            fail(ImportColumn.DECISION_DATE, "Ngày quyết định " + text + " ở tương lai (in the future)");
            return null;
        }
        if (year != null && date.get().isBefore(year.start())) {
            fail(ImportColumn.DECISION_DATE, "Ngày quyết định " + text + " trước năm học " + year
                    + " (before the school year it awards)");
            return null;
        }
        return date.get();
    }

    private String required(ImportColumn column, String what) {
        String text = text(column);
        if (text == null) {
            fail(column, "Thiếu " + what);
            return null;
        }
        if (text.length() > MAX_TEXT) {
            fail(column, "Dài quá " + MAX_TEXT + " ký tự (over " + MAX_TEXT + " characters)");
            return null;
        }
        return text;
    }

    private String level() {
        String text = text(ImportColumn.ISSUER_LEVEL);
        if (text == null) {
            return null;
        }
        Optional<String> level = levelOf(text);
        if (level.isEmpty()) {
            fail(ImportColumn.ISSUER_LEVEL, "Cấp ban hành không rõ \"" + text + "\" (unknown level): dùng Trường, "
                    + "Xã, Huyện, Tỉnh, Trung ương hoặc SCHOOL, COMMUNE, OFFICE, PROVINCE, NATIONAL");
        }
        return level.orElse(null);
    }

    /** A code (LDTT, CSTD_TINH, "cstđcs") or the Vietnamese name, with or without accents. */
    static Optional<Title> titleOf(String text) {
        String key = Texts.fold(text).replace(' ', '_').replace('-', '_');
        String compact = key.replace("_", "");
        for (Title title : Title.values()) {
            String code = title.name().toLowerCase(Locale.ROOT);
            if (code.equals(key) || code.replace("_", "").equals(compact)
                    || Texts.fold(title.label).equals(Texts.fold(text))) {
                return Optional.of(title);
            }
        }
        return Optional.empty();
    }

    static Optional<String> levelOf(String text) {
        return Optional.ofNullable(switch (Texts.fold(text)) {
            case "school", "truong", "cap truong", "co so" -> "SCHOOL";
            case "commune", "xa", "cap xa", "phuong", "cap phuong" -> "COMMUNE";
            case "office", "district", "huyen", "cap huyen", "phong", "phong gd&dt", "phong gddt" -> "OFFICE";
            case "province", "tinh", "cap tinh", "so", "so gd&dt", "ubnd tinh" -> "PROVINCE";
            case "national", "trung uong", "bo", "chinh phu", "toan quoc", "nha nuoc" -> "NATIONAL";
            default -> null;
        });
    }
}
