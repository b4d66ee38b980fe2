package vn.thidua.award.eligibility;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.award.eligibility.EligibilityRulesTest.Staff;
import vn.thidua.award.rules.RuleParameters;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.SeedRules;
import vn.thidua.award.rules.Title;
import vn.thidua.contracts.Rating;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bằng khen of the province chair and the province's Cờ thi đua (issue 11), row by row with the source of the rule
 * each row exercises. Shipped sets 2024.1 and 2025.1 (V20 appended the parameters, all [verify]); school year
 * 2024-2025. History is the achievement file: decided, not revoked, imported ("nhập từ hồ sơ") or decided here.
 */
class HonourRulesTest {

    static final RuleSet RULES = SeedRules.v2024();
    static final String LUAT_74_1 = "Luật TĐKT 2022 Điều 74 khoản 1 điểm c [verify]";
    static final String LUAT_74_2 = "Luật TĐKT 2022 Điều 74 khoản 2 điểm c [verify]";
    static final String LUAT_26 = "Luật TĐKT 2022 Điều 26 [verify]";
    static final String READING = "this system's reading of the file [verify]";

    static History.Held imported(String year, Title title, String number) {
        return new History.Held(SchoolYear.parse(year), title, "QĐ số " + number + " (nhập từ hồ sơ)");
    }

    static History file(History.Held... held) {
        return History.ofFile(List.of(held));
    }

    /** HTXS, 12 months, two school-level initiatives in 2023-2024 and 2024-2025. */
    static Staff excellent() {
        return EligibilityRulesTest.staff().initiative(InitiativeLevel.SCHOOL, "2024-04-10")
                .initiative(InitiativeLevel.SCHOOL, "2025-05-12");
    }

    /** A province layer over the national set, as a province's quy chế would publish it. */
    static UnaryOperator<RuleSet> province(String key, Object value) {
        return national -> {
            RuleSet.Parameter base = national.parameter(key);
            RuleSet layer = new RuleSet("TINH-TEST", List.of(), LocalDate.of(2024, 1, 1), null,
                    List.of(new RuleSet.Parameter(key, value, base.unit(), base.description(),
                            "Quy chế thi đua của tỉnh (thử) [verify]", false, null, null)),
                    List.of(), "test", OffsetDateTime.now(), RuleSet.Layer.PROVINCE, "TINH");
            return SeedRules.merged(national, List.of(layer));
        };
    }

    static Stream<Arguments> individuals() {
        History lastYear = file(imported("2023-2024", Title.LDTT, "12/QĐ-PGDĐT"));
        return Stream.of(
                Arguments.of("B01 " + LUAT_74_1 + ": HTXS this year, LĐTT 2023-2024 imported, 2 initiatives",
                        excellent(), lastYear, UnaryOperator.identity(), true, false, null),
                Arguments.of("B02 " + LUAT_74_1 + ": same, no earlier year in the file", excellent(), History.NONE,
                        UnaryOperator.identity(), false, false, "BANG_KHEN_YEARS"),
                Arguments.of("B03 " + LUAT_74_1 + ": HTT this year is not HTXS", excellent().rated(Rating.HTT),
                        lastYear, UnaryOperator.identity(), false, false, "BANG_KHEN_RATING"),
                Arguments.of("B04 " + LUAT_74_1 + ": one initiative in the two years",
                        EligibilityRulesTest.teacher(), lastYear, UnaryOperator.identity(), false, false,
                        "BANG_KHEN_INITIATIVES"),
                Arguments.of("B05 " + LUAT_74_1 + ": an initiative of 2022-2023 is outside the two years",
                        EligibilityRulesTest.teacher().initiative(InitiativeLevel.SCHOOL, "2023-05-10"), lastYear,
                        UnaryOperator.identity(), false, false, "BANG_KHEN_INITIATIVES"),
                Arguments.of("B06 " + LUAT_74_1 + ": a gap — 2022-2023 in the file, 2023-2024 not", excellent(),
                        file(imported("2022-2023", Title.LDTT, "9/QĐ-PGDĐT")), UnaryOperator.identity(), false, false,
                        "BANG_KHEN_YEARS"),
                Arguments.of("B07 " + READING + ": a CSTĐCS year counts where LĐTT is asked", excellent(),
                        file(imported("2023-2024", Title.CSTDCS, "13/QĐ-UBND")), UnaryOperator.identity(), true, false,
                        null),
                Arguments.of("B08 " + READING + ": a Giấy khen alone is no year of results", excellent(),
                        file(imported("2023-2024", Title.GIAY_KHEN, "14/QĐ-PGDĐT")), UnaryOperator.identity(), false,
                        false, "BANG_KHEN_YEARS"),
                Arguments.of("B09 " + LUAT_74_1 + " + LĐTT discipline rule: a reprimand this year",
                        excellent().disciplined(DisciplineForm.REPRIMAND, "2025-03-01"), lastYear,
                        UnaryOperator.identity(), false, false, "BANG_KHEN_LDTT"),
                Arguments.of("B10 NĐ 152/2025 Điều 4 khoản 4 [text]: a pending procedure defers it",
                        excellent().pending("2025-03-01"), lastYear, UnaryOperator.identity(), false, true, null),
                Arguments.of("B11 province layer asks 3 years [verify]: one earlier year is not enough", excellent(),
                        lastYear, province("bangKhen.consecutiveYears", 3), false, false, "BANG_KHEN_YEARS"),
                Arguments.of("B12 province layer asks 3 years [verify]: two earlier years, initiatives in the three",
                        excellent(), file(imported("2023-2024", Title.LDTT, "12/QĐ-PGDĐT"),
                                imported("2022-2023", Title.CSTDCS, "8/QĐ-UBND")),
                        province("bangKhen.consecutiveYears", 3), true, false, null),
                Arguments.of("B13 2025.1 (NĐ 152/2025 regime) carries the same conditions", excellent(), lastYear,
                        (UnaryOperator<RuleSet>) r -> SeedRules.national2025(), true, false, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("individuals")
    void individualBangKhen(String name, Staff staff, History history, UnaryOperator<RuleSet> rules, boolean eligible,
            boolean deferred, String failing) {
        IndividualResult result = EligibilityRules.evaluate(staff.facts(), history, rules.apply(RULES));
        TitleCheck check = result.check(Title.BANG_KHEN).orElseThrow();
        assertEquals(eligible, check.eligible(), name + ": " + check.conditions());
        assertEquals(deferred, check.deferred(), name);
        if (failing != null) {
            assertTrue(check.failing().contains(failing), name + ": " + check.failing());
        }
        // Every condition names its parameters, each to verify, with its source and layer.
        check.conditions().forEach(c -> {
            assertFalse(c.parameters().isEmpty(), c.code());
            c.parameters().forEach(p -> assertFalse(p.verified(), p.key()));
            assertTrue(c.legalBasis().contains("[verify]"), c.code() + ": " + c.legalBasis());
        });
    }

    @Test
    void theExplanationCitesTheImportedDecision() {
        IndividualResult result = EligibilityRules.evaluate(excellent().facts(),
                file(imported("2023-2024", Title.LDTT, "12/QĐ-PGDĐT")), RULES);
        Condition years = result.check(Title.BANG_KHEN).orElseThrow().conditions().stream()
                .filter(c -> c.code().equals("BANG_KHEN_YEARS")).findFirst().orElseThrow();
        assertTrue(years.passed());
        assertTrue(years.actual().contains("QĐ số 12/QĐ-PGDĐT (nhập từ hồ sơ) (Lao động tiên tiến, 2023-2024)"),
                years.actual());
        assertTrue(years.legalBasis().contains("Điều 74 khoản 1 điểm c"), years.legalBasis());
    }

    @Test
    void theProvinceLayerNamesItselfInTheExplanation() {
        IndividualResult result = EligibilityRules.evaluate(excellent().facts(), History.NONE,
                province("bangKhen.consecutiveYears", 3).apply(RULES));
        Condition.Basis basis = result.check(Title.BANG_KHEN).orElseThrow().conditions().stream()
                .filter(c -> c.code().equals("BANG_KHEN_YEARS")).findFirst().orElseThrow().parameters().get(0);
        assertEquals("bangKhen.consecutiveYears", basis.key());
        assertEquals(RuleSet.Layer.PROVINCE, basis.layer());
        assertEquals("TINH-TEST", basis.version());
        assertEquals(3, basis.value());
    }

    @Test
    void aSetWithoutTheParametersComputesNoBangKhen() {
        RuleSet older = RULES;
        for (String key : RuleParameters.BANG_KHEN_INDIVIDUAL) {
            older = older.without(key);
        }
        assertTrue(EligibilityRules.evaluate(excellent().facts(), History.NONE, older).check(Title.BANG_KHEN).isEmpty());
        assertEquals(List.of(), older.problems().stream().map(p -> p[1]).toList(), "optional: still a complete set");
    }

    // ---- the school: Bằng khen (collective) and Cờ thi đua ------------------------------------------

    /** Seven members, all LĐTT, one CSTĐCS within the 15 % of 2024.1: TTLĐXS. {@code weak}: three rated HT. */
    static List<StaffFacts> school(boolean weak) {
        List<StaffFacts> staff = new ArrayList<>();
        staff.add(EligibilityRulesTest.teacher().facts());
        IntStream.range(0, 6).forEach(i -> staff.add(EligibilityRulesTest.staff()
                .rated(weak && i < 3 ? Rating.HT : Rating.HTT).facts()));
        return staff;
    }

    static Stream<Arguments> schools() {
        History lastYear = file(imported("2023-2024", Title.TTLDXS, "20/QĐ-UBND"));
        return Stream.of(
                Arguments.of("S01 " + LUAT_74_2 + ": TTLĐXS now and TTLĐXS 2023-2024 in the school's file", false,
                        lastYear, UnaryOperator.identity(), Title.BANG_KHEN, true, false, null),
                Arguments.of("S02 " + LUAT_74_2 + ": no earlier year in the file", false, History.NONE,
                        UnaryOperator.identity(), Title.BANG_KHEN, false, false, "BANG_KHEN_YEARS"),
                Arguments.of("S03 " + LUAT_74_2 + ": not TTLĐXS this year (3 of 7 rated HT)", true, lastYear,
                        UnaryOperator.identity(), Title.BANG_KHEN, false, false, "BANG_KHEN_TTLDXS"),
                Arguments.of("S04 " + READING + ": a Cờ thi đua year counts as an excellent year", false,
                        file(imported("2023-2024", Title.CO_THI_DUA, "21/QĐ-UBND")), UnaryOperator.identity(),
                        Title.BANG_KHEN, true, false, null),
                Arguments.of("S05 " + READING + ": a TTLĐTT year does not", false,
                        file(imported("2023-2024", Title.TTLDTT, "22/QĐ-PGDĐT")), UnaryOperator.identity(),
                        Title.BANG_KHEN, false, false, "BANG_KHEN_YEARS"),
                Arguments.of("S06 " + LUAT_26 + ": TTLĐXS, the block's vote outside the system — waits", false,
                        History.NONE, UnaryOperator.identity(), Title.CO_THI_DUA, false, true, null),
                Arguments.of("S07 " + LUAT_26 + ": not TTLĐXS — refused, not waiting", true, History.NONE,
                        UnaryOperator.identity(), Title.CO_THI_DUA, false, false, "CO_THI_DUA_TTLDXS"),
                Arguments.of("S08 province layer [verify]: no block condition — eligible", false, History.NONE,
                        province("coThiDua.requiresBlockLead", false), Title.CO_THI_DUA, true, false, null),
                Arguments.of("S09 province layer [verify]: 2 years of TTLĐXS, none before", false, History.NONE,
                        province("coThiDua.consecutiveYears", 2), Title.CO_THI_DUA, false, false, "CO_THI_DUA_YEARS"),
                Arguments.of("S10 province layer [verify]: 2 years of TTLĐXS, 2023-2024 in the file", false, lastYear,
                        province("coThiDua.consecutiveYears", 2), Title.CO_THI_DUA, false, true, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schools")
    void schoolBangKhenAndCoThiDua(String name, boolean weak, History history, UnaryOperator<RuleSet> rules,
            Title title, boolean eligible, boolean deferred, String failing) {
        CycleEligibility.Outcome outcome = CycleEligibility.compute("TH-TEST", school(weak), Map.of(), history,
                rules.apply(RULES));
        CollectiveResult school = outcome.collectives().stream()
                .filter(c -> c.kind() == CollectiveResult.Kind.SCHOOL).findFirst().orElseThrow();
        assertEquals(!weak, school.isEligible(Title.TTLDXS), name + ": the TTLĐXS this row assumes");
        TitleCheck check = school.titles().stream().filter(t -> t.title() == title).findFirst().orElseThrow();
        assertEquals(eligible, check.eligible(), name + ": " + check.conditions());
        assertEquals(deferred, check.deferred(), name);
        if (failing != null) {
            assertTrue(check.failing().contains(failing), name + ": " + check.failing());
        }
        // A professional group gets neither (the authority table knows them for the school only).
        outcome.collectives().stream().filter(c -> c.kind() == CollectiveResult.Kind.GROUP).forEach(g ->
                assertTrue(g.titles().stream().noneMatch(t -> t.title() == Title.BANG_KHEN || t.title() == Title.CO_THI_DUA)));
    }

    @Test
    void theSchoolsExplanationCitesItsDecision() {
        CycleEligibility.Outcome outcome = CycleEligibility.compute("TH-TEST", school(false), Map.of(),
                file(imported("2023-2024", Title.TTLDXS, "20/QĐ-UBND")), RULES);
        Condition years = outcome.collectives().stream().filter(c -> c.kind() == CollectiveResult.Kind.SCHOOL)
                .findFirst().orElseThrow().titles().stream().filter(t -> t.title() == Title.BANG_KHEN).findFirst()
                .orElseThrow().conditions().stream().filter(c -> c.code().equals("BANG_KHEN_YEARS")).findFirst()
                .orElseThrow();
        assertTrue(years.actual().contains("QĐ số 20/QĐ-UBND"), years.actual());
        assertTrue(years.legalBasis().contains("Điều 74 khoản 2 điểm c"), years.legalBasis());
    }

    @Test
    void aRevokedDecisionLeavesTheFileAndTheTitleWithIt() {
        // The file holds decided, not revoked titles (AchievementFile, FileHistory): after the revocation of the
        // only earlier year, the same person has no Bằng khen.
        History before = file(imported("2023-2024", Title.LDTT, "12/QĐ-PGDĐT"));
        assertTrue(EligibilityRules.evaluate(excellent().facts(), before, RULES).isEligible(Title.BANG_KHEN));
        History afterRevocation = file();
        IndividualResult after = EligibilityRules.evaluate(excellent().facts(), afterRevocation, RULES);
        assertFalse(after.isEligible(Title.BANG_KHEN));
        assertTrue(after.check(Title.BANG_KHEN).orElseThrow().failing().contains("BANG_KHEN_YEARS"));
    }

    static UUID id(int n) {
        return new UUID(0, n);
    }
}
