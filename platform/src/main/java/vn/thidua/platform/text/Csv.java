package vn.thidua.platform.text;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV exports for spreadsheets: UTF-8 with a byte order mark (without it Excel reads Vietnamese as
 * Windows-1252), RFC 4180 quoting, CRLF line ends. The delimiter is the caller's: a comma, or a
 * semicolon where Excel's regional settings use the comma as the decimal mark.
 *
 * <p>Every text cell that a spreadsheet would read as a formula (it begins with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return) is written with a leading single quote, the OWASP rule
 * against CSV injection: a school named {@code =HYPERLINK(…)} stays text. Numbers ({@link Number}
 * values) are written as they are, so a negative count stays a number.
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    /** The header and the rows; a null cell is empty, other cells are written as {@code toString()}. */
    public static byte[] write(char delimiter, List<String> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, delimiter, header);
        rows.forEach(row -> line(out, delimiter, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a spreadsheet would take this cell text as a formula (the OWASP CSV-injection characters). */
    public static boolean formulaLike(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    private static void line(StringBuilder out, char delimiter, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            out.append(cell(cells.get(i), delimiter));
        }
        out.append("\r\n");
    }

    static String cell(Object value, char delimiter) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && formulaLike(text)) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
