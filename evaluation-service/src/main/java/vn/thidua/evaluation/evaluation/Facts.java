package vn.thidua.evaluation.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.evaluation.common.EvaluationJson;
import vn.thidua.platform.openapi.ContractFilter;

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

    /**
     * Loại nghỉ. MATERNITY (thai sản) and COUNTED_AS_WORK (thời gian nghỉ được tính là thời gian làm việc
     * theo quy định: nghỉ phép năm, nghỉ lễ, nghỉ việc riêng có hưởng lương) count as work; the others are
     * absence (nghỉ không tham gia công tác).
     */
    public enum LeaveKind {
        MATERNITY, SICK, STUDY, UNPAID, OTHER, COUNTED_AS_WORK;

        /** Whether this leave is time off work for the rating rules (NĐ 90/2020 Điều 2 khoản 3). */
        public boolean absence() {
            return this != MATERNITY && this != COUNTED_AS_WORK;
        }
    }

    /** Cấp công nhận sáng kiến. */
    public enum InitiativeLevel { SCHOOL, OFFICE, PROVINCE, NATIONAL }

    /**
     * Kỷ luật. {@code pending}: đang bị xem xét xử lý kỷ luật, no decision yet, and {@code date} is the day
     * the procedure opened; false is kept as null so it is written only when true. {@code endsOn}: the last
     * day of the discipline term (thời hạn thi hành kỷ luật), when known.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(extensions = @Extension(name = ContractFilter.SPARSE, value = "true"))
    public record Discipline(DisciplineForm form, LocalDate date, Boolean pending, LocalDate endsOn) {

        public Discipline {
            pending = Boolean.TRUE.equals(pending) ? Boolean.TRUE : null;
        }

        public Discipline(DisciplineForm form, LocalDate date) {
            this(form, date, null, null);
        }

        /** A procedure still open: no decision, so no discipline yet. */
        boolean undecided() {
            return Boolean.TRUE.equals(pending);
        }

        /** A decision dated in the school year. */
        boolean decidedIn(SchoolYear year) {
            return !undecided() && year.contains(date);
        }

        /** A decision of an earlier year whose term runs into this one. */
        boolean termReaches(SchoolYear year) {
            return !undecided() && date.isBefore(year.start()) && endsOn != null && !endsOn.isBefore(year.start());
        }

        /** What concerns the year: decided in it, a term reaching into it, or a procedure opened by its end. */
        boolean concerns(SchoolYear year) {
            return decidedIn(year) || termReaches(year) || (undecided() && !date.isAfter(year.end()));
        }
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

    /**
     * Only what concerns the school year: discipline decided in it, decided earlier with a term reaching
     * into it (the title rules count from its end, NĐ 152/2025 Điều 4 khoản 4), or pending; leave
     * overlapping it; initiatives all.
     */
    public Facts ofYear(SchoolYear year) {
        return new Facts(monthsWorked, discipline.stream().filter(d -> d.concerns(year)).toList(),
                leave.stream().filter(l -> !l.to().isBefore(year.start()) && !l.from().isAfter(year.end())).toList(),
                initiatives);
    }

    /**
     * Whether a discipline was decided in the school year ("bị kỷ luật trong năm đánh giá"): a pending
     * procedure is no decision, and a decision of another year does not count, even when its term runs on.
     */
    public boolean disciplinedIn(SchoolYear year) {
        return discipline.stream().anyMatch(d -> d.decidedIn(year));
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
            inRange(violations, "discipline[" + i + "].date", d.date());
            inRange(violations, "discipline[" + i + "].endsOn", d.endsOn());
            if (d.endsOn() != null && d.undecided()) {
                violations.add(new Violation("discipline[" + i + "].endsOn", "Kỷ luật đang xem xét (pending) chưa có "
                        + "thời hạn thi hành (a pending discipline has no term yet)"));
            } else if (d.date() != null && d.endsOn() != null && d.endsOn().isBefore(d.date())) {
                violations.add(new Violation("discipline[" + i + "].endsOn", "Ngày hết thời hạn kỷ luật " + d.endsOn()
                        + " trước ngày quyết định " + d.date() + " (the term ends before the decision)"));
            }
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
            inRange(violations, "leave[" + i + "].from", l.from());
            inRange(violations, "leave[" + i + "].to", l.to());
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
            inRange(violations, "initiatives[" + i + "].recognisedOn", n.recognisedOn());
        }
        return violations;
    }

    private static final String REQUIRED = "Bắt buộc (required)";

    private static void required(List<Violation> violations, String field, Object value) {
        if (value == null) {
            violations.add(new Violation(field, REQUIRED));
        }
    }

    /** Dates outside 1900–2100 are typing mistakes (a year 0202 or 20230), never facts. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static void inRange(List<Violation> violations, String field, LocalDate value) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            violations.add(new Violation(field, "Ngày " + value + " ngoài khoảng 1900–2100 (date outside 1900–2100)"));
        }
    }

    private static void size(List<Violation> violations, String field, List<?> items) {
        if (items.size() > MAX_ITEMS) {
            violations.add(new Violation(field, "Tối đa " + MAX_ITEMS + " mục (at most " + MAX_ITEMS + " items)"));
        }
    }
}
