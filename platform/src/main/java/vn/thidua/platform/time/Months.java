package vn.thidua.platform.time;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Months as the rules count them, the same in every service: calendar months, days beyond whole
 * months as days / 30, overlapping or adjacent periods merged first.
 */
public final class Months {

    /** A period of days, both ends included. */
    public record Span(LocalDate from, LocalDate to) {
    }

    private Months() {
    }

    /** Months from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    public static double between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        Period period = Period.between(from, to.plusDays(1));
        return period.toTotalMonths() + period.getDays() / 30.0;
    }

    /** Months covered by the spans inside [windowStart, windowEnd], each day counted once. */
    public static double within(List<Span> spans, LocalDate windowStart, LocalDate windowEnd) {
        List<LocalDate[]> clipped = new ArrayList<>();
        for (Span span : spans) {
            LocalDate from = span.from().isBefore(windowStart) ? windowStart : span.from();
            LocalDate to = span.to().isAfter(windowEnd) ? windowEnd : span.to();
            if (!to.isBefore(from)) {
                clipped.add(new LocalDate[] {from, to});
            }
        }
        clipped.sort(Comparator.comparing(span -> span[0]));
        double total = 0;
        LocalDate[] current = null;
        for (LocalDate[] span : clipped) {
            if (current != null && !span[0].isAfter(current[1].plusDays(1))) {
                if (span[1].isAfter(current[1])) {
                    current[1] = span[1];
                }
            } else {
                if (current != null) {
                    total += between(current[0], current[1]);
                }
                current = span;
            }
        }
        return current == null ? total : total + between(current[0], current[1]);
    }
}
