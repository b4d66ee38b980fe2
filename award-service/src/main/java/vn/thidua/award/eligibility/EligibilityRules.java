package vn.thidua.award.eligibility;

import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.Title;
import vn.thidua.contracts.Rating;
import vn.thidua.platform.time.SchoolYear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which individual titles and forms one staff member is eligible for, and why: plain functions of
 * the facts, the history and the rule set (DESIGN.md, "Rules are data"). Every threshold is a
 * parameter of the {@link RuleSet}; every condition quotes the source of the parameter it reads.
 *
 * <ul>
 * <li>LĐTT: rated at least {@code ldtt.minRating}; no discipline from {@code individual.disciplineBlocksFrom}
 * whose term (its date to {@code endsOn}) touches the school year, so a term crossing into the next year
 * counts there until its end (NĐ 152/2025 Điều 4 khoản 4); a procedure still open ({@code pending}) defers
 * the title instead of refusing it; at least {@code ldtt.minMonthsWorked} months worked (maternity leave
 * counts as work while {@code ldtt.maternityCountsAsWork}). Absence (leave other than maternity and leave
 * counted as work) of {@code rating.cappedAbsenceMonths} to under {@code rating.notRatedAbsenceMonths}
 * caps the rating at HT, so no LĐTT (NĐ 90/2020 Điều 2 khoản 3 as amended by NĐ 48/2023); from
 * {@code rating.notRatedAbsenceMonths} the person is not rated.</li>
 * <li>CSTĐCS: LĐTT and an initiative recognised at {@code cstdcs.minInitiativeLevel} or above in the
 * school year. "Cơ sở" is read as the school's own level: the law asks for an initiative "được cơ
 * quan, tổ chức, đơn vị công nhận", and the school is that unit. Within the unit's quota when a
 * {@link Quotas.Seat} is given.</li>
 * <li>CSTĐ tỉnh: CSTĐCS this year (within quota) and the {@code cstdTinh.consecutiveCstdcsYears}−1
 * school years right before as decided titles of the achievement file ({@link History}, decisions cited), and
 * an initiative recognised at {@code cstdTinh.minInitiativeLevel}
 * or above within those years.</li>
 * <li>Giấy khen (this system's reading; the council may propose it for other achievements too):
 * LĐTT and rated at least {@code giayKhen.minRating} after the absence cap.</li>
 * <li>Bằng khen of the province chair: {@link HonourRules}, when the set has its parameters.</li>
 * </ul>
 */
final class EligibilityRules {

    /** Where the discipline rules that are not parameters come from (the tags kept). */
    static final String DISCIPLINE_SOURCE = "Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4 [text]: đang bị xem xét xử lý "
            + "kỷ luật thì chưa xét (hoãn), thời hạn kỷ luật sang năm sau thì tính đến khi hết thời hạn — cách đọc của "
            + "hệ thống, cần đối chiếu";

    private EligibilityRules() {
    }

    /** Eligibility before the quota (CSTĐCS as if within quota). */
    public static IndividualResult evaluate(StaffFacts facts, History history, RuleSet rules) {
        return evaluate(facts, history, rules, null);
    }

    /** Eligibility with the person's place in the CSTĐCS quota ({@code seat} null: quota not applied). */
    public static IndividualResult evaluate(StaffFacts facts, History history, RuleSet rules, Quotas.Seat seat) {
        SchoolYear year = facts.schoolYear();
        double absence = Months.leave(facts.leave(), year, false);
        Rating effective = effectiveRating(facts.rating(), absence, rules);
        Optional<StaffFacts.Discipline> worst = counted(facts, year).stream()
                .max(Comparator.comparing(StaffFacts.Discipline::form));
        int previousCstdcs = history.consecutiveYearsBefore(year, Title.CSTDCS);
        Optional<StaffFacts.Initiative> cstdcsInitiative =
                bestInitiative(facts, year, rules.integer("cstdcs.initiativeWindowYears"));

        TitleCheck ldtt = ldtt(facts, rules, absence, effective, worst, pending(facts, year));
        TitleCheck cstdcs = cstdcs(facts, rules, ldtt, cstdcsInitiative, seat);
        TitleCheck cstdTinh = cstdTinh(facts, history, rules, cstdcs, previousCstdcs);
        TitleCheck giayKhen = giayKhen(rules, ldtt, effective);
        List<TitleCheck> titles = new ArrayList<>(List.of(ldtt, cstdcs, cstdTinh, giayKhen));
        HonourRules.individual(facts, history, rules, ldtt, effective).ifPresent(titles::add);
        return new IndividualResult(facts.staffId(), facts.groupCode(), facts.rating(), effective,
                worst.map(StaffFacts.Discipline::form).orElse(null),
                cstdcsInitiative.map(StaffFacts.Initiative::level).orElse(null), previousCstdcs, facts.hireDate(),
                titles);
    }

    /**
     * The rating as the rules count it: not rated from 6 months of absence; from 3 months rated but at most
     * HT ("không xếp loại chất lượng ở mức hoàn thành tốt nhiệm vụ trở lên").
     */
    static Rating effectiveRating(Rating rating, double absence, RuleSet rules) {
        if (absence >= rules.number("rating.notRatedAbsenceMonths")) {
            return Rating.NOT_RATED;
        }
        if (absence >= rules.number("rating.cappedAbsenceMonths") && !Rating.HT.atLeast(rating)) {
            return Rating.HT;
        }
        return rating;
    }

    /** Disciplines decided (not pending) whose term touches the school year. */
    static List<StaffFacts.Discipline> counted(StaffFacts facts, SchoolYear year) {
        return facts.discipline().stream()
                .filter(d -> !d.isPending() && d.form() != null && d.date() != null)
                .filter(d -> !d.date().isAfter(year.end()) && !d.lastDay().isBefore(year.start()))
                .toList();
    }

    /** Procedures still open that were opened by the end of the school year. */
    static List<StaffFacts.Discipline> pending(StaffFacts facts, SchoolYear year) {
        return facts.discipline().stream().filter(StaffFacts.Discipline::isPending)
                .filter(d -> d.date() == null || !d.date().isAfter(year.end())).toList();
    }

    private static TitleCheck ldtt(StaffFacts facts, RuleSet rules, double absence, Rating effective,
            Optional<StaffFacts.Discipline> worst, List<StaffFacts.Discipline> pending) {
        SchoolYear year = facts.schoolYear();
        List<Condition> conditions = new ArrayList<>();
        Rating min = rules.enumValue("ldtt.minRating", Rating.class);
        String actualRating = facts.rating().describe() + (effective == facts.rating() ? ""
                : "; tính là " + effective.describe() + " vì nghỉ " + Months.format(absence)
                        + " tháng không kể thai sản (counted as " + effective.name() + " because of absence)");
        conditions.add(Condition.of("LDTT_RATING", effective.atLeast(min),
                "Xếp loại từ " + min.describe() + " trở lên (rated " + min.name() + " or better)",
                actualRating, rules, "ldtt.minRating", "rating.cappedAbsenceMonths"));

        double capped = rules.number("rating.cappedAbsenceMonths");
        double notRated = rules.number("rating.notRatedAbsenceMonths");
        conditions.add(Condition.of("LDTT_ABSENCE", absence < notRated,
                "Nghỉ (không kể thai sản và thời gian được tính là làm việc) dưới " + Months.format(notRated)
                        + " tháng; từ " + Months.format(capped) + " tháng tính tối đa hoàn thành nhiệm vụ (under "
                        + Months.format(notRated) + " months of absence; from " + Months.format(capped)
                        + " months at most HT)",
                absence == 0 ? "Không nghỉ (no absence)" + countedLeave(facts) : "Nghỉ " + Months.format(absence)
                        + " tháng (" + leaveKinds(facts) + ")" + countedLeave(facts),
                rules, "rating.notRatedAbsenceMonths", "rating.cappedAbsenceMonths"));

        DisciplineForm blocksFrom = rules.enumValue("individual.disciplineBlocksFrom", DisciplineForm.class);
        boolean blocked = worst.isPresent() && worst.get().form().atLeast(blocksFrom);
        String expected = "Không bị kỷ luật từ " + blocksFrom.label + " trở lên trong năm học " + year
                + " (kể cả thời hạn kỷ luật kéo sang năm học này) và không đang bị xem xét xử lý kỷ luật (no discipline "
                + "from " + blocksFrom.name() + " up in the school year, no procedure open)";
        Condition discipline = Condition.of("LDTT_DISCIPLINE", !blocked && pending.isEmpty(), expected,
                worst.map(d -> "Bị kỷ luật " + d.form().label + " (" + d.form().name() + ") ngày " + Months.day(d.date())
                        + (d.lastDay().equals(d.date()) ? "" : ", thời hạn đến " + Months.day(d.lastDay())))
                        .orElse(pending.isEmpty() ? "Không bị kỷ luật (none)"
                                : "Đang bị xem xét xử lý kỷ luật từ ngày " + Months.day(pending.get(0).date())
                                + ": hoãn xét đến khi có kết luận (deferred until the procedure ends)"),
                rules, "individual.disciplineBlocksFrom");
        boolean termOrPending = !pending.isEmpty() || worst.filter(d -> !d.lastDay().equals(d.date())).isPresent();
        if (termOrPending) {
            discipline = discipline.withBasis(rules.source("individual.disciplineBlocksFrom") + "; " + DISCIPLINE_SOURCE);
        }
        conditions.add(!blocked && !pending.isEmpty() ? discipline.deferring() : discipline);

        double minMonths = rules.number("ldtt.minMonthsWorked");
        boolean maternityCounts = rules.flag("ldtt.maternityCountsAsWork");
        double maternity = Months.leave(facts.leave(), year, true);
        double worked = maternityCounts ? facts.monthsWorked() : Math.max(0, facts.monthsWorked() - maternity);
        conditions.add(Condition.of("LDTT_MONTHS_WORKED", worked >= minMonths,
                "Làm việc ít nhất " + Months.format(minMonths) + " tháng trong năm học"
                        + (maternityCounts ? ", thời gian nghỉ thai sản được tính" : ", không tính thời gian nghỉ thai sản")
                        + " (at least " + Months.format(minMonths) + " months worked)",
                Months.format(worked) + " tháng" + (maternity > 0 ? " (có " + Months.format(maternity)
                        + " tháng nghỉ thai sản" + (maternityCounts ? ", đã tính" : ", không tính") + ")" : ""),
                rules, "ldtt.minMonthsWorked", "ldtt.maternityCountsAsWork"));
        return TitleCheck.of(Title.LDTT, conditions);
    }

    private static TitleCheck cstdcs(StaffFacts facts, RuleSet rules, TitleCheck ldtt,
            Optional<StaffFacts.Initiative> initiative, Quotas.Seat seat) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(prerequisite("CSTDCS_LDTT", ldtt, "Đạt danh hiệu Lao động tiên tiến (LĐTT first)", rules));
        InitiativeLevel min = rules.enumValue("cstdcs.minInitiativeLevel", InitiativeLevel.class);
        int window = rules.integer("cstdcs.initiativeWindowYears");
        conditions.add(Condition.of("CSTDCS_INITIATIVE", initiative.filter(i -> i.level().atLeast(min)).isPresent(),
                "Có sáng kiến được công nhận từ " + min.label + " trở lên " + windowText(facts.schoolYear(), window)
                        + " (an initiative recognised at " + min.name() + " level or above)",
                initiative.map(EligibilityRules::describe).orElse("Không có sáng kiến được công nhận "
                        + windowText(facts.schoolYear(), window) + " (none)"), rules, "cstdcs.minInitiativeLevel",
                "cstdcs.initiativeWindowYears"));
        if (seat != null) {
            conditions.add(Quotas.seatCondition(seat, rules));
        }
        return TitleCheck.of(Title.CSTDCS, conditions);
    }

    private static TitleCheck cstdTinh(StaffFacts facts, History history, RuleSet rules, TitleCheck cstdcs,
            int previousCstdcs) {
        SchoolYear year = facts.schoolYear();
        List<Condition> conditions = new ArrayList<>();
        int years = rules.integer("cstdTinh.consecutiveCstdcsYears");
        boolean streak = cstdcs.eligible() && previousCstdcs >= years - 1;
        String earlier = previousCstdcs == 0 ? "năm học " + year.minus(1) + " không đạt hoặc chưa có kết quả"
                : previousCstdcs == 1 ? "đạt năm học liền trước " + year.minus(1) + ", năm " + year.minus(2) + " thì không"
                : "đạt " + previousCstdcs + " năm học liền trước (" + year.minus(previousCstdcs) + " đến "
                        + year.minus(1) + ")";
        Condition streakCondition = Condition.of("CSTD_TINH_CSTDCS_STREAK", streak,
                "Đạt Chiến sĩ thi đua cơ sở " + years + " năm liên tục, tính cả năm học " + year
                        + " (CSTĐCS " + years + " years running, this year included)",
                "Năm nay: " + (cstdcs.eligible() ? "đạt" : cstdcs.deferred() ? "hoãn xét" : "không đạt") + "; " + earlier
                        + cited(history.decisionsBefore(year, Title.CSTDCS, previousCstdcs)),
                rules, "cstdTinh.consecutiveCstdcsYears");
        conditions.add(cstdcs.deferred() && previousCstdcs >= years - 1 ? streakCondition.deferring() : streakCondition);
        InitiativeLevel min = rules.enumValue("cstdTinh.minInitiativeLevel", InitiativeLevel.class);
        int window = rules.integer("cstdTinh.initiativeWindowYears");
        Optional<StaffFacts.Initiative> initiative = bestInitiative(facts, year, window);
        conditions.add(Condition.of("CSTD_TINH_INITIATIVE", initiative.filter(i -> i.level().atLeast(min)).isPresent(),
                "Có sáng kiến được công nhận từ " + min.label + " trở lên " + windowText(year, window)
                        + " (an initiative recognised at " + min.name() + " level or above)",
                initiative.map(EligibilityRules::describe).orElse("Không có sáng kiến được công nhận "
                        + windowText(year, window) + " (none)"), rules, "cstdTinh.minInitiativeLevel",
                "cstdTinh.initiativeWindowYears"));
        return TitleCheck.of(Title.CSTD_TINH, conditions);
    }

    /** The decisions of the achievement file a condition relied on, as its explanation cites them. */
    private static String cited(List<String> decisions) {
        return decisions.isEmpty() ? "" : "; theo hồ sơ thi đua (per the achievement file): " + String.join("; ", decisions);
    }

    private static TitleCheck giayKhen(RuleSet rules, TitleCheck ldtt, Rating effective) {
        Rating min = rules.enumValue("giayKhen.minRating", Rating.class);
        return TitleCheck.of(Title.GIAY_KHEN, List.of(
                prerequisite("GIAY_KHEN_LDTT", ldtt, "Đạt danh hiệu Lao động tiên tiến (LĐTT first)", rules),
                Condition.of("GIAY_KHEN_RATING", effective.atLeast(min),
                        "Xếp loại từ " + min.describe() + " trở lên (rated " + min.name() + " or better)",
                        effective.describe(), rules, "giayKhen.minRating")));
    }

    /** A title that needs another first: deferred while that one is. */
    private static Condition prerequisite(String code, TitleCheck first, String expected, RuleSet rules) {
        Condition condition = Condition.of(code, first.eligible(), expected, titleState(first), rules, "ldtt.minRating");
        return first.deferred() ? condition.deferring() : condition;
    }

    /** The highest-level initiative recognised in the school year or the {@code years}−1 before it. */
    static Optional<StaffFacts.Initiative> bestInitiative(StaffFacts facts, SchoolYear year, int years) {
        SchoolYear first = year.minus(Math.max(1, years) - 1);
        return facts.initiatives().stream()
                .filter(i -> i.recognisedOn() != null && !i.recognisedOn().isBefore(first.start())
                        && !i.recognisedOn().isAfter(year.end()))
                .max(Comparator.comparing(StaffFacts.Initiative::level)
                        .thenComparing(StaffFacts.Initiative::recognisedOn));
    }

    private static String windowText(SchoolYear year, int years) {
        return years <= 1 ? "trong năm học " + year : "trong " + years + " năm học " + year.minus(years - 1) + " đến " + year;
    }

    private static String describe(StaffFacts.Initiative initiative) {
        return "“" + initiative.title() + "” — " + initiative.level().label + ", công nhận ngày "
                + Months.day(initiative.recognisedOn());
    }

    private static String titleState(TitleCheck check) {
        return check.eligible() ? "Đạt (eligible)" : check.deferred() ? "Hoãn xét (deferred)"
                : "Không đạt: " + String.join(", ", check.failing());
    }

    private static String leaveKinds(StaffFacts facts) {
        return facts.leave().stream().filter(l -> l.kind() != null && !l.kind().countsAsWork())
                .map(l -> switch (l.kind()) {
                    case SICK -> "ốm đau";
                    case STUDY -> "đi học";
                    case UNPAID -> "không lương";
                    default -> "khác";
                } + " " + Months.day(l.from()) + "–" + Months.day(l.to()))
                .collect(Collectors.joining("; "));
    }

    /** Leave that counts as work, named so the reader sees it was not counted as absence. */
    private static String countedLeave(StaffFacts facts) {
        String counted = facts.leave().stream().filter(l -> l.kind() == StaffFacts.LeaveKind.COUNTED_AS_WORK)
                .map(l -> Months.day(l.from()) + "–" + Months.day(l.to())).collect(Collectors.joining("; "));
        return counted.isEmpty() ? "" : "; nghỉ được tính là thời gian làm việc, không tính là nghỉ: " + counted;
    }
}
