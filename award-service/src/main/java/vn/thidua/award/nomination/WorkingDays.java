package vn.thidua.award.nomination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Ngày làm việc: Monday to Friday except the days off of {@link Holidays} (holidays, Tết and their compensations).
 */
final class WorkingDays {

    static final String CALENDAR_SOURCE = "ngày nghỉ lễ, Tết theo Bộ luật Lao động 2019, Điều 112 [secondary]; ngày Tết, "
            + "Giỗ Tổ từng năm và nghỉ bù [verify]";

    private WorkingDays() {
    }

    /** The {@code days}-th working day after {@code from} ({@code from} itself does not count). */
    static LocalDate after(LocalDate from, int days, Holidays holidays) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (!Holidays.weekend(day) && !holidays.isOff(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * How a due date was counted: the holidays skipped, and a warning when a year it spans has no Tết recorded
     * (the calendar must be completed: the date may then be early).
     */
    static String explain(LocalDate from, int days, LocalDate due, Holidays holidays) {
        List<String> skipped = new ArrayList<>();
        for (LocalDate d = from.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
            LocalDate day = d;
            holidays.name(day).ifPresent(name -> skipped.add(String.format("%02d/%02d/%d %s", day.getDayOfMonth(),
                    day.getMonthValue(), day.getYear(), name)));
        }
        String missing = IntStream.rangeClosed(from.getYear(), due.getYear()).filter(y -> !holidays.covers(y))
                .mapToObj(Integer::toString).collect(Collectors.joining(", "));
        return days + " ngày làm việc sau ngày thu hồi, trừ thứ Bảy, Chủ nhật"
                + (skipped.isEmpty() ? "" : " và " + String.join("; ", skipped))
                + " (" + CALENDAR_SOURCE + ")"
                + (missing.isEmpty() ? "" : "; lịch Tết, Giỗ Tổ năm " + missing + " chưa có: hạn có thể sớm hơn, cần "
                        + "bổ sung (the calendar lacks these years: the date may be early)");
    }
}
