package vn.thidua.evaluation.staff;

import vn.thidua.platform.text.Texts;

import java.util.Locale;
import java.util.regex.Pattern;

/** Accent folding for matching what people type (headers, positions, searches); stored text keeps its accents. */
public final class StaffTexts {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private StaffTexts() {
    }

    /** NFC, trimmed, inner whitespace collapsed; null for blank. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = SPACES.matcher(Texts.nfc(text).strip()).replaceAll(" ");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** "Phó Hiệu trưởng" → "pho hieu truong" (platform's folding). */
    public static String fold(String text) {
        return Texts.fold(text);
    }

    /**
     * A lookup key for headers and listed values: folded, hints in brackets dropped ("Ngày sinh
     * (dd/mm/yyyy)"), punctuation and underscores as spaces ("full_name" → "full name").
     */
    public static String key(String text) {
        String folded = fold(BRACKETED.matcher(text == null ? "" : text).replaceAll(" "));
        return NOT_ALPHANUMERIC.matcher(folded).replaceAll(" ").strip();
    }

    /** The code of a professional group from its name: "Tổ 2-3" → "TO-2-3", "Văn phòng" → "VAN-PHONG". */
    public static String groupCode(String groupName) {
        String code = NOT_ALPHANUMERIC.matcher(fold(groupName)).replaceAll("-").replaceAll("^-+|-+$", "");
        return code.isEmpty() ? null : code.toUpperCase(Locale.ROOT);
    }

    /**
     * Whether {@code text} contains {@code query}: accent-insensitive when the query is typed without
     * accents ("anh" finds "Ánh"), exact about accents when it has them ("Ánh" does not find "Anh").
     */
    public static boolean matches(String text, String query) {
        String wanted = clean(query);
        if (wanted == null) {
            return true;
        }
        if (text == null) {
            return false;
        }
        String lowerQuery = wanted.toLowerCase(Locale.ROOT);
        boolean unaccented = fold(lowerQuery).equals(lowerQuery);
        return unaccented ? fold(text).contains(lowerQuery)
                : clean(text).toLowerCase(Locale.ROOT).contains(lowerQuery);
    }
}
