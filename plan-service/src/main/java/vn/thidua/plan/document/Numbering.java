package vn.thidua.plan.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that a list is numbered 1, 2, 3… (or a, b, c…) and reports gaps, repeats and disorder; it never
 * renumbers. Bullets and outline numbers ("2.1") are not checked.
 */
final class Numbering {

    /**
     * Letters in list order. Vietnamese lists run a, b, c, d, đ, e, g, h… (no f, j, w, z), while Word's automatic
     * lettering runs a–z without đ; a letter missing from only one of the two alphabets is not a gap.
     */
    private static final String LETTERS = "abcdđefghijklmnopqrstuvwxyz";
    private static final String OPTIONAL_LETTERS = "đfjwz";
    private static final int MAX_LISTED_MISSING = 3;

    private Numbering() {
    }

    /**
     * @param section the section's name for messages, e.g. "Giải pháp"
     * @param english the same in English
     */
    static void check(ItemList list, String section, String english, Warnings warnings) {
        Marker.Style style = list.style();
        if (style != Marker.Style.DECIMAL && style != Marker.Style.LETTER) {
            return;
        }
        Set<Integer> seen = new HashSet<>();
        int previous = 0;
        String previousNumber = null;
        for (ItemList.Item item : list.items()) {
            int value = style == Marker.Style.DECIMAL
                    ? Integer.parseInt(item.number) : LETTERS.indexOf(item.number) + 1;
            if (!seen.add(value)) {
                warnings.add(Warnings.NUMBERING_REPEAT, item.line,
                        section + ": số " + item.number + " lặp lại",
                        english + ": number " + item.number + " is repeated");
            } else if (value < previous) {
                warnings.add(Warnings.NUMBERING_ORDER, item.line,
                        section + ": số " + item.number + " đứng sau số " + previousNumber,
                        english + ": " + item.number + " comes after " + previousNumber);
            } else {
                List<String> missing = missing(style, previous, value);
                if (!missing.isEmpty()) {
                    String missingText = missing.size() > MAX_LISTED_MISSING
                            ? missing.get(0) + "–" + missing.get(missing.size() - 1)
                            : String.join(", ", missing);
                    String after = previousNumber == null ? "bắt đầu từ " + item.number : "sau số " + previousNumber
                            + " là số " + item.number;
                    String afterEnglish = previousNumber == null ? "starts at " + item.number
                            : item.number + " follows " + previousNumber;
                    warnings.add(Warnings.NUMBERING_GAP, item.line,
                            section + ": " + after + ", thiếu số " + missingText,
                            english + ": " + afterEnglish + ", " + missingText + " missing");
                }
            }
            if (value > previous) {
                previous = value;
                previousNumber = item.number;
            }
        }
    }

    private static List<String> missing(Marker.Style style, int from, int to) {
        List<String> missing = new ArrayList<>();
        for (int value = from + 1; value < to; value++) {
            if (style == Marker.Style.DECIMAL) {
                missing.add(String.valueOf(value));
            } else if (OPTIONAL_LETTERS.indexOf(LETTERS.charAt(value - 1)) < 0) {
                missing.add(String.valueOf(LETTERS.charAt(value - 1)));
            }
        }
        return missing;
    }
}
