package vn.thidua.award.eligibility;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.RuleSets;
import vn.thidua.award.rules.SeedRules;
import vn.thidua.award.rules.Title;
import vn.thidua.contracts.Rating;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.award.rules.Title.BANG_KHEN;
import static vn.thidua.award.rules.Title.CSTDCS;
import static vn.thidua.award.rules.Title.CSTD_TINH;
import static vn.thidua.award.rules.Title.GIAY_KHEN;
import static vn.thidua.award.rules.Title.LDTT;
import static vn.thidua.award.rules.Title.TTLDTT;
import static vn.thidua.award.rules.Title.TTLDXS;

/**
 * The eligibility rules as a table of hand-computed cases, under the shipped rule set 2024.1 (read
 * from migrations V2 and V20) unless a row changes a parameter; rows 24–28 also meet the Bằng khen conditions
 * (HonourRulesTest has its own table). School year 2024-2025: 01/09/2024–31/08/2025.
 */
class EligibilityRulesTest {

    static final SchoolYear YEAR = SchoolYear.parse("2024-2025");
    static final RuleSet RULES = SeedRules.v2024();

    // ---- builders -------------------------------------------------------------------------------

    /** A staff member: HTXS, 12 months, no discipline or leave, no initiative, hired 2010. */
    record Staff(UUID id, Rating rating, double months, List<StaffFacts.Discipline> discipline,
            List<StaffFacts.Leave> leave, List<StaffFacts.Initiative> initiatives, LocalDate hired, String group) {

        static Staff base() {
            return new Staff(UUID.randomUUID(), Rating.HTXS, 12, List.of(), List.of(), List.of(),
                    LocalDate.of(2010, 9, 1), "TO-1");
        }

        Staff id(UUID value) {
            return new Staff(value, rating, months, discipline, leave, initiatives, hired, group);
        }

        Staff rated(Rating value) {
            return new Staff(id, value, months, discipline, leave, initiatives, hired, group);
        }

        Staff months(double value) {
            return new Staff(id, rating, value, discipline, leave, initiatives, hired, group);
        }

        Staff hired(String day) {
            return new Staff(id, rating, months, discipline, leave, initiatives, LocalDate.parse(day), group);
        }

        Staff disciplined(DisciplineForm form, String day) {
            List<StaffFacts.Discipline> more = new ArrayList<>(discipline);
            more.add(new StaffFacts.Discipline(form, LocalDate.parse(day)));
            return new Staff(id, rating, months, more, leave, initiatives, hired, group);
        }

        /** A discipline procedure opened on {@code day} and still open (đang bị xem xét xử lý kỷ luật). */
        Staff pending(String day) {
            List<StaffFacts.Discipline> more = new ArrayList<>(discipline);
            more.add(new StaffFacts.Discipline(null, LocalDate.parse(day), true, null));
            return new Staff(id, rating, months, more, leave, initiatives, hired, group);
        }

        Staff leave(StaffFacts.LeaveKind kind, String from, String to) {
            List<StaffFacts.Leave> more = new ArrayList<>(leave);
            more.add(new StaffFacts.Leave(kind, LocalDate.parse(from), LocalDate.parse(to)));
            return new Staff(id, rating, months, discipline, more, initiatives, hired, group);
        }

        Staff initiative(InitiativeLevel level, String day) {
            List<StaffFacts.Initiative> more = new ArrayList<>(initiatives);
            more.add(new StaffFacts.Initiative("Sáng kiến " + level, level, LocalDate.parse(day)));
            return new Staff(id, rating, months, discipline, leave, more, hired, group);
        }

        StaffFacts facts() {
            return new StaffFacts(id, "TH-TEST", YEAR, group, rating, months, discipline, leave, initiatives, hired);
        }
    }

    static Staff staff() {
        return Staff.base();
    }

    /** HTXS, 12 months, an initiative recognised by the school on 12/05/2025. */
    static Staff teacher() {
        return staff().initiative(InitiativeLevel.SCHOOL, "2025-05-12");
    }

    static History cstdcsIn(String... years) {
        Map<SchoolYear, Set<Title>> byYear = new HashMap<>();
        for (String year : years) {
            byYear.put(SchoolYear.parse(year), EnumSet.of(LDTT, CSTDCS));
        }
        return History.of(byYear);
    }

    static History ldttOnlyIn(History history, String year) {
        Map<SchoolYear, Set<Title>> byYear = new HashMap<>(history.byYear());
        byYear.put(SchoolYear.parse(year), EnumSet.of(LDTT));
        return History.of(byYear);
    }

    // ---- individual titles ---------------------------------------------------------------------

    static Arguments row(String name, Staff staff, History history, UnaryOperator<RuleSet> change, Set<Title> expected,
            String failing) {
        return Arguments.of(name, staff, history, change, expected, failing);
    }

    static Arguments row(String name, Staff staff, Set<Title> expected, String failing) {
        return row(name, staff, History.NONE, r -> r, expected, failing);
    }

    static Set<Title> titles(Title... titles) {
        return titles.length == 0 ? EnumSet.noneOf(Title.class) : EnumSet.of(titles[0], titles);
    }

    static Stream<Arguments> individuals() {
        History threeYears = cstdcsIn("2023-2024", "2022-2023");
        return Stream.of(
                row("01 HTXS, school initiative: LĐTT, CSTĐCS, Giấy khen; no streak for CSTĐ tỉnh",
                        teacher(), titles(LDTT, CSTDCS, GIAY_KHEN), "CSTD_TINH_CSTDCS_STREAK"),
                row("02 HTT, school initiative: no Giấy khen", teacher().rated(Rating.HTT),
                        titles(LDTT, CSTDCS), "GIAY_KHEN_RATING"),
                row("03 HT: nothing", teacher().rated(Rating.HT), titles(), "LDTT_RATING"),
                row("04 KHT: nothing", teacher().rated(Rating.KHT), titles(), "LDTT_RATING"),
                row("05 new hire, 5 months worked", staff().rated(Rating.HTT).months(5).hired("2025-04-01"),
                        titles(), "LDTT_MONTHS_WORKED"),
                row("06 new hire, 7 months worked: LĐTT only", staff().rated(Rating.HTT).months(7).hired("2025-02-01"),
                        titles(LDTT), "CSTDCS_INITIATIVE"),
                row("07 exactly 6 months worked is enough", staff().rated(Rating.HTT).months(6),
                        titles(LDTT), "CSTDCS_INITIATIVE"),
                row("08 5.9 months worked is not", staff().rated(Rating.HTT).months(5.9),
                        titles(), "LDTT_MONTHS_WORKED"),
                row("09 six months of maternity leave count as work",
                        teacher().leave(StaffFacts.LeaveKind.MATERNITY, "2024-09-05", "2025-03-04"),
                        titles(LDTT, CSTDCS, GIAY_KHEN), "CSTD_TINH_CSTDCS_STREAK"),
                row("10 maternity not counted when a rule set says so: 12 − 7 = 5 months",
                        teacher().leave(StaffFacts.LeaveKind.MATERNITY, "2024-09-01", "2025-03-31"), History.NONE,
                        r -> r.with("ldtt.maternityCountsAsWork", false), titles(), "LDTT_MONTHS_WORKED"),
                row("11 four months of sick leave: HTXS counts as HT at most, so no LĐTT (NĐ 90/2020 Đ2 k3, NĐ 48/2023)",
                        teacher().months(8).leave(StaffFacts.LeaveKind.SICK, "2024-10-01", "2025-01-31"),
                        titles(), "LDTT_RATING"),
                row("12 exactly three months of sick leave caps the rating at HT",
                        teacher().months(9).leave(StaffFacts.LeaveKind.SICK, "2024-10-01", "2024-12-31"),
                        titles(), "LDTT_RATING"),
                row("13 2.9 months of sick leave does not",
                        teacher().months(9.1).leave(StaffFacts.LeaveKind.SICK, "2024-10-01", "2024-12-27"),
                        titles(LDTT, CSTDCS, GIAY_KHEN), "CSTD_TINH_CSTDCS_STREAK"),
                row("14 six months of sick leave: not rated, whatever the rating says",
                        teacher().rated(Rating.HTT).months(6).leave(StaffFacts.LeaveKind.SICK, "2024-09-01", "2025-02-28"),
                        titles(), "LDTT_ABSENCE"),
                row("15 seven months of unpaid leave, NOT_RATED", staff().rated(Rating.NOT_RATED).months(5)
                        .leave(StaffFacts.LeaveKind.UNPAID, "2024-09-01", "2025-03-31"), titles(), "LDTT_RATING"),
                row("16 reprimand in the year", teacher().rated(Rating.HTT).disciplined(DisciplineForm.REPRIMAND, "2025-03-01"),
                        titles(), "LDTT_DISCIPLINE"),
                row("17 reprimand of the previous school year does not count",
                        teacher().disciplined(DisciplineForm.REPRIMAND, "2024-03-01"),
                        titles(LDTT, CSTDCS, GIAY_KHEN), "CSTD_TINH_CSTDCS_STREAK"),
                row("18 warning in the year", teacher().rated(Rating.HTT).disciplined(DisciplineForm.WARNING, "2024-11-20"),
                        titles(), "LDTT_DISCIPLINE"),
                row("19 a reprimand passes when a rule set blocks only from WARNING",
                        teacher().rated(Rating.HTT).disciplined(DisciplineForm.REPRIMAND, "2025-03-01"), History.NONE,
                        r -> r.with("individual.disciplineBlocksFrom", "WARNING"), titles(LDTT, CSTDCS),
                        "GIAY_KHEN_RATING"),
                row("20 office-level initiative counts for CSTĐCS",
                        staff().initiative(InitiativeLevel.OFFICE, "2025-04-02"),
                        titles(LDTT, CSTDCS, GIAY_KHEN), "CSTD_TINH_INITIATIVE"),
                row("21 school-level initiative fails when a rule set asks for office level", teacher(), History.NONE,
                        r -> r.with("cstdcs.minInitiativeLevel", "OFFICE"), titles(LDTT, GIAY_KHEN), "CSTDCS_INITIATIVE"),
                row("22 initiative of the previous school year does not count for this year's CSTĐCS",
                        staff().initiative(InitiativeLevel.SCHOOL, "2024-05-10"), titles(LDTT, GIAY_KHEN),
                        "CSTDCS_INITIATIVE"),
                row("23 HTXS without initiative", staff(), titles(LDTT, GIAY_KHEN), "CSTDCS_INITIATIVE"),
                row("24 CSTĐCS 2022-2023, 2023-2024 and now, provincial initiative: CSTĐ tỉnh",
                        teacher().initiative(InitiativeLevel.PROVINCE, "2023-10-15"), threeYears, r -> r,
                        titles(LDTT, CSTDCS, CSTD_TINH, GIAY_KHEN, BANG_KHEN), null),
                row("25 broken streak: 2022-2023 only LĐTT",
                        teacher().initiative(InitiativeLevel.PROVINCE, "2023-10-15"),
                        ldttOnlyIn(cstdcsIn("2023-2024", "2021-2022"), "2022-2023"), r -> r,
                        titles(LDTT, CSTDCS, GIAY_KHEN, BANG_KHEN), "CSTD_TINH_CSTDCS_STREAK"),
                row("26 streak but only an office-level initiative",
                        teacher().initiative(InitiativeLevel.OFFICE, "2023-10-15"), threeYears, r -> r,
                        titles(LDTT, CSTDCS, GIAY_KHEN, BANG_KHEN), "CSTD_TINH_INITIATIVE"),
                row("27 streak and provincial initiative, but not LĐTT this year",
                        teacher().rated(Rating.HT).initiative(InitiativeLevel.PROVINCE, "2023-10-15"), threeYears,
                        r -> r, titles(), "CSTD_TINH_CSTDCS_STREAK"),
                row("28 only one earlier CSTĐCS year",
                        teacher().initiative(InitiativeLevel.PROVINCE, "2023-10-15"), cstdcsIn("2023-2024"), r -> r,
                        titles(LDTT, CSTDCS, GIAY_KHEN, BANG_KHEN), "CSTD_TINH_CSTDCS_STREAK"),
                row("29 provincial initiative older than the three years",
                        teacher().initiative(InitiativeLevel.PROVINCE, "2021-05-20"), threeYears, r -> r,
                        titles(LDTT, CSTDCS, GIAY_KHEN), "CSTD_TINH_INITIATIVE"),
                row("30 a rule set asking 9 months: 8 months is not enough", teacher().months(8), History.NONE,
                        r -> r.with("ldtt.minMonthsWorked", 9), titles(), "LDTT_MONTHS_WORKED"),
                row("31 maternity then four months sick: only the sick leave caps (at HT)",
                        teacher().months(8).leave(StaffFacts.LeaveKind.MATERNITY, "2024-09-01", "2025-01-31")
                                .leave(StaffFacts.LeaveKind.SICK, "2025-02-01", "2025-05-31"),
                        titles(), "LDTT_RATING"),
                row("32 two adjacent sick leaves are one absence of four months",
                        teacher().months(8).leave(StaffFacts.LeaveKind.SICK, "2024-10-01", "2024-11-30")
                                .leave(StaffFacts.LeaveKind.SICK, "2024-12-01", "2025-01-31"),
                        titles(), "LDTT_RATING"),
                row("33 leave begun in the summer counts only inside the school year (2 months)",
                        teacher().months(10).leave(StaffFacts.LeaveKind.SICK, "2024-07-01", "2024-10-31"),
                        titles(LDTT, CSTDCS, GIAY_KHEN), "CSTD_TINH_CSTDCS_STREAK"),
                row("34 Giấy khen from HTT when a rule set says so", teacher().rated(Rating.HTT), History.NONE,
                        r -> r.with("giayKhen.minRating", "HTT"), titles(LDTT, CSTDCS, GIAY_KHEN),
                        "CSTD_TINH_CSTDCS_STREAK"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("individuals")
    void individual(String name, Staff staff, History history, UnaryOperator<RuleSet> change, Set<Title> expected,
            String failing) {
        IndividualResult result = EligibilityRules.evaluate(staff.facts(), history, change.apply(RULES));
        assertEquals(expected.isEmpty() ? Set.of() : EnumSet.copyOf(expected),
                result.eligible().isEmpty() ? Set.of() : EnumSet.copyOf(result.eligible()), name);
        List<String> failingCodes = result.titles().stream().flatMap(t -> t.failing().stream()).toList();
        if (failing == null) {
            assertTrue(failingCodes.isEmpty(), name + ": nothing should fail, got " + failingCodes);
        } else {
            assertTrue(failingCodes.contains(failing), name + ": expected " + failing + " among " + failingCodes);
        }
        // Every condition is explained and sourced.
        result.titles().forEach(t -> t.conditions().forEach(c -> {
            assertFalse(c.expected().isBlank(), c.code());
            assertFalse(c.actual().isBlank(), c.code());
            assertFalse(c.legalBasis().isBlank(), c.code());
        }));
    }

    @Test
    void explanationReadsInVietnamese() {
        IndividualResult result = EligibilityRules.evaluate(
                staff().rated(Rating.HTT).months(5).hired("2025-04-01").facts(), History.NONE, RULES);
        Condition months = result.check(LDTT).orElseThrow().conditions().stream()
                .filter(c -> c.code().equals("LDTT_MONTHS_WORKED")).findFirst().orElseThrow();
        assertFalse(months.passed());
        assertEquals("5 tháng", months.actual());
        assertTrue(months.expected().startsWith("Làm việc ít nhất 6 tháng trong năm học, thời gian nghỉ thai sản được tính"),
                months.expected());
        assertTrue(months.legalBasis().contains("Điều 24"), months.legalBasis());

        IndividualResult capped = EligibilityRules.evaluate(
                teacher().months(8).leave(StaffFacts.LeaveKind.SICK, "2024-10-01", "2025-01-31").facts(),
                History.NONE, RULES);
        assertEquals(Rating.HT, capped.effectiveRating());
        Condition rating = capped.check(LDTT).orElseThrow().conditions().get(0);
        assertTrue(rating.actual().contains("tính là Hoàn thành nhiệm vụ (HT) vì nghỉ 4 tháng"), rating.actual());
    }

    // ---- collectives ---------------------------------------------------------------------------

    /** A member result built directly: rating, LĐTT, CSTĐCS (within quota), heaviest discipline. */
    static IndividualResult member(Rating rating, boolean ldtt, boolean cstdcs, DisciplineForm discipline) {
        Condition given = new Condition("GIVEN", true, "-", "-", "-");
        Condition not = new Condition("GIVEN", false, "-", "-", "-");
        return new IndividualResult(UUID.randomUUID(), "TO-1", rating, rating, discipline, null, 0, null, List.of(
                new TitleCheck(LDTT, ldtt, false, List.of(ldtt ? given : not)),
                new TitleCheck(CSTDCS, cstdcs, false, List.of(cstdcs ? given : not))));
    }

    /** {@code total} members of whom {@code ldtt} LĐTT (HTT) and {@code cstdcs} of those CSTĐCS; the rest HT. */
    static List<IndividualResult> members(int total, int ldtt, int cstdcs) {
        List<IndividualResult> members = new ArrayList<>();
        IntStream.range(0, total).forEach(i -> members.add(
                member(i < ldtt ? Rating.HTT : Rating.HT, i < ldtt, i < cstdcs, null)));
        return members;
    }

    static List<IndividualResult> replaceLast(List<IndividualResult> members, IndividualResult last) {
        List<IndividualResult> changed = new ArrayList<>(members);
        changed.set(changed.size() - 1, last);
        return changed;
    }

    static Stream<Arguments> collectives() {
        return Stream.of(
                Arguments.of("C1 5/10 LĐTT (50 %) is not more than half", members(10, 5, 0), titles(),
                        "TTLDTT_LDTT_SHARE"),
                Arguments.of("C2 51/100 LĐTT: TTLĐTT, not TTLĐXS", members(100, 51, 1), titles(TTLDTT),
                        "TTLDXS_LDTT_SHARE"),
                Arguments.of("C3 7/10 LĐTT, one CSTĐCS, all complete: TTLĐXS", members(10, 7, 1),
                        titles(TTLDTT, TTLDXS), null),
                Arguments.of("C4 69/100 LĐTT is under 70 %", members(100, 69, 2), titles(TTLDTT),
                        "TTLDXS_LDTT_SHARE"),
                Arguments.of("C5 70 % but no CSTĐCS", members(10, 7, 0), titles(TTLDTT), "TTLDXS_CSTDCS"),
                Arguments.of("C6 one member KHT", replaceLast(members(10, 7, 1), member(Rating.KHT, false, false, null)),
                        titles(TTLDTT), "TTLDXS_ALL_COMPLETE"),
                Arguments.of("C7 one member warned", replaceLast(members(10, 8, 1),
                        member(Rating.KHT, false, false, DisciplineForm.WARNING)), titles(), "TTLDTT_DISCIPLINE"),
                Arguments.of("C8 a reprimand does not block collectives", replaceLast(members(10, 8, 1),
                        member(Rating.HT, false, false, DisciplineForm.REPRIMAND)), titles(TTLDTT, TTLDXS), null),
                Arguments.of("C9 a member not rated (long absence) does not break 'all complete'",
                        replaceLast(members(10, 7, 1), member(Rating.NOT_RATED, false, false, null)),
                        titles(TTLDTT, TTLDXS), null),
                Arguments.of("C10 6/10 LĐTT", members(10, 6, 1), titles(TTLDTT), "TTLDXS_LDTT_SHARE"),
                Arguments.of("C11 no members", members(0, 0, 0), titles(), "TTLDTT_LDTT_SHARE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collectives")
    void collective(String name, List<IndividualResult> members, Set<Title> expected, String failing) {
        CollectiveResult result = CollectiveRules.evaluate("TO-1", CollectiveResult.Kind.GROUP, members, RULES);
        assertEquals(expected.isEmpty() ? Set.of() : EnumSet.copyOf(expected),
                result.eligible().isEmpty() ? Set.of() : EnumSet.copyOf(result.eligible()), name);
        List<String> failingCodes = result.titles().stream().flatMap(t -> t.failing().stream()).toList();
        if (failing == null) {
            assertTrue(failingCodes.isEmpty(), name + ": nothing should fail, got " + failingCodes);
        } else {
            assertTrue(failingCodes.contains(failing), name + ": expected " + failing + " among " + failingCodes);
        }
    }

    // ---- quotas --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} LĐTT at {1} % with minimum {2}: {3} CSTĐCS")
    @CsvSource({"20,15,0,3", "6,15,0,0", "7,15,0,1", "6,15,1,1", "0,15,1,0", "100,15,0,15", "13,15,0,1", "14,15,0,2",
            "40,15,0,6", "1,15,3,1"})
    void cstdcsQuota(int ldtt, int percent, int min, int expected) {
        RuleSet rules = RULES.with("cstdcs.maxShareOfLdtt", percent).with("cstdcs.minQuota", min);
        assertEquals(expected, Quotas.cstdcsQuota(ldtt, rules));
    }

    /** {@code n} LĐTT without initiative (HTT) to fill the base of the quota. */
    static List<StaffFacts> plainLdtt(int n) {
        List<StaffFacts> staff = new ArrayList<>();
        IntStream.range(0, n).forEach(i -> staff.add(staff().rated(Rating.HTT).facts()));
        return staff;
    }

    static UUID id(int n) {
        return UUID.fromString("00000000-0000-0000-0000-%012d".formatted(n));
    }

    @Test
    void overQuotaRankedByRatingThenInitiativeThenSeniority() {
        List<StaffFacts> staff = new ArrayList<>(plainLdtt(15));
        staff.add(staff().id(id(1)).initiative(InitiativeLevel.OFFICE, "2025-03-01").facts());       // A: HTXS, office
        staff.add(teacher().id(id(2)).hired("2010-09-01").facts());                                   // B: HTXS, school
        staff.add(teacher().id(id(3)).hired("2005-09-01").facts());                                   // C: HTXS, school, senior
        staff.add(staff().id(id(4)).rated(Rating.HTT).initiative(InitiativeLevel.OFFICE, "2025-03-01").facts()); // D
        staff.add(teacher().id(id(5)).rated(Rating.HTT).facts());                                     // E
        // 20 LĐTT → 15 % = 3 places for 5 candidates: A, C, B within; D, E out.
        CycleEligibility.Outcome outcome = CycleEligibility.compute("TH-TEST", staff, Map.of(), RULES);
        Map<UUID, IndividualResult> byId = new HashMap<>();
        outcome.staff().forEach(r -> byId.put(r.staffId(), r));
        assertTrue(byId.get(id(1)).isEligible(CSTDCS));
        assertTrue(byId.get(id(3)).isEligible(CSTDCS));
        assertTrue(byId.get(id(2)).isEligible(CSTDCS));
        assertFalse(byId.get(id(4)).isEligible(CSTDCS));
        assertFalse(byId.get(id(5)).isEligible(CSTDCS));
        assertTrue(byId.get(id(4)).check(CSTDCS).orElseThrow().failing().contains("CSTDCS_QUOTA"));
        assertEquals(List.of(LDTT), byId.get(id(4)).eligible());
        Condition seatC = byId.get(id(3)).check(CSTDCS).orElseThrow().conditions().stream()
                .filter(c -> c.code().equals("CSTDCS_QUOTA")).findFirst().orElseThrow();
        assertTrue(seatC.actual().startsWith("Xếp thứ 2/5"), seatC.actual());
        assertTrue(seatC.expected().contains("= 3 người"), seatC.expected());
        Condition share = outcome.unitChecks().get(0);
        assertEquals("CSTDCS_SHARE", share.code());
        assertTrue(share.passed());
    }

    @Test
    void tieAtTheCutLineIsFlaggedForTheCouncil() {
        List<StaffFacts> staff = new ArrayList<>(plainLdtt(16));
        IntStream.rangeClosed(1, 4).forEach(i -> staff.add(teacher().id(id(i)).facts()));
        CycleEligibility.Outcome outcome = CycleEligibility.compute("TH-TEST", staff, Map.of(), RULES);
        List<IndividualResult> candidates = outcome.staff().stream()
                .filter(r -> r.check(CSTDCS).orElseThrow().conditions().stream().anyMatch(c -> c.code().equals("CSTDCS_QUOTA")))
                .toList();
        assertEquals(4, candidates.size());
        assertEquals(3, candidates.stream().filter(r -> r.isEligible(CSTDCS)).count());
        assertFalse(outcome.staff().stream().filter(r -> r.staffId().equals(id(4))).findFirst().orElseThrow()
                .isEligible(CSTDCS), "ties broken by staff id: the highest id is out");
        candidates.forEach(r -> assertTrue(r.check(CSTDCS).orElseThrow().conditions().stream()
                .anyMatch(c -> c.code().equals("CSTDCS_QUOTA") && c.actual().contains("hội đồng bỏ phiếu quyết định"))));
    }

    @Test
    void outOfQuotaMeansNoCstdTinhEither() {
        // 6 LĐTT → 15 % rounds down to 0 places: the streak holder gets neither CSTĐCS nor CSTĐ tỉnh.
        List<StaffFacts> staff = new ArrayList<>(plainLdtt(5));
        staff.add(teacher().id(id(7)).initiative(InitiativeLevel.PROVINCE, "2024-10-01").facts());
        Map<UUID, History> history = Map.of(id(7), cstdcsIn("2023-2024", "2022-2023"));
        IndividualResult alone = CycleEligibility.compute("TH-TEST", staff, history, RULES).staff().stream()
                .filter(r -> r.staffId().equals(id(7))).findFirst().orElseThrow();
        // Bằng khen (V20): HTXS, CSTĐCS 2023-2024 in the file, two initiatives in the two years.
        assertEquals(List.of(LDTT, GIAY_KHEN, BANG_KHEN), alone.eligible());
        assertTrue(alone.check(CSTD_TINH).orElseThrow().failing().contains("CSTD_TINH_CSTDCS_STREAK"));
        // With one guaranteed place (a rule set parameter) the same person gets both.
        IndividualResult granted = CycleEligibility.compute("TH-TEST", staff, history,
                RULES.with("cstdcs.minQuota", 1)).staff().stream()
                .filter(r -> r.staffId().equals(id(7))).findFirst().orElseThrow();
        assertEquals(List.of(LDTT, CSTDCS, CSTD_TINH, GIAY_KHEN, BANG_KHEN), granted.eligible());
    }

    @Test
    void cycleComputesGroupsAndTheSchool() {
        List<StaffFacts> staff = new ArrayList<>();
        // Group TO-1: 3 of 4 LĐTT (75 %), one CSTĐCS; group TO-2: 1 of 2 (50 %).
        staff.add(teacher().facts());
        staff.add(staff().rated(Rating.HTT).facts());
        staff.add(staff().rated(Rating.HTT).facts());
        staff.add(staff().rated(Rating.HT).facts());
        Staff second = new Staff(UUID.randomUUID(), Rating.HTT, 12, List.of(), List.of(), List.of(), null, "TO-2");
        staff.add(second.facts());
        staff.add(second.id(UUID.randomUUID()).rated(Rating.HT).facts());
        RuleSet rules = RULES.with("cstdcs.minQuota", 1);
        CycleEligibility.Outcome outcome = CycleEligibility.compute("TH-TEST", staff, Map.of(), rules);
        Map<String, CollectiveResult> byCode = new HashMap<>();
        outcome.collectives().forEach(c -> byCode.put(c.code(), c));
        assertEquals(List.of(TTLDTT, TTLDXS), byCode.get("TO-1").eligible());
        assertEquals(List.of(), byCode.get("TO-2").eligible());
        assertEquals(CollectiveResult.Kind.SCHOOL, byCode.get("TH-TEST").kind());
        assertEquals(6, byCode.get("TH-TEST").members());
        assertEquals(List.of(TTLDTT), byCode.get("TH-TEST").eligible(), "4/6 LĐTT: TTLĐTT, under 70 %");
    }

    @ParameterizedTest(name = "{0} HTXS of {1} rated HTT or better: within 20 % = {2}")
    @CsvSource({"2,10,true", "3,10,false", "0,4,true", "1,4,false", "1,5,true"})
    void htxsShare(int htxs, int atLeastHtt, boolean within) {
        List<IndividualResult> results = new ArrayList<>();
        IntStream.range(0, atLeastHtt).forEach(i -> results.add(
                member(i < htxs ? Rating.HTXS : Rating.HTT, true, false, null)));
        assertEquals(within, Quotas.htxsShare(results, RULES).passed());
    }

    // ---- rule sets -----------------------------------------------------------------------------

    @Test
    void theRuleSetInForceIsTheLatestStartedWhoseRangeContainsTheDay() {
        RuleSet first = RULES;
        RuleSet second = new RuleSet("2026.1", RULES.legalBasis(), LocalDate.of(2026, 7, 1), null, RULES.parameters(),
                RULES.authority(), "x", null);
        RuleSet lapsing = new RuleSet("2027.1", RULES.legalBasis(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30),
                RULES.parameters(), RULES.authority(), "x", null);
        List<RuleSet> sets = List.of(first, second, lapsing);
        assertTrue(RuleSets.pick(sets, LocalDate.of(2023, 12, 31)).isEmpty());
        assertEquals("2024.1", RuleSets.pick(sets, LocalDate.of(2024, 1, 1)).orElseThrow().version());
        assertEquals("2024.1", RuleSets.pick(sets, LocalDate.of(2026, 6, 30)).orElseThrow().version());
        assertEquals("2026.1", RuleSets.pick(sets, LocalDate.of(2026, 7, 1)).orElseThrow().version());
        assertEquals("2027.1", RuleSets.pick(sets, LocalDate.of(2027, 3, 1)).orElseThrow().version());
        assertEquals("2026.1", RuleSets.pick(sets, LocalDate.of(2027, 7, 1)).orElseThrow().version(),
                "after a set lapses the one before it applies again");
    }

    @Test
    void theShippedSetDefinesEveryParameterWithItsSource() {
        assertEquals(List.of(), RULES.problems().stream().map(p -> p[0] + ": " + p[1]).toList());
        assertEquals(15, RULES.integer("cstdcs.maxShareOfLdtt"));
        assertEquals("2/3", RULES.text("council.quorum"));
        assertTrue(RULES.authority().stream().anyMatch(a -> a.title() == LDTT && a.decidedAtLevel().equals("SCHOOL")));
        assertTrue(RULES.authority().stream().anyMatch(a -> a.title() == CSTDCS && a.decidedAtLevel().equals("OFFICE")));
    }

    @Test
    void aBrokenParameterListIsRefusedByField() {
        List<RuleSet.Parameter> parameters = new ArrayList<>(RULES.parameters());
        parameters.removeIf(p -> p.key().equals("council.quorum"));
        parameters.add(new RuleSet.Parameter("ldtt.minMonth", 6, "tháng", null, "x"));
        parameters.replaceAll(p -> p.key().equals("ttldtt.minLdttShare")
                ? new RuleSet.Parameter(p.key(), "năm mươi", p.unit(), p.description(), p.source()) : p);
        parameters.replaceAll(p -> p.key().equals("cstdcs.ranking")
                ? new RuleSet.Parameter(p.key(), "RATING,LUCK", p.unit(), p.description(), p.source()) : p);
        RuleSet broken = new RuleSet("x", RULES.legalBasis(), RULES.effectiveFrom(), null, parameters, RULES.authority(),
                "x", null);
        List<String> problems = broken.problems().stream().map(p -> p[1]).toList();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("Thiếu tham số council.quorum")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("ldtt.minMonth")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("ttldtt.minLdttShare")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("LUCK")));
    }
}
