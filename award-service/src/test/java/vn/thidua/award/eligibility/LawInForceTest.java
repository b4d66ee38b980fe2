package vn.thidua.award.eligibility;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.SeedRules;
import vn.thidua.award.rules.Title;
import vn.thidua.contracts.Rating;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.award.rules.Title.CSTDCS;
import static vn.thidua.award.rules.Title.GIAY_KHEN;
import static vn.thidua.award.rules.Title.LDTT;

/**
 * Every rule issue 11 corrects, as a table: each row names its legal source (with the tag) and is
 * computed under the rules a Đồng Tháp school resolves to from 01/07/2025 (2025.1 + DONGTHAP-2025.1, read
 * from migration V9) unless it says otherwise. School year 2025-2026: 01/09/2025–31/08/2026.
 */
class LawInForceTest {

    static final SchoolYear YEAR = SchoolYear.parse("2025-2026");
    static final RuleSet DONG_THAP = SeedRules.dongThap2025();
    static final RuleSet NATIONAL = SeedRules.national2025();

    /** HTXS, 12 months, an initiative recognised by the school on 12/05/2026, group TO-1. */
    static Person teacher() {
        return new Person(Rating.HTXS, 12, List.of(), List.of());
    }

    record Person(Rating rating, double months, List<StaffFacts.Discipline> discipline, List<StaffFacts.Leave> leave) {

        Person leave(StaffFacts.LeaveKind kind, String from, String to, double monthsWorked) {
            List<StaffFacts.Leave> more = new ArrayList<>(leave);
            more.add(new StaffFacts.Leave(kind, LocalDate.parse(from), LocalDate.parse(to)));
            return new Person(rating, monthsWorked, discipline, more);
        }

        Person disciplined(DisciplineForm form, String day, Boolean pending, String endsOn) {
            List<StaffFacts.Discipline> more = new ArrayList<>(discipline);
            more.add(new StaffFacts.Discipline(form, LocalDate.parse(day), pending,
                    endsOn == null ? null : LocalDate.parse(endsOn)));
            return new Person(rating, months, more, leave);
        }

        StaffFacts facts() {
            return new StaffFacts(UUID.randomUUID(), "TH-TRAMCHIM2", YEAR, "TO-1", rating, months, discipline, leave,
                    List.of(new StaffFacts.Initiative("Sáng kiến", InitiativeLevel.SCHOOL, LocalDate.of(2026, 5, 12))),
                    LocalDate.of(2010, 9, 1));
        }
    }

    enum Outcome { ELIGIBLE, DEFERRED, NOT_ELIGIBLE }

    static Arguments row(String source, String name, Person person, Rating effective, Outcome ldtt, String failing) {
        return Arguments.of(source, name, person, effective, ldtt, failing);
    }

    static Stream<Arguments> rules() {
        String ratingRule = "NĐ 90/2020/NĐ-CP Điều 2 khoản 3, sửa đổi bởi NĐ 48/2023/NĐ-CP [secondary]";
        String leaveKinds = "shared-names.md: COUNTED_AS_WORK như thai sản; NĐ 152/2025 Điều 4 khoản 5 [text]";
        String discipline = "NĐ 152/2025/NĐ-CP Điều 4 khoản 4 [text]";
        return Stream.of(
                row(ratingRule, "2.9 months of sick leave: no cap", teacher()
                        .leave(StaffFacts.LeaveKind.SICK, "2025-10-01", "2025-12-27", 9.1), Rating.HTXS, Outcome.ELIGIBLE, null),
                row(ratingRule, "3 months of sick leave: rated, at most HT, so no LĐTT", teacher()
                        .leave(StaffFacts.LeaveKind.SICK, "2025-10-01", "2025-12-31", 9), Rating.HT, Outcome.NOT_ELIGIBLE,
                        "LDTT_RATING"),
                row(ratingRule, "4 months of sick leave: at most HT, no LĐTT", teacher()
                        .leave(StaffFacts.LeaveKind.SICK, "2025-10-01", "2026-01-31", 8), Rating.HT, Outcome.NOT_ELIGIBLE,
                        "LDTT_RATING"),
                row(ratingRule, "5 months of sick leave: at most HT, no LĐTT", teacher()
                        .leave(StaffFacts.LeaveKind.SICK, "2025-10-01", "2026-02-28", 7), Rating.HT, Outcome.NOT_ELIGIBLE,
                        "LDTT_RATING"),
                row(ratingRule, "6 months of sick leave: under 6 months worked, not rated", teacher()
                        .leave(StaffFacts.LeaveKind.SICK, "2025-09-01", "2026-02-28", 6), Rating.NOT_RATED,
                        Outcome.NOT_ELIGIBLE, "LDTT_ABSENCE"),
                row("NĐ 152/2025/NĐ-CP Điều 4 khoản 5 [text]", "6 months of maternity leave: rating kept, counts for titles",
                        teacher().leave(StaffFacts.LeaveKind.MATERNITY, "2025-09-05", "2026-03-04", 12), Rating.HTXS,
                        Outcome.ELIGIBLE, null),
                row(ratingRule, "4 months of unpaid leave: at most HT", teacher()
                        .leave(StaffFacts.LeaveKind.UNPAID, "2025-10-01", "2026-01-31", 8), Rating.HT,
                        Outcome.NOT_ELIGIBLE, "LDTT_RATING"),
                row(ratingRule, "4 months of study leave: at most HT", teacher()
                        .leave(StaffFacts.LeaveKind.STUDY, "2025-10-01", "2026-01-31", 8), Rating.HT,
                        Outcome.NOT_ELIGIBLE, "LDTT_RATING"),
                row(leaveKinds, "4 months of leave counted as work: no absence, LĐTT", teacher()
                        .leave(StaffFacts.LeaveKind.COUNTED_AS_WORK, "2025-10-01", "2026-01-31", 12), Rating.HTXS,
                        Outcome.ELIGIBLE, null),
                row(discipline, "a discipline procedure still open: LĐTT deferred, not refused", teacher()
                        .disciplined(DisciplineForm.REPRIMAND, "2026-04-02", true, null), Rating.HTXS, Outcome.DEFERRED,
                        "LDTT_DISCIPLINE"),
                row(discipline, "a warning of the previous year whose term runs into this one: counted until its end",
                        teacher().disciplined(DisciplineForm.WARNING, "2025-03-01", null, "2026-02-28"), Rating.HTXS,
                        Outcome.NOT_ELIGIBLE, "LDTT_DISCIPLINE"),
                row(discipline, "a warning whose term ended before the school year: not counted", teacher()
                        .disciplined(DisciplineForm.WARNING, "2024-09-01", false, "2025-08-31"), Rating.HTXS,
                        Outcome.ELIGIBLE, null),
                row(discipline, "a decided reprimand in the year: refused", teacher()
                        .disciplined(DisciplineForm.REPRIMAND, "2026-04-02", false, null), Rating.HTXS,
                        Outcome.NOT_ELIGIBLE, "LDTT_DISCIPLINE"));
    }

    @ParameterizedTest(name = "{1} — {0}")
    @MethodSource("rules")
    void correctedRule(String source, String name, Person person, Rating effective, Outcome ldtt, String failing) {
        IndividualResult result = EligibilityRules.evaluate(person.facts(), History.NONE, DONG_THAP);
        TitleCheck check = result.check(LDTT).orElseThrow();
        assertEquals(effective, result.effectiveRating(), name);
        assertEquals(ldtt, check.eligible() ? Outcome.ELIGIBLE : check.deferred() ? Outcome.DEFERRED
                : Outcome.NOT_ELIGIBLE, name);
        if (failing == null) {
            assertEquals(List.of(), check.failing(), name);
        } else {
            assertTrue(check.failing().contains(failing), name + ": " + check.failing());
        }
        if (ldtt == Outcome.DEFERRED) {
            // Titles that need LĐTT wait with it; nothing is granted meanwhile.
            assertTrue(result.check(CSTDCS).orElseThrow().deferred(), name);
            assertTrue(result.check(GIAY_KHEN).orElseThrow().deferred(), name);
            assertEquals(List.of(LDTT, CSTDCS, GIAY_KHEN), result.deferred(), name);
            assertEquals(List.of(), result.eligible(), name);
            Condition open = check.conditions().stream().filter(c -> c.code().equals("LDTT_DISCIPLINE")).findFirst()
                    .orElseThrow();
            assertTrue(open.deferred() && open.actual().contains("hoãn xét"), open.actual());
            assertTrue(open.legalBasis().contains("Điều 4 khoản 4 [text]"), open.legalBasis());
        } else {
            assertEquals(List.of(), result.deferred(), name);
        }
        // Every condition names the parameters it read, each with its layer, version, source and verified flag.
        check.conditions().forEach(c -> {
            assertFalse(c.parameters().isEmpty(), c.code());
            c.parameters().forEach(p -> {
                assertFalse(p.source().isBlank(), p.key());
                assertTrue(p.version().equals("2025.1") || p.version().equals("DONGTHAP-2025.1"), p.version());
            });
        });
    }

    @Test
    void explanationsNameTheLayerSourceAndVerifiedFlagOfEachParameter() {
        IndividualResult result = EligibilityRules.evaluate(teacher()
                .leave(StaffFacts.LeaveKind.MATERNITY, "2025-09-05", "2026-03-04", 12).facts(), History.NONE, DONG_THAP);
        Condition months = result.check(LDTT).orElseThrow().conditions().stream()
                .filter(c -> c.code().equals("LDTT_MONTHS_WORKED")).findFirst().orElseThrow();
        Condition.Basis maternity = months.parameters().stream().filter(p -> p.key().equals("ldtt.maternityCountsAsWork"))
                .findFirst().orElseThrow();
        assertEquals(RuleSet.Layer.NATIONAL, maternity.layer());
        assertEquals("2025.1", maternity.version());
        assertTrue(maternity.verified(), "[text] is verified");
        assertEquals("Nghị định 152/2025/NĐ-CP, Điều 4 khoản 5 [text]", maternity.source());
        Condition.Basis minMonths = months.parameters().get(0);
        assertEquals("ldtt.minMonthsWorked", minMonths.key());
        assertFalse(minMonths.verified(), "[verify] is not");
    }

    // ---- quotas: CSTĐCS share from the province layer, HTXS base and scope ------------------------

    static IndividualResult person(String group, Rating rating, boolean ldtt, boolean cstdcs) {
        Condition given = new Condition("GIVEN", true, "-", "-", "-");
        Condition not = new Condition("GIVEN", false, "-", "-", "-");
        return new IndividualResult(UUID.randomUUID(), group, rating, rating, null, InitiativeLevel.SCHOOL, 0,
                LocalDate.of(2010, 9, 1), List.of(new TitleCheck(LDTT, ldtt, false, List.of(ldtt ? given : not)),
                new TitleCheck(CSTDCS, cstdcs, false, List.of(cstdcs ? given : not))));
    }

    /** 20 LĐTT of whom 5 eligible for CSTĐCS. */
    static List<IndividualResult> twentyLdtt() {
        List<IndividualResult> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(person("TO-1", Rating.HTT, true, i < 5));
        }
        return people;
    }

    @Test
    void cstdcsShareComesFromTheProvinceLayerAndIsAbsentNationally() {
        // Đồng Tháp layer: 15 % of 20 LĐTT = 3 places, to verify.
        assertEquals(3, Quotas.cstdcsQuota(20, DONG_THAP));
        Map<UUID, Quotas.Seat> seats = Quotas.cstdcs(twentyLdtt(), DONG_THAP);
        assertEquals(3, seats.values().stream().filter(Quotas.Seat::within).count());
        Condition share = Quotas.cstdcsShare(twentyLdtt(), DONG_THAP);
        Condition.Basis basis = share.parameters().get(0);
        assertEquals("cstdcs.maxShareOfLdtt", basis.key());
        assertEquals(RuleSet.Layer.PROVINCE, basis.layer());
        assertEquals("DONGTHAP-2025.1", basis.version());
        assertFalse(basis.verified());
        assertTrue(basis.source().contains("Đồng Tháp") && basis.source().contains("[verify"), basis.source());

        // 2025.1 alone (NĐ 152/2025 sets no ratio [text]): no cap, all five within.
        assertTrue(NATIONAL.find("cstdcs.maxShareOfLdtt").isEmpty());
        assertEquals(20, Quotas.cstdcsQuota(20, NATIONAL));
        assertEquals(5, Quotas.cstdcs(twentyLdtt(), NATIONAL).values().stream().filter(Quotas.Seat::within).count());
        Condition none = Quotas.cstdcsShare(twentyLdtt(), NATIONAL);
        assertTrue(none.passed() && none.expected().contains("không quy định tỷ lệ"), none.expected());
        // 2024.1 (NĐ 98/2023 regime) still carries its 15 %.
        assertEquals(3, Quotas.cstdcsQuota(20, SeedRules.v2024()));
    }

    /** Group TO-1: 4 HTT and 1 HTXS; group TO-2: 10 HTT. */
    static List<IndividualResult> twoGroups() {
        List<IndividualResult> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(person("TO-1", Rating.HTT, true, false));
        }
        people.add(person("TO-1", Rating.HTXS, true, false));
        for (int i = 0; i < 10; i++) {
            people.add(person("TO-2", Rating.HTT, true, false));
        }
        return people;
    }

    static Stream<Arguments> htxsShares() {
        String secondary = "NĐ 90/2020, sửa đổi bởi NĐ 48/2023 [secondary; verify the base]";
        return Stream.of(
                Arguments.of(secondary, "2025.1: 20 % of those rated HTT per staff group — TO-1 allows 0 of 4",
                        DONG_THAP, false),
                Arguments.of(secondary, "HTT base over the whole unit: 20 % of 14 = 2", DONG_THAP
                        .with("htxs.shareScope", "UNIT"), true),
                Arguments.of(secondary, "HTT and above, per group: TO-1 20 % of 5 = 1", DONG_THAP
                        .with("htxs.shareBase", "HTT_AND_ABOVE"), true),
                Arguments.of("2024.1 (absent keys: today's behaviour)", "2024.1: HTT and above, whole unit: 20 % of 15 = 3",
                        SeedRules.v2024(), true));
    }

    @ParameterizedTest(name = "{1} — {0}")
    @MethodSource("htxsShares")
    void htxsBaseAndScope(String source, String name, RuleSet rules, boolean passed) {
        Condition share = Quotas.htxsShare(twoGroups(), rules);
        assertEquals(passed, share.passed(), name + ": " + share.expected() + " / " + share.actual());
        Set<String> keys = share.parameters().stream().map(Condition.Basis::key).collect(Collectors.toSet());
        assertTrue(keys.contains("htxs.maxSharePercent"), keys.toString());
    }

    @Test
    void htxsPerGroupNamesTheGroup() {
        Condition share = Quotas.htxsShare(twoGroups(), DONG_THAP);
        assertTrue(share.expected().contains("tổ TO-1: 20 % của 4 = 0"), share.expected());
        assertTrue(share.actual().contains("tổ TO-1: 1 người"), share.actual());
        assertTrue(share.expected().contains("tổ TO-2: 20 % của 10 = 2"), share.expected());
    }

    @Test
    void titlesOfTheDeferredAreNotCountedAsLdttInCollectives() {
        IndividualResult deferred = EligibilityRules.evaluate(teacher()
                .disciplined(DisciplineForm.REPRIMAND, "2026-04-02", true, null).facts(), History.NONE, DONG_THAP);
        assertFalse(deferred.isEligible(Title.LDTT));
        assertEquals(null, deferred.worstDiscipline(), "a pending procedure is no discipline");
    }
}
