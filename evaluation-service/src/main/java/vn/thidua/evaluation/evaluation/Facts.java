package vn.thidua.evaluation.evaluation;

import com.fasterxml.jackson.core.type.TypeReference;
import vn.thidua.evaluation.common.EvaluationJson;

import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The facts that decide a rating and the titles after it: discipline, leave, recognised
 * initiatives and the months worked in the school year. {@code monthsWorked} is null when not
 * given; {@link WorkTime} derives it from the staff record and the leave.
 */
record Facts(Double monthsWorked, List<Discipline> discipline, List<Leave> leave, List<Initiative> initiatives) {

    public static final int MAX_ITEMS = 50;
    public static final int MAX_TITLE = 500;

    /** Hình thức kỷ luật, lightest first (the contract's enum). */
    public enum DisciplineForm { REPRIMAND, WARNING, SALARY_DOWNGRADE, DEMOTION, REMOVAL_FROM_OFFICE, DISMISSAL }

    /** Loại nghỉ: only maternity leave counts as work. */
    public enum LeaveKind { MATERNITY, SICK, STUDY, UNPAID, OTHER }

    /** Cấp công nhận sáng kiến. */
    public enum InitiativeLevel { SCHOOL, OFFICE, PROVINCE, NATIONAL }

    public record Discipline(DisciplineForm form, LocalDate date) {
    }

    public record Leave(LeaveKind kind, LocalDate from, LocalDate to) {
    }

    public record Initiative(String title, InitiativeLevel level, LocalDate recognisedOn) {
    }

    /** One field that does not hold, named as a JSON path below the facts ({@code leave[0].to}). */
    public record Violation(String field, String message) {
    }

    public static final Facts NONE = new Facts(null, List.of(), List.of(), List.of());

    private static final TypeReference<List<Discipline>> DISCIPLINE = new TypeReference<>() {
    };
    private static final TypeReference<List<Leave>> LEAVE = new TypeReference<>() {
    };
    private static final TypeReference<List<Initiative>> INITIATIVES = new TypeReference<>() {
    };

    /** Facts from the three lists as stored (JSON text written by {@link EvaluationJson}) and the given months. */
    static Facts fromJson(Double monthsWorked, String discipline, String leave, String initiatives) {
        return new Facts(monthsWorked, EvaluationJson.read(discipline, DISCIPLINE), EvaluationJson.read(leave, LEAVE),
                EvaluationJson.read(initiatives, INITIATIVES));
    }

    /** Null items are kept (unmodifiable) for {@link #check} to report them. */
    public Facts {
        discipline = copy(discipline);
        leave = copy(leave);
        initiatives = copy(initiatives);
    }

    private static <T> List<T> copy(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }

    public Facts withMonthsWorked(Double months) {
        return new Facts(months, discipline, leave, initiatives);
    }

    /**
     * The facts as rules and events use them: months worked as given, else derived from the staff
     * record and the leave ({@link WorkTime#worked}).
     */
    public Facts effective(LocalDate hireDate, LocalDate activeFrom, LocalDate activeTo, SchoolYear year) {
        return monthsWorked != null ? this
                : withMonthsWorked(WorkTime.worked(hireDate, activeFrom, activeTo, leave, year));
    }

    /** Only what concerns the school year: discipline dated in it, leave overlapping it; initiatives all. */
    public Facts ofYear(SchoolYear year) {
        return new Facts(monthsWorked, discipline.stream().filter(d -> year.contains(d.date())).toList(),
                leave.stream().filter(l -> !l.to().isBefore(year.start()) && !l.from().isAfter(year.end())).toList(),
                initiatives);
    }

    /** Whether any discipline is dated in the school year; discipline of other years does not count. */
    public boolean disciplinedIn(SchoolYear year) {
        return discipline.stream().anyMatch(d -> year.contains(d.date()));
    }

    /** Missing values, impossible ranges and overlong lists. */
    public List<Violation> check() {
        List<Violation> violations = new ArrayList<>();
        if (monthsWorked != null && (monthsWorked < 0 || monthsWorked > 12 || monthsWorked.isNaN())) {
            violations.add(new Violation("monthsWorked", "Số tháng làm việc phải từ 0 đến 12 (months worked: 0 to 12)"));
        }
        size(violations, "discipline", discipline);
        size(violations, "leave", leave);
        size(violations, "initiatives", initiatives);
        for (int i = 0; i < discipline.size(); i++) {
            Discipline d = discipline.get(i);
            if (d == null) {
                violations.add(new Violation("discipline[" + i + "]", REQUIRED));
                continue;
            }
            required(violations, "discipline[" + i + "].form", d.form());
            required(violations, "discipline[" + i + "].date", d.date());
        }
        for (int i = 0; i < leave.size(); i++) {
            Leave l = leave.get(i);
            if (l == null) {
                violations.add(new Violation("leave[" + i + "]", REQUIRED));
                continue;
            }
            required(violations, "leave[" + i + "].kind", l.kind());
            required(violations, "leave[" + i + "].from", l.from());
            required(violations, "leave[" + i + "].to", l.to());
            if (l.from() != null && l.to() != null && l.to().isBefore(l.from())) {
                violations.add(new Violation("leave[" + i + "].to", "Ngày kết thúc " + l.to() + " trước ngày bắt đầu "
                        + l.from() + " (leave ends before it starts)"));
            }
        }
        for (int i = 0; i < initiatives.size(); i++) {
            Initiative n = initiatives.get(i);
            if (n == null) {
                violations.add(new Violation("initiatives[" + i + "]", REQUIRED));
                continue;
            }
            if (n.title() == null || n.title().isBlank()) {
                violations.add(new Violation("initiatives[" + i + "].title", REQUIRED));
            } else if (n.title().length() > MAX_TITLE) {
                violations.add(new Violation("initiatives[" + i + "].title",
                        "Tối đa " + MAX_TITLE + " ký tự (at most " + MAX_TITLE + " characters)"));
            }
            required(violations, "initiatives[" + i + "].level", n.level());
            required(violations, "initiatives[" + i + "].recognisedOn", n.recognisedOn());
        }
        return violations;
    }

    private static final String REQUIRED = "Bắt buộc (required)";

    private static void required(List<Violation> violations, String field, Object value) {
        if (value == null) {
            violations.add(new Violation(field, REQUIRED));
        }
    }

    private static void size(List<Violation> violations, String field, List<?> items) {
        if (items.size() > MAX_ITEMS) {
            violations.add(new Violation(field, "Tối đa " + MAX_ITEMS + " mục (at most " + MAX_ITEMS + " items)"));
        }
    }
}
