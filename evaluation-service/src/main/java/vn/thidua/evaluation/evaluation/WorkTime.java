package vn.thidua.evaluation.evaluation;

import vn.thidua.platform.time.Months;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.util.List;

/**
 * Months of work and of absence in a school year, in calendar months: 1 Sept – 30 Nov is 3.0
 * months; days beyond whole months count as days / 30. Overlapping or adjacent leave is merged
 * first, so one leave split into two records counts the same. Values are exact; only views round.
 */
final class WorkTime {

    private WorkTime() {
    }

    /** Calendar months from {@code from} to {@code to}, both days included. */
    public static double months(LocalDate from, LocalDate to) {
        return Months.between(from, to);
    }

    /**
     * Months of absence inside the school year (and inside [from, to] when given): leave other than
     * maternity leave and leave counted as work ({@link Facts.LeaveKind#absence()}).
     */
    public static double absence(List<Facts.Leave> leave, SchoolYear year) {
        return absence(leave, year.start(), year.end());
    }

    static double absence(List<Facts.Leave> leave, LocalDate windowStart, LocalDate windowEnd) {
        List<Months.Span> spans = leave.stream()
                .filter(l -> l != null && l.kind() != null && l.kind().absence()
                        && l.from() != null && l.to() != null)
                .map(l -> new Months.Span(l.from(), l.to()))
                .toList();
        return Months.within(spans, windowStart, windowEnd);
    }

    /**
     * Months worked in the school year, when the school does not give them: from the earlier of
     * the hire date (vào ngành: a transfer has worked the year elsewhere) and the first day at the
     * school, to the last day at the school, less absence (maternity leave and leave counted as work are work).
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
