package vn.thidua.award.eligibility;

import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Months of leave in a school year (counted by the platform's {@link vn.thidua.platform.time.Months},
 * as evaluation-service counts them), and the wording of months, percentages and dates in explanations.
 */
final class Months {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Months() {
    }

    /** Leave inside the school year: maternity only ({@code maternity}), or absence (leave not counted as work). */
    static double leave(List<StaffFacts.Leave> leave, SchoolYear year, boolean maternity) {
        List<vn.thidua.platform.time.Months.Span> spans = leave.stream()
                .filter(l -> l.kind() != null)
                .filter(l -> maternity ? l.kind() == StaffFacts.LeaveKind.MATERNITY : !l.kind().countsAsWork())
                .map(l -> new vn.thidua.platform.time.Months.Span(l.from(), l.to()))
                .toList();
        return vn.thidua.platform.time.Months.within(spans, year.start(), year.end());
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
