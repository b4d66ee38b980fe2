package vn.thidua.contracts;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.Format;

import java.util.function.Predicate;

/**
 * The {@code uuid} and {@code date} formats checked character by character instead of through the
 * validator's own regular expression and {@code LocalDate.parse} with its exception: every event
 * carries several of each, and they were ~30 % of the schema walk of a bulk post's events
 * (bench/RESULTS.md, "The contract check's formats"). They accept exactly what networknt's do
 * ({@code ExactFormatsTest} compares both on the same strings): a uuid is 8-4-4-4-12 ASCII hex digits
 * of either case; a date is RFC 3339's full-date, {@code YYYY-MM-DD}, a real day of year 0000–9999.
 */
final class ExactFormats {

    private ExactFormats() {
    }

    /** A format by its name, checked by {@code check}; networknt's message key for that name. */
    private record Exact(String name, Predicate<String> check) implements Format {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getMessageKey() {
            return "format." + name;
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            return check.test(value);
        }
    }

    static final Format UUID = new Exact("uuid", ExactFormats::isUuid);
    static final Format FULL_DATE = new Exact("date", ExactFormats::isFullDate);

    static boolean isUuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean isFullDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 when one is not a digit. */
    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
