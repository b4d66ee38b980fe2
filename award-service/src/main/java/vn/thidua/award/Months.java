package vn.thidua.award;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Months of leave in a school year, counted as evaluation-service counts them: calendar months, days
 * beyond whole months as days / 30, overlapping or adjacent leave merged first. Also the wording of
 * months, percentages and dates in explanations.
 */
final class Months {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Months() {
    }

    static double between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        Period period = Period.between(from, to.plusDays(1));
        return period.toTotalMonths() + period.getDays() / 30.0;
    }

    /** Leave inside the school year: maternity only ({@code maternity}) or everything else. */
    static double leave(List<StaffFacts.Leave> leave, SchoolYear year, boolean maternity) {
        List<LocalDate[]> spans = new ArrayList<>();
        for (StaffFacts.Leave l : leave) {
            if ((l.kind() == StaffFacts.LeaveKind.MATERNITY) != maternity) {
                continue;
            }
            LocalDate from = l.from().isBefore(year.start()) ? year.start() : l.from();
            LocalDate to = l.to().isAfter(year.end()) ? year.end() : l.to();
            if (!to.isBefore(from)) {
                spans.add(new LocalDate[] {from, to});
            }
        }
        spans.sort(Comparator.comparing(span -> span[0]));
        double total = 0;
        LocalDate[] current = null;
        for (LocalDate[] span : spans) {
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

    /** "7", "7,5": one decimal, Vietnamese decimal comma. */
    static String format(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded).replace('.', ',');
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "0 %" : format(100.0 * part / whole) + " %";
    }

    static String day(LocalDate day) {
        return day == null ? "?" : DAY.format(day);
    }
}
