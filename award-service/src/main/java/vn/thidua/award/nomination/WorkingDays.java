package vn.thidua.award.nomination;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Ngày làm việc: Monday to Friday. Public holidays (Tết, 30/4, 1/5, 2/9, Giỗ Tổ) are NOT skipped: no dated source
 * of the holiday calendar is recorded here, so a due date across a holiday comes out early, never late.
 */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The {@code days}-th working day after {@code from} ({@code from} itself does not count). */
    static LocalDate after(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
