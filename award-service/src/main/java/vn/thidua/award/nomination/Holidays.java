package vn.thidua.award.nomination;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The days off that are not weekends (ngày nghỉ lễ, Tết): the fixed-date holidays of Bộ luật Lao động 2019 Điều 112
 * [secondary] in their validity, the dated ones of each year (Tết, Giỗ Tổ, the day next to Quốc khánh; [verify]),
 * and for each holiday on a Saturday or Sunday the next working day (nghỉ bù, Điều 111 khoản 3 [verify]). Plain
 * Java: {@link HolidayCalendar} reads the rows of V19.
 */
final class Holidays {

    /** A holiday on the same day every year, in force from {@code validFrom} to {@code validTo} (null: open). */
    record Rule(int month, int day, String name, LocalDate validFrom, LocalDate validTo) {
    }

    /** A holiday of one year; {@code lunarNewYear}: a day of Tết Âm lịch (the year counts as covered). */
    record Dated(LocalDate day, String name, boolean lunarNewYear) {
    }

    static final Holidays NONE = new Holidays(Map.of(), Set.of());

    /** The last year fixed rules are expanded to (no due date runs this far). */
    private static final int LAST_YEAR = 2100;

    private final Map<LocalDate, String> off;
    private final Set<Integer> tetYears;

    private Holidays(Map<LocalDate, String> off, Set<Integer> tetYears) {
        this.off = off;
        this.tetYears = tetYears;
    }

    static Holidays of(Collection<Rule> rules, Collection<Dated> dated) {
        TreeMap<LocalDate, String> holidays = new TreeMap<>();
        for (Rule rule : rules) {
            int last = rule.validTo() == null ? LAST_YEAR : rule.validTo().getYear();
            for (int year = rule.validFrom().getYear(); year <= last; year++) {
                LocalDate day = LocalDate.of(year, rule.month(), Math.min(rule.day(),
                        java.time.YearMonth.of(year, rule.month()).lengthOfMonth()));
                if (!day.isBefore(rule.validFrom()) && (rule.validTo() == null || !day.isAfter(rule.validTo()))) {
                    holidays.putIfAbsent(day, rule.name());
                }
            }
        }
        Set<Integer> tet = new TreeSet<>();
        for (Dated d : dated) {
            holidays.putIfAbsent(d.day(), d.name());
            if (d.lunarNewYear()) {
                tet.add(d.day().getYear());
            }
        }
        TreeMap<LocalDate, String> result = new TreeMap<>();
        holidays.forEach((day, name) -> {
            if (!weekend(day)) {
                result.put(day, name);
            }
        });
        // In date order, so a compensation never lands on a later holiday or on another compensation.
        holidays.forEach((day, name) -> {
            if (weekend(day)) {
                LocalDate next = day.plusDays(1);
                while (weekend(next) || result.containsKey(next) || holidays.containsKey(next)) {
                    next = next.plusDays(1);
                }
                result.put(next, "Nghỉ bù " + name + " (" + day + ")");
            }
        });
        return new Holidays(Map.copyOf(result), Set.copyOf(tet));
    }

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Whether {@code day} is a weekday off (a holiday or its compensation). */
    boolean isOff(LocalDate day) {
        return off.containsKey(day);
    }

    Optional<String> name(LocalDate day) {
        return Optional.ofNullable(off.get(day));
    }

    /** Whether the year's Tết (and with it its moving holidays) is recorded. */
    boolean covers(int year) {
        return tetYears.contains(year);
    }
}
