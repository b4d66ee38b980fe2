package vn.thidua.award.eligibility;

import vn.thidua.award.rules.RuleParameters;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.Title;
import vn.thidua.contracts.Rating;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Bằng khen of the province chair and the province's Cờ thi đua (issue 11): plain functions of this year's
 * checks, the achievement file ({@link History}: decided and not revoked titles, imported or decided here, cited by
 * decision) and the rule set. Every threshold is a parameter marked to verify ("cần đối chiếu"): no legal text
 * could be read when they were written, so the sources name the articles as believed. The file records titles,
 * not ratings, so an earlier year "hoàn thành xuất sắc nhiệm vụ" is read as a year holding one of the titles of
 * {@code bangKhen.earlierYearTitles} (collectives: {@code collective.excellentYearTitles}) — this system's
 * reading, also to verify.
 * <ul>
 * <li>Bằng khen, individual: LĐTT this year, rated at least {@code bangKhen.minRating}, the
 * {@code bangKhen.consecutiveYears}−1 school years right before held in the file, and at least
 * {@code bangKhen.minInitiatives} initiatives recognised at {@code bangKhen.minInitiativeLevel} or above within
 * those years.</li>
 * <li>Bằng khen, the school: TTLĐXS this year and the {@code bangKhen.collectiveConsecutiveYears}−1 years
 * before held in the school's file.</li>
 * <li>Cờ thi đua, the school: TTLĐXS this year, the {@code coThiDua.consecutiveYears}−1 years before held, and —
 * while {@code coThiDua.requiresBlockLead} — leading its emulation block (cụm, khối thi đua), which the block
 * votes outside this system: that condition waits (deferred), it is never assumed.</li>
 * </ul>
 */
final class HonourRules {

    private HonourRules() {
    }

    /** The individual Bằng khen, when the set has its parameters. */
    static Optional<TitleCheck> individual(StaffFacts facts, History history, RuleSet rules, TitleCheck ldtt,
            Rating effective) {
        if (!rules.hasAll(RuleParameters.BANG_KHEN_INDIVIDUAL)) {
            return Optional.empty();
        }
        SchoolYear year = facts.schoolYear();
        int years = Math.max(1, rules.integer("bangKhen.consecutiveYears"));
        List<Condition> conditions = new ArrayList<>();
        Condition first = Condition.of("BANG_KHEN_LDTT", ldtt.eligible(),
                "Đạt danh hiệu Lao động tiên tiến năm học " + year + " (LĐTT this year first)", state(ldtt), rules,
                "bangKhen.consecutiveYears");
        conditions.add(ldtt.deferred() ? first.deferring() : first);
        Rating min = rules.enumValue("bangKhen.minRating", Rating.class);
        conditions.add(Condition.of("BANG_KHEN_RATING", effective.atLeast(min),
                "Năm học " + year + " xếp loại từ " + min.describe() + " trở lên (rated " + min.name() + " or better)",
                effective.describe(), rules, "bangKhen.minRating"));
        conditions.add(earlierYears("BANG_KHEN_YEARS", year, history, rules, years, "bangKhen.consecutiveYears",
                "bangKhen.earlierYearTitles"));
        InitiativeLevel level = rules.enumValue("bangKhen.minInitiativeLevel", InitiativeLevel.class);
        int needed = rules.integer("bangKhen.minInitiatives");
        LocalDate from = year.minus(years - 1).start();
        List<StaffFacts.Initiative> counted = facts.initiatives().stream()
                .filter(i -> i.recognisedOn() != null && i.level() != null && i.level().atLeast(level)
                        && !i.recognisedOn().isBefore(from) && !i.recognisedOn().isAfter(year.end()))
                .toList();
        conditions.add(Condition.of("BANG_KHEN_INITIATIVES", counted.size() >= needed,
                "Có ít nhất " + needed + " sáng kiến được công nhận từ " + level.label + " trở lên trong " + years
                        + " năm học " + year.minus(years - 1) + " đến " + year + " (at least " + needed
                        + " initiatives at " + level.name() + " level or above)",
                counted.isEmpty() ? "Không có (none)" : counted.size() + " sáng kiến: " + counted.stream()
                        .map(i -> "“" + i.title() + "” (" + i.level().label + ", " + Months.day(i.recognisedOn()) + ")")
                        .collect(Collectors.joining("; ")),
                rules, "bangKhen.minInitiatives", "bangKhen.minInitiativeLevel"));
        return Optional.of(TitleCheck.of(Title.BANG_KHEN, conditions));
    }

    /** The school's Bằng khen and Cờ thi đua, those whose parameters the set has. */
    static List<TitleCheck> school(SchoolYear year, History history, RuleSet rules, TitleCheck ttldxs) {
        List<TitleCheck> checks = new ArrayList<>();
        if (rules.hasAll(RuleParameters.BANG_KHEN_COLLECTIVE)) {
            int years = Math.max(1, rules.integer("bangKhen.collectiveConsecutiveYears"));
            checks.add(TitleCheck.of(Title.BANG_KHEN, List.of(
                    thisYear("BANG_KHEN_TTLDXS", year, ttldxs, rules, "bangKhen.collectiveConsecutiveYears"),
                    earlierYears("BANG_KHEN_YEARS", year, history, rules, years, "bangKhen.collectiveConsecutiveYears",
                            "collective.excellentYearTitles"))));
        }
        if (rules.hasAll(RuleParameters.CO_THI_DUA)) {
            int years = Math.max(1, rules.integer("coThiDua.consecutiveYears"));
            List<Condition> conditions = new ArrayList<>(List.of(
                    thisYear("CO_THI_DUA_TTLDXS", year, ttldxs, rules, "coThiDua.consecutiveYears"),
                    earlierYears("CO_THI_DUA_YEARS", year, history, rules, years, "coThiDua.consecutiveYears",
                            "collective.excellentYearTitles")));
            if (rules.flag("coThiDua.requiresBlockLead")) {
                conditions.add(Condition.of("CO_THI_DUA_BLOCK_LEAD", false,
                        "Là tập thể tiêu biểu xuất sắc, dẫn đầu cụm, khối thi đua (leading its emulation block)",
                        "Do cụm, khối thi đua suy tôn, không có trong hệ thống: chờ kết quả suy tôn (the block votes "
                                + "outside the system: waiting, not assumed)",
                        rules, "coThiDua.requiresBlockLead").deferring());
            }
            checks.add(TitleCheck.of(Title.CO_THI_DUA, conditions));
        }
        return checks;
    }

    private static Condition thisYear(String code, SchoolYear year, TitleCheck ttldxs, RuleSet rules, String key) {
        return Condition.of(code, ttldxs.eligible(), "Đạt Tập thể lao động xuất sắc năm học " + year
                + " (TTLĐXS this year)", state(ttldxs), rules, key);
    }

    /** The {@code years}−1 school years right before {@code year}, each holding a title of {@code titlesKey}. */
    private static Condition earlierYears(String code, SchoolYear year, History history, RuleSet rules, int years,
            String yearsKey, String titlesKey) {
        Set<Title> titles = titles(rules.text(titlesKey));
        int needed = years - 1;
        int held = history.consecutiveYearsBefore(year, titles);
        String names = titles.stream().map(t -> t.label).collect(Collectors.joining(", "));
        String expected = needed == 0 ? "Không đòi hỏi năm trước (no earlier year asked: " + years + " năm tính cả năm xét)"
                : "Đạt " + years + " năm học liên tục, tính cả năm " + year + ": " + needed + " năm học liền trước ("
                        + year.minus(needed) + " đến " + year.minus(1) + ") có một trong: " + names + " trong hồ sơ thi đua"
                        + " (" + years + " years running; the earlier ones in the achievement file)";
        List<String> cited = history.decisionsBefore(year, titles, Math.min(held, needed));
        String actual = held == 0 ? "Năm học " + year.minus(1) + " không có trong hồ sơ thi đua (not in the file)"
                : held + " năm học liền trước có trong hồ sơ" + (held < needed ? ", năm " + year.minus(held + 1)
                        + " thì không" : "") + (cited.isEmpty() ? "" : "; theo hồ sơ thi đua (per the achievement file): "
                        + String.join("; ", cited));
        return Condition.of(code, held >= needed, expected, needed == 0 ? "—" : actual, rules, yearsKey, titlesKey);
    }

    private static Set<Title> titles(String list) {
        Set<Title> titles = EnumSet.noneOf(Title.class);
        Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Title::valueOf)
                .forEach(titles::add);
        return titles;
    }

    private static String state(TitleCheck check) {
        return check.eligible() ? "Đạt (eligible)" : check.deferred() ? "Hoãn xét (deferred)"
                : "Không đạt: " + String.join(", ", check.failing());
    }
}
