package vn.thidua.plan.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a plan is for, and the check for years in its text that look left over from an older plan.
 *
 * <p>A phrase "năm YYYY" (or "năm học YYYY-YYYY") is a mismatch when its year is not the plan's year (for a
 * school-year plan, either of its two years) and it is not one of the legitimate uses of another year:
 * <ul>
 * <li>the end of a full date, "ngày 17 tháng 02 năm 2023": dates record when something happened;</li>
 * <li>a range that includes the plan's year, "năm 2021 - 2025";</li>
 * <li>an earlier year named as history or as a reference in the words just before it, in the same sentence:
 * an anniversary or founding ("kỷ niệm", "thành lập", "tái lập", "ra đời", "truyền thống", "lịch sử"), past
 * results ("kết quả", "đạt được"), a legal instrument ("Luật Thi đua, khen thưởng năm 2022", "Nghị quyết …"),
 * or "từ năm" / "trước năm";</li>
 * <li>a later year as a target: "đến năm 2025", "tới năm 2030", "tầm nhìn …".</li>
 * </ul>
 * Years inside anniversary dates written with digits, "(11/6/1948 - 11/6/2023)", and counts such as "40 năm Ngày
 * tái lập" are not "năm YYYY" phrases at all. Bases, the header and the title are not checked: citing an older
 * document is what a basis does.
 */
final class Years {

    /** The plan's year: a calendar year, or the first year of a school year (năm học 2023-2024 → 2023). */
    record PlanYear(int year, boolean schoolYear) {

        boolean covers(int other) {
            return other == year || schoolYear && other == year + 1;
        }

        String written() {
            return schoolYear ? year + "-" + (year + 1) : String.valueOf(year);
        }
    }

    private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";
    /** Spaces as documents have them: .docx text often carries no-break spaces. */
    private static final String SPACE = "[\\s\\u00A0]";
    /** Any dash a typist or a word processor puts between the years: - ‐ ‑ ‒ – — ― − and the slash. */
    private static final String DASH = "[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212/]";
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(?iu)(?<!\\p{L})năm" + SPACE + "+học" + SPACE + "+"
            + "((?:19|20)\\d{2})" + SPACE + "*" + DASH + SPACE + "*" + YEAR);
    private static final Pattern CALENDAR_YEAR = Pattern.compile("(?iu)(?<!\\p{L})năm\\s+" + YEAR);
    private static final Pattern DATE_BEFORE = Pattern.compile("(?iu)tháng\\s*\\d{1,2}\\s*,?\\s*$");
    private static final Pattern RANGE_AFTER = Pattern.compile("(?iu)^\\s*(?:[-–]|đến|tới)\\s*(?:năm\\s+)?" + YEAR);
    private static final int WINDOW_WORDS = 8;
    /** Characters looked at before a phrase: enough for the window, and bounded so one huge line stays linear. */
    private static final int LOOKBACK = 200;
    private static final List<String> HISTORY = List.of("kỷ niệm", "thành lập", "tái lập", "ra đời", "truyền thống",
            "lịch sử", "kết quả", "đạt được", "luật", "nghị định", "nghị quyết", "thông tư", "chỉ thị", "quyết định",
            "hiến pháp", "pháp lệnh");
    private static final List<String> HISTORY_JUST_BEFORE = List.of("từ", "trước");
    private static final List<String> TARGET_JUST_BEFORE = List.of("đến", "tới");
    private static final List<String> TARGET = List.of("tầm nhìn");

    private Years() {
    }

    /**
     * The year the title names: "năm học 2023-2024" (any dash, with or without spaces; the two years
     * consecutive) or "năm 2023"; null when it names none.
     */
    static PlanYear fromTitle(String title) {
        PlanYear school = schoolYearIn(title);
        if (school != null) {
            return school;
        }
        Matcher calendar = CALENDAR_YEAR.matcher(title);
        return calendar.find() ? new PlanYear(Integer.parseInt(calendar.group(1)), false) : null;
    }

    /**
     * The school year the body names, for a title that names no year: the one "năm học YYYY - YYYY"
     * (consecutive) its lines name, however often; null when they name none or several different ones.
     */
    static PlanYear fromBody(List<SourceLine> lines) {
        PlanYear found = null;
        for (SourceLine line : lines) {
            Matcher school = SCHOOL_YEAR.matcher(line.text());
            while (school.find()) {
                PlanYear year = consecutive(school);
                if (year != null && found != null && !found.equals(year)) {
                    return null;
                }
                found = year == null ? found : year;
            }
        }
        return found;
    }

    /** The first "năm học YYYY - YYYY" of the text whose years are not consecutive ("năm học 2023 - 2025"), or null. */
    static String notConsecutive(String text) {
        Matcher school = SCHOOL_YEAR.matcher(text);
        while (school.find()) {
            if (consecutive(school) == null) {
                return school.group();
            }
        }
        return null;
    }

    private static PlanYear schoolYearIn(String text) {
        Matcher school = SCHOOL_YEAR.matcher(text);
        while (school.find()) {
            PlanYear year = consecutive(school);
            if (year != null) {
                return year;
            }
        }
        return null;
    }

    private static PlanYear consecutive(Matcher school) {
        int first = Integer.parseInt(school.group(1));
        return Integer.parseInt(school.group(2)) == first + 1 ? new PlanYear(first, true) : null;
    }

    /** Warns once for every stale "năm YYYY" or "năm học YYYY-YYYY" in the line. */
    static void check(SourceLine line, PlanYear plan, Warnings warnings) {
        String text = line.text();
        Matcher school = SCHOOL_YEAR.matcher(text);
        while (school.find()) {
            int first = Integer.parseInt(school.group(1));
            boolean matches = plan.schoolYear() ? first == plan.year() : plan.covers(first) || plan.covers(first + 1);
            if (!matches && !legitimate(text, school.start(), first, plan)) {
                warn(line, school.group(), plan, warnings);
            }
        }
        Matcher calendar = CALENDAR_YEAR.matcher(text);
        while (calendar.find()) {
            int year = Integer.parseInt(calendar.group(1));
            if (plan.covers(year) || DATE_BEFORE.matcher(before(text, calendar.start())).find()) {
                continue;
            }
            Matcher range = RANGE_AFTER.matcher(text.substring(calendar.end()));
            if (range.find()) {
                int to = Integer.parseInt(range.group(1));
                if (plan.year() >= year && plan.year() <= to) {
                    continue;
                }
            }
            if (!legitimate(text, calendar.start(), year, plan)) {
                warn(line, calendar.group(), plan, warnings);
            }
        }
    }

    private static boolean legitimate(String text, int start, int year, PlanYear plan) {
        List<String> words = wordsBefore(text, start);
        String window = String.join(" ", words);
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        if (year < plan.year()) {
            return HISTORY_JUST_BEFORE.contains(last) || HISTORY.stream().anyMatch(word -> containsWords(window, word));
        }
        return TARGET_JUST_BEFORE.contains(last) || TARGET.stream().anyMatch(word -> containsWords(window, word));
    }

    /** Up to {@value #WINDOW_WORDS} lowercased words before the offset, within its sentence. */
    private static List<String> wordsBefore(String text, int offset) {
        String before = before(text, offset);
        int sentence = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf(';'), before.lastIndexOf(": ")));
        String[] words = before.substring(sentence + 1).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> list = Arrays.stream(words).filter(word -> !word.isEmpty()).toList();
        return list.subList(Math.max(0, list.size() - WINDOW_WORDS), list.size());
    }

    private static String before(String text, int offset) {
        return text.substring(Math.max(0, offset - LOOKBACK), offset);
    }

    private static boolean containsWords(String window, String phrase) {
        return (" " + window + " ").contains(" " + phrase + " ");
    }

    private static void warn(SourceLine line, String phrase, PlanYear plan, Warnings warnings) {
        warnings.add(Warnings.YEAR_MISMATCH, line.number(),
                Warnings.quote(phrase) + " khác năm của kế hoạch (" + plan.written()
                        + "), có thể còn sót từ kế hoạch cũ",
                "the year differs from the plan's year " + plan.written() + "; possibly left over from an old plan");
    }
}
