package vn.thidua.plan.document;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/** Text helpers for matching Vietnamese administrative wording while keeping the original text intact. */
final class VietnameseText {

    /** Folded form of every Latin letter, Vietnamese ones included (U+1EA0–U+1EF9), computed once. */
    private static final char[] FOLDED = new char[0x2000];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = foldChar(c);
        }
    }

    private VietnameseText() {
    }

    /** NFC without a leading byte order mark: the form every imported text is kept in. */
    static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.startsWith("\uFEFF") ? nfc.substring(1) : nfc;
    }

    /**
     * Splits on CRLF, CR, LF and the other breaks copies from Word carry (vertical tab for a manual line break,
     * form feed for a page break, Unicode line and paragraph separators), keeping empty lines: they separate
     * paragraphs in text exports.
     */
    static List<String> lines(String text) {
        return Arrays.asList(text.split("\r\n|[\r\n\u000B\f\u2028\u2029]", -1));
    }

    /** Trims spaces including the no-break spaces that Word exports leave around text. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Accent-folded uppercase copy of the same length ("Mục đích" → "MUC DICH"), so that a match found in the
     * folded text can be cut out of the original at the same offsets.
     */
    static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = text.charAt(i);
            folded[i] = c < FOLDED.length ? FOLDED[c] : foldChar(c);
        }
        return new String(folded);
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            return Character.toUpperCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'D';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
        char upper = Character.toUpperCase(base);
        return Character.isSurrogate(upper) ? c : upper;
    }

    /**
     * Comparison key of a heading or name: folded, punctuation as single spaces ("MỤC ĐÍCH - YÊU CẦU" →
     * "MUC DICH YEU CAU").
     */
    static String key(String text) {
        return fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** True when the text has letters and none of them is lowercase ("HIỆU TRƯỞNG", "PHÒNG GD&ĐT TAM NÔNG"). */
    static boolean isUppercase(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }

    static int wordCount(String text) {
        String stripped = strip(text);
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
