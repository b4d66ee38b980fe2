package vn.thidua.evaluation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Months of work and of absence in a school year, in calendar months: 1 Sept – 30 Nov is 3.0
 * months; days beyond whole months count as days / 30. Overlapping or adjacent leave is merged
 * first, so one leave split into two records counts the same. Values are exact; only views round.
 */
public final class WorkTime {

    private WorkTime() {
    }

    /** Calendar months from {@code from} to {@code to}, both days included. */
    public static double months(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        Period period = Period.between(from, to.plusDays(1));
        return period.toTotalMonths() + period.getDays() / 30.0;
    }

    /** Months of leave other than maternity leave inside the school year (and inside [from, to] when given). */
    public static double absence(List<Facts.Leave> leave, SchoolYear year) {
        return absence(leave, year.start(), year.end());
    }

    static double absence(List<Facts.Leave> leave, LocalDate windowStart, LocalDate windowEnd) {
        List<LocalDate[]> spans = new ArrayList<>();
        for (Facts.Leave l : leave) {
            if (l == null || l.kind() == null || l.kind() == Facts.LeaveKind.MATERNITY || l.from() == null || l.to() == null) {
                continue;
            }
            LocalDate from = l.from().isBefore(windowStart) ? windowStart : l.from();
            LocalDate to = l.to().isAfter(windowEnd) ? windowEnd : l.to();
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
                    total += months(current[0], current[1]);
                }
                current = span;
            }
        }
        if (current != null) {
            total += months(current[0], current[1]);
        }
        return total;
    }

    /**
     * Months worked in the school year, when the school does not give them: from the earlier of
     * the hire date (vào ngành: a transfer has worked the year elsewhere) and the first day at the
     * school, to the last day at the school, less leave other than maternity leave.
     */
    public static double worked(LocalDate hireDate, LocalDate activeFrom, LocalDate activeTo, List<Facts.Leave> leave,
            SchoolYear year) {
        LocalDate began = hireDate != null && (activeFrom == null || hireDate.isBefore(activeFrom)) ? hireDate : activeFrom;
        LocalDate start = began == null || began.isBefore(year.start()) ? year.start() : began;
        LocalDate end = activeTo == null || activeTo.isAfter(year.end()) ? year.end() : activeTo;
        if (end.isBefore(start)) {
            return 0;
        }
        return Math.max(0, months(start, end) - absence(leave, start, end));
    }

    /** For views and events: one decimal. */
    public static double rounded(double months) {
        return Math.round(months * 10) / 10.0;
    }
}
