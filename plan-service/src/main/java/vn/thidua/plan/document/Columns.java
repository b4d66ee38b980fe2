package vn.thidua.plan.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two columns of a header or signature table as text exports write them: on one line, separated by a tab or
 * a run of spaces ("PHÒNG GD&ĐT TAM NÔNG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), or right-column text alone
 * on a line pushed right by such a run ("                    HIỆU TRƯỞNG").
 *
 * @param left  the left column's text, "" when the line only has right-column text
 * @param right the right column's text, "" when the line has one column
 */
record Columns(String left, String right) {

    /**
     * A tab, or three spaces or more: wider than any gap inside a sentence. Blanks left to be filled in by hand
     * inside one column are not gaps: "Số:      /KH-THCS", "ngày      tháng      năm 2024".
     */
    private static final Pattern GAP = Pattern.compile(
            "(?<!(?iu:ngày|tháng|số:|số))(?:\\t++[\\t \\u00A0]*+|[ \\u00A0]{3,}+[\\t \\u00A0]*+)"
            + "(?!/|(?iu:tháng|năm)(?!\\p{L}))");

    static Columns of(String line) {
        Matcher gap = GAP.matcher(line);
        if (!gap.find()) {
            return new Columns(VietnameseText.strip(line), "");
        }
        String left = VietnameseText.strip(line.substring(0, gap.start()));
        String right = VietnameseText.strip(line.substring(gap.end()));
        if (left.isEmpty()) {
            // Indented text is the right column on its own; a further gap inside it is part of that column.
            return new Columns("", right);
        }
        return new Columns(left, right);
    }
}
