package vn.thidua.plan.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list marker a line starts with, as written: "1." / "1)" → "1", "1.2." → "1.2", "a)" / "a." → "a",
 * "-" / "+" / "•" → the bullet itself.
 *
 * @param style  the numbering style; a list's items share the style of its first item, other styles are sub-items
 * @param number the number or bullet as written, without its delimiter
 * @param text   the rest of the line
 */
record Marker(Style style, String number, String text) {

    enum Style { DECIMAL, NESTED_DECIMAL, LETTER, BULLET }

    private static final Pattern NESTED_DECIMAL = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?(?![\\d])\\s*(.*)$");
    // "1/" is common in typed documents; a digit right after the delimiter means a date or an amount ("20/11").
    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,3})\\s?[.)/](?!\\d)\\s*(.*)$");
    // "a." needs a space after it so that "v.v." is not taken for item v; đ is a Vietnamese list letter (d, đ, e).
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])(?:\\)\\s*|\\.\\s+)(.*)$");
    private static final Pattern BULLET = Pattern.compile("^([-+•–—*·▪◦○➢✓])(?![-+•–—*·])\\s*(.*)$");

    /** The marker at the start of a stripped line, or null when the line is a plain paragraph. */
    static Marker of(String line) {
        Marker marker = match(NESTED_DECIMAL, Style.NESTED_DECIMAL, line);
        if (marker == null) {
            marker = match(DECIMAL, Style.DECIMAL, line);
        }
        if (marker == null) {
            marker = match(LETTER, Style.LETTER, line);
        }
        if (marker == null) {
            marker = match(BULLET, Style.BULLET, line);
        }
        return marker;
    }

    private static Marker match(Pattern pattern, Style style, String line) {
        Matcher m = pattern.matcher(line);
        return m.matches() ? new Marker(style, m.group(1), m.group(2)) : null;
    }

    /** How the number is written back in front of its text: "1.", "1.2.", "a)", "-". */
    static String render(String number) {
        if (number.matches("\\d+(\\.\\d+)*")) {
            return number + ".";
        }
        if (number.matches("[a-zđ]")) {
            return number + ")";
        }
        return number;
    }
}
