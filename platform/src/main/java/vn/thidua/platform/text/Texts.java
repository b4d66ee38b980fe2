package vn.thidua.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as stored: Vietnamese kept exactly as given, only normalised to NFC so equal text compares equal. */
public final class Texts {

    private Texts() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Null for null, empty or blank text; otherwise the text without leading and trailing spaces. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * A key for matching what people type: "Phó  Hiệu trưởng" → "pho hieu truong" (no tone or vowel
     * marks, đ → d, lower case, single spaces). Never stored, only compared.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return SPACES.matcher(bare.strip()).replaceAll(" ");
    }
}
