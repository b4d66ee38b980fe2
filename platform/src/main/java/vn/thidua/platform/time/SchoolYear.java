package vn.thidua.platform.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Năm học: 1 September to 31 August, written "2022-2023" (the envelope's {@code schoolyear}). */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

    public static SchoolYear parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.strip());
        if (matcher == null || !matcher.matches()
                || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            throw new IllegalArgumentException("not a school year (yyyy-yyyy): " + text);
        }
        return new SchoolYear(Integer.parseInt(matcher.group(1)));
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 9, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    public SchoolYear minus(int years) {
        return new SchoolYear(startYear - years);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start()) && !day.isAfter(end());
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
