package vn.thidua.plan.document;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section heading, recognised on its accent-folded key whatever its numeral (Roman, Arabic, letter or none),
 * case or diacritics: "I. MỤC ĐÍCH - YÊU CẦU", "1. Mục đích, yêu cầu", "II. CÁC NỘI DUNG THI ĐUA", "3. BIỆN PHÁP".
 *
 * @param section what follows the heading
 * @param numeral how the heading was numbered
 * @param text    the rest of the line after "Mục đích:" when a heading carries its first paragraph, else ""
 */
record Heading(Section section, Numeral numeral, String text) {

    enum Numeral { ROMAN, ARABIC, OTHER, NONE }

    enum Section {
        PURPOSES_AND_REQUIREMENTS, PURPOSES, REQUIREMENTS, CONTENTS, MEASURES, RESPONSIBILITIES,
        /** A heading this importer has no place for ("V. KINH PHÍ"): its text is reported, not dropped. */
        UNKNOWN
    }

    private static final Pattern ROMAN = Pattern.compile("^(?:(?:PHẦN|Phần)\\s+)?([IVX]{1,5})\\s*[.)/:–-]\\s*(.*)$");
    private static final int MAX_UNKNOWN_HEADING_WORDS = 12;
    private static final Map<String, Section> KEYS = new HashMap<>();

    static {
        keys(Section.PURPOSES_AND_REQUIREMENTS, "MUC DICH YEU CAU", "MUC DICH VA YEU CAU");
        keys(Section.PURPOSES, "MUC DICH");
        keys(Section.REQUIREMENTS, "YEU CAU");
        keys(Section.CONTENTS, "NOI DUNG", "NOI DUNG THUC HIEN", "NOI DUNG THI DUA", "CAC NOI DUNG THI DUA",
                "NOI DUNG PHONG TRAO THI DUA", "NOI DUNG PHAT DONG THI DUA", "NOI DUNG VA CHI TIEU THI DUA",
                "NOI DUNG CHI TIEU THI DUA", "NOI DUNG THI DUA TRONG TAM", "CAC NOI DUNG THI DUA TRONG TAM",
                "NOI DUNG TRONG TAM", "CAC NOI DUNG TRONG TAM");
        keys(Section.MEASURES, "GIAI PHAP", "GIAI PHAP THUC HIEN", "CAC GIAI PHAP", "CAC GIAI PHAP THUC HIEN",
                "GIAI PHAP CHU YEU", "CAC GIAI PHAP CHU YEU", "BIEN PHAP", "BIEN PHAP THUC HIEN", "CAC BIEN PHAP",
                "CAC BIEN PHAP THUC HIEN", "NHIEM VU VA GIAI PHAP", "NHIEM VU GIAI PHAP", "GIAI PHAP VA BIEN PHAP");
        keys(Section.RESPONSIBILITIES, "TO CHUC THUC HIEN", "PHAN CONG THUC HIEN", "PHAN CONG TRACH NHIEM",
                "PHAN CONG NHIEM VU", "TRACH NHIEM THUC HIEN");
    }

    private static void keys(Section section, String... keys) {
        for (String key : keys) {
            KEYS.put(key, section);
        }
    }

    /** The heading a stripped line is, or null. */
    static Heading of(String line) {
        Numeral numeral = Numeral.NONE;
        String rest = line;
        Matcher m = ROMAN.matcher(line);
        if (m.matches()) {
            numeral = Numeral.ROMAN;
            rest = m.group(2);
        } else {
            Marker marker = Marker.of(line);
            if (marker != null && marker.style() != Marker.Style.BULLET) {
                numeral = marker.style() == Marker.Style.DECIMAL ? Numeral.ARABIC : Numeral.OTHER;
                rest = marker.text();
            }
        }
        Heading known = known(rest, numeral);
        if (known != null) {
            return known;
        }
        // Unlisted headings are recognised by being numbered and in capitals, like the listed ones; the parser
        // accepts an Arabic-numbered one only in documents whose sections are numbered that way.
        boolean capitalised = VietnameseText.isUppercase(rest) && VietnameseText.wordCount(rest) >= 2
                && VietnameseText.wordCount(rest) <= MAX_UNKNOWN_HEADING_WORDS;
        if (capitalised && (numeral == Numeral.ROMAN || numeral == Numeral.ARABIC)) {
            return new Heading(Section.UNKNOWN, numeral, "");
        }
        return null;
    }

    private static Heading known(String rest, Numeral numeral) {
        Section whole = KEYS.get(VietnameseText.key(rest));
        if (whole != null) {
            return new Heading(whole, numeral, "");
        }
        // "Mục đích: Tạo khí thế thi đua…" — a sub-heading followed by its first paragraph on the same line.
        int colon = rest.indexOf(':');
        if (colon > 0) {
            Section head = KEYS.get(VietnameseText.key(rest.substring(0, colon)));
            if (head == Section.PURPOSES || head == Section.REQUIREMENTS) {
                return new Heading(head, numeral, VietnameseText.strip(rest.substring(colon + 1)));
            }
        }
        return null;
    }
}
