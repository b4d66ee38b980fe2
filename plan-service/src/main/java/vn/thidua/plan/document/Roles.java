package vn.thidua.plan.document;

import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits the first line of a responsibility (tổ chức thực hiện) into who and what, without changing either.
 *
 * <p>The rule, in order:
 * <ol>
 * <li>a colon with at most {@value #MAX_ROLE_WORDS} words before it and text after it: the role is the text before
 * the colon ("Các tổ chuyên môn, Văn phòng: Theo dõi …");</li>
 * <li>a colon that ends the line: the text before it is the role when it is one known role as a whole or contains
 * none ("Hiệu trưởng:", "Bộ phận y tế:"); a known role followed by more words ("Hiệu trưởng chỉ đạo các nội dung
 * sau:") is read by the next rule, since such a colon introduces a list;</li>
 * <li>otherwise known roles at the start, joined by ",", "và" or "/", with an optional qualifier
 * ("Giáo viên, nhân viên trong đơn vị căn cứ …" → "Giáo viên, nhân viên trong đơn vị");</li>
 * <li>otherwise no role: the whole line is the duties.</li>
 * </ol>
 */
final class Roles {

    static final int MAX_ROLE_WORDS = 10;
    /** Roles are short; looking no further keeps matching cheap on a pathological line. */
    private static final int MAX_ROLE_LENGTH = 200;
    private static final int MAX_JOINED_ROLES = 8;

    /**
     * Accent-folded; matched case- and diacritic-insensitively at the start of the line, longest first. Nouns that
     * need a complement ("Bộ phận …", "Đoàn thể …") are listed only in the forms that stand alone.
     */
    private static final String[] KNOWN = {
        "HIEU TRUONG", "PHO HIEU TRUONG", "BAN GIAM HIEU", "LANH DAO NHA TRUONG", "LANH DAO PHONG",
        "LANH DAO DON VI", "TRUONG PHONG", "PHO TRUONG PHONG", "CHUYEN VIEN", "CHI BO",
        "CONG DOAN", "CONG DOAN CO SO", "BAN CHAP HANH CONG DOAN", "BCH CONG DOAN", "CHI DOAN",
        "CHI DOAN THANH NIEN", "DOAN THANH NIEN", "LIEN DOI", "TONG PHU TRACH", "TONG PHU TRACH DOI",
        "TO TRUONG", "TO TRUONG CHUYEN MON", "TO TRUONG VAN PHONG", "TO PHO", "TO PHO CHUYEN MON",
        "TO CHUYEN MON", "TO VAN PHONG", "VAN PHONG", "GIAO VIEN", "GIAO VIEN CHU NHIEM", "GIAO VIEN BO MON",
        "NHAN VIEN", "KE TOAN", "VAN THU", "THU QUY", "Y TE", "THU VIEN", "CAN BO QUAN LY", "CAN BO",
        "VIEN CHUC", "NGUOI LAO DONG", "HOI DONG THI DUA KHEN THUONG", "HOI DONG THI DUA",
        "THUONG TRUC HOI DONG THI DUA KHEN THUONG", "BO PHAN THI DUA KHEN THUONG", "BO PHAN CHUYEN MON",
        "THU TRUONG DON VI", "THU TRUONG CAC DON VI", "DON VI TRUONG HOC", "TRUONG HOC", "CAC DOAN THE",
        "CAC BO PHAN", "BAN DAI DIEN CHA ME HOC SINH", "HOC SINH",
    };
    private static final String[] QUALIFIERS = {
        "TRONG DON VI", "TRONG NHA TRUONG", "TRONG TRUONG", "NHA TRUONG", "CUA TRUONG", "CUA DON VI",
        "TRUC THUOC", "CAC LOP", "CHU NHIEM", "BO MON",
    };
    private static final Pattern ROLES = Pattern.compile(rolesRegex());

    private Roles() {
    }

    /** @param role null when none is recognised; {@code rest} is the remainder of the line (the duties' start) */
    record Split(String role, String rest) {
    }

    static Split split(String line) {
        int colon = line.indexOf(':');
        if (colon > 0) {
            String before = VietnameseText.strip(line.substring(0, colon));
            String after = VietnameseText.strip(line.substring(colon + 1));
            if (!before.isEmpty() && VietnameseText.wordCount(before) <= MAX_ROLE_WORDS) {
                int known = knownEnd(before);
                if (!after.isEmpty() || known < 0 || known == before.length()) {
                    return new Split(before, after);
                }
            }
        }
        int known = knownEnd(line);
        if (known > 0) {
            return new Split(line.substring(0, known), VietnameseText.strip(line.substring(known)));
        }
        return new Split(null, line);
    }

    /** End offset of the known roles at the start of the line, or -1. */
    private static int knownEnd(String line) {
        Matcher m = ROLES.matcher(VietnameseText.fold(line.substring(0, Math.min(line.length(), MAX_ROLE_LENGTH))));
        return m.lookingAt() ? m.end() : -1;
    }

    private static String rolesRegex() {
        String role = "(?:(?:CAC|NHUNG)\\s+)?" + alternatives(KNOWN) + "(?![\\p{L}\\p{N}])";
        String joiner = "(?:\\s*,\\s*|\\s+VA\\s+|\\s*/\\s*)";
        return role + "(?:" + joiner + role + "){0," + MAX_JOINED_ROLES + "}(?:\\s+" + alternatives(QUALIFIERS)
                + "(?![\\p{L}\\p{N}]))?";
    }

    /** Longest first, since a regex alternation takes the first alternative that matches. */
    private static String alternatives(String[] phrases) {
        return Arrays.stream(phrases)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(phrase -> phrase.replace(" ", "[\\s\\-–]+"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
