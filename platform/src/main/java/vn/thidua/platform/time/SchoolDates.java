package vn.thidua.platform.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as schools write them, in spreadsheets and in their software's records. */
public final class SchoolDates {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private SchoolDates() {
    }

    /** Dates as Vietnamese spreadsheets write them (15/03/1985, 15-3-1985, 15.03.1985) or ISO 1985-03-15. */
    public static Optional<LocalDate> parse(String text) {
        Matcher dayFirst = DAY_FIRST.matcher(text);
        Matcher iso = ISO.matcher(text);
        try {
            if (dayFirst.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1))));
            }
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // 31/02/1990
        }
        return Optional.empty();
    }
}
