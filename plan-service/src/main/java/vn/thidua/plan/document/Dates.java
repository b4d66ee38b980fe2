package vn.thidua.plan.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Vietnamese documents write them: "ngày 17 tháng 02 năm 2023" or "ngày 17/02/2023". */
final class Dates {

    private static final Pattern WORDS = Pattern.compile(
            "(?iu)(?<!\\p{L})ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*,?\\s+năm\\s+(\\d{4})(?!\\d)");
    private static final Pattern DIGITS = Pattern.compile(
            "(?iu)(?<!\\p{L})ngày\\s+(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?!\\d)");

    private Dates() {
    }

    /**
     * A date found in a text.
     *
     * @param date    the date, or null when the written day, month and year are not a real date (31/02)
     * @param written the date as written
     */
    record Found(LocalDate date, String written) {
    }

    /** The first date written in the text, or null when there is none. */
    static Found find(String text) {
        Matcher words = WORDS.matcher(text);
        Matcher digits = DIGITS.matcher(text);
        boolean hasWords = words.find();
        boolean hasDigits = digits.find();
        if (hasWords && (!hasDigits || words.start() < digits.start())) {
            return found(words, words.group(1), words.group(2), words.group(3));
        }
        if (hasDigits) {
            return found(digits, digits.group(1), digits.group(3), digits.group(4));
        }
        return null;
    }

    private static Found found(Matcher m, String day, String month, String year) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            date = null;
        }
        return new Found(date, m.group());
    }

    /**
     * "ngày 05 tháng 02 năm 2023": Nghị định 30/2020/NĐ-CP writes days below 10 and the months 1 and 2 with a
     * leading zero.
     */
    static String write(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
