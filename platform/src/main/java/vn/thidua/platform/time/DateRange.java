package vn.thidua.platform.time;

import java.time.LocalDate;

/**
 * The days the services take as input: 1900–2100. Jackson reads a JSON number as an epoch day
 * ({@code validFrom: 20230101} is the year 57358) and a year 0 or −1 parses; neither is a date of a
 * school's life, and consumers' contracts (four-digit years) refuse them, so the request is refused first.
 */
public final class DateRange {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private DateRange() {
    }

    /** Null (absent) or within the range. */
    public static boolean accepts(LocalDate day) {
        return day == null || acceptsYear(day.getYear());
    }

    public static boolean acceptsYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** "phải trong khoảng năm 1900–2100 (must be between the years 1900 and 2100)". */
    public static String message() {
        return "phải trong khoảng năm " + MIN_YEAR + "–" + MAX_YEAR + " (must be between the years " + MIN_YEAR
                + " and " + MAX_YEAR + ")";
    }

    /** The school year "yyyy-yyyy" of two consecutive years within the range, or null when it is not one. */
    public static SchoolYear schoolYear(String text) {
        try {
            SchoolYear year = SchoolYear.parse(text);
            return acceptsYear(year.startYear()) && acceptsYear(year.startYear() + 1) ? year : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
