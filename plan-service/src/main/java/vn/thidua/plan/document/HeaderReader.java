package vn.thidua.plan.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header above the document kind: issuing body and unit (left column), "Số: …", the national motto and
 * the place and date (right column). The columns may come one after the other (a .docx table, a copy of it) or
 * interleaved on shared lines (a text export); every fragment is recognised by what it says, not where it is.
 *
 * <p>Name lines are the fragments in capitals that are neither the motto nor "Số:": the first is the issuing
 * body (cơ quan chủ quản) and the rest, joined by a space, the unit; a single one is the unit.
 */
final class HeaderReader {

    private static final Pattern NUMBER = Pattern.compile("^SO\\s*[:.]?\\s*(?=[\\d/:]|$)");
    private static final Pattern DATE_LINE = Pattern.compile("^(?:([^,]{1,60}?)\\s*,\\s*)?NGAY(?![\\p{L}])(.*)$");
    private static final Pattern DATE_PARTS = Pattern.compile(
            "^\\s*(\\d{1,2})\\s*(?:THANG\\s*(\\d{1,2})\\s*,?\\s*NAM\\s*(\\d{4})"
            + "|([/.-])\\s*(\\d{1,2})\\s*\\4\\s*(\\d{4}))");

    private final Warnings warnings;
    private final List<SourceLine> names = new ArrayList<>();
    private String documentNumber;
    private Integer numberLine;
    private String place;
    private LocalDate documentDate;
    private boolean dateLine;

    HeaderReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /** Whether a line belongs in a header, for documents where no kind line ("KẾ HOẠCH") ends the header. */
    static boolean looksLikeHeader(String line) {
        Columns columns = Columns.of(line);
        return isHeaderFragment(columns.left()) && (columns.right().isEmpty() || isHeaderFragment(columns.right()));
    }

    private static boolean isHeaderFragment(String fragment) {
        String folded = VietnameseText.fold(fragment);
        return fragment.isEmpty() || isDecoration(fragment) || VietnameseText.isUppercase(fragment)
                || isMotto(fragment) || NUMBER.matcher(folded).find() || DATE_LINE.matcher(folded).matches();
    }

    void read(SourceLine line) {
        Columns columns = Columns.of(line.text());
        fragment(columns.left(), line.number());
        fragment(columns.right(), line.number());
    }

    private void fragment(String text, int line) {
        String folded = VietnameseText.fold(text);
        if (text.isEmpty() || isDecoration(text) || isMotto(text)) {
            return;
        }
        Matcher number = NUMBER.matcher(folded);
        if (number.find()) {
            number(VietnameseText.strip(text.substring(number.end())), line);
            return;
        }
        Matcher date = DATE_LINE.matcher(folded);
        if (date.matches()) {
            date(text, date, line);
            return;
        }
        if (VietnameseText.isUppercase(text)) {
            names.add(new SourceLine(line, text));
            return;
        }
        warnings.add(Warnings.UNRECOGNISED_TEXT, line,
                "Không nhận ra dòng này trong phần đầu văn bản, nội dung được giữ ở đây: " + Warnings.quote(text),
                "header text not recognised, kept here");
    }

    private void number(String value, int line) {
        numberLine = line;
        // "Số:      /KH-THCS" is a draft whose number is written in by hand after signing: it has no number yet.
        if (value.chars().anyMatch(Character::isDigit)) {
            documentNumber = value;
        } else {
            warnings.add(Warnings.NO_DOCUMENT_NUMBER, line,
                    "Số văn bản chưa được điền: " + Warnings.quote(value), "the document number is left blank");
        }
    }

    private void date(String text, Matcher date, int line) {
        dateLine = true;
        if (date.group(1) != null) {
            place = VietnameseText.strip(text.substring(date.start(1), date.end(1)));
        }
        Matcher parts = DATE_PARTS.matcher(date.group(2));
        if (!parts.find()) {
            warnings.add(Warnings.NO_DOCUMENT_DATE, line,
                    "Ngày ban hành chưa được điền đủ: " + Warnings.quote(text), "the date is left blank");
            return;
        }
        String day = parts.group(1);
        String month = parts.group(2) != null ? parts.group(2) : parts.group(5);
        String year = parts.group(3) != null ? parts.group(3) : parts.group(6);
        try {
            documentDate = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            warnings.add(Warnings.INVALID_DATE, line,
                    "Ngày ban hành không có thật: " + Warnings.quote(text), "the date does not exist");
        }
    }

    /** Adds the warnings about what the header lacks, once every header line is read. */
    void finish(ImportContext context) {
        if (names.isEmpty()) {
            warnings.add(Warnings.NO_HEADER, null,
                    "Không thấy tên cơ quan, đơn vị ban hành ở đầu văn bản",
                    "no issuing body or unit name in the header");
        } else if (context.unitName() != null
                && !VietnameseText.key(unitName()).equals(VietnameseText.key(context.unitName()))) {
            warnings.add(Warnings.UNIT_MISMATCH, names.get(names.size() == 1 ? 0 : 1).number(),
                    "Đơn vị ban hành " + Warnings.quote(unitName()) + " khác đơn vị đang nhập "
                            + Warnings.quote(context.unitName()),
                    "the issuing unit differs from the unit importing the plan");
        }
        if (numberLine == null) {
            warnings.add(Warnings.NO_DOCUMENT_NUMBER, null, "Văn bản không có số, ký hiệu",
                    "the document has no number");
        }
        if (!dateLine) {
            warnings.add(Warnings.NO_DOCUMENT_DATE, null, "Văn bản không ghi địa danh, ngày tháng ban hành",
                    "the document has no place and date line");
        }
    }

    String issuingBody() {
        return names.size() >= 2 ? names.get(0).text() : null;
    }

    String unitName() {
        if (names.isEmpty()) {
            return null;
        }
        List<SourceLine> unit = names.size() == 1 ? names : names.subList(1, names.size());
        return String.join(" ", unit.stream().map(SourceLine::text).toList());
    }

    String documentNumber() {
        return documentNumber;
    }

    String place() {
        return place;
    }

    LocalDate documentDate() {
        return documentDate;
    }

    static boolean isDecoration(String text) {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean isMotto(String text) {
        String key = VietnameseText.key(text);
        return key.startsWith("CONG HOA XA HOI CHU NGHIA VIET NAM") || key.equals("DOC LAP TU DO HANH PHUC");
    }
}
