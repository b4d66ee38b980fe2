package vn.thidua.award.eligibility;

import org.junit.jupiter.api.Test;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.time.SchoolYear;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSTĐ tỉnh from the achievement file: decided CSTĐCS years count, each cited by its decision; a gap breaks it. */
class FileHistoryRulesTest {

    static History.Held held(String year, Title title, String number) {
        return new History.Held(SchoolYear.parse(year), title, "QĐ số " + number);
    }

    @Test
    void theStreakCitesTheDecisionsItReliedOn() {
        History file = History.ofFile(List.of(held("2023-2024", Title.CSTDCS, "51/QĐ-UBND"),
                held("2022-2023", Title.CSTDCS, "45/QĐ-PGDĐT"), held("2021-2022", Title.LDTT, "30/QĐ-PGDĐT")));
        IndividualResult result = EligibilityRules.evaluate(
                EligibilityRulesTest.staff().initiative(InitiativeLevel.PROVINCE, "2025-03-01").facts(), file,
                EligibilityRulesTest.RULES);
        assertTrue(result.isEligible(Title.CSTD_TINH), result.titles().toString());
        String actual = result.check(Title.CSTD_TINH).orElseThrow().conditions().stream()
                .filter(c -> c.code().equals("CSTD_TINH_CSTDCS_STREAK")).findFirst().orElseThrow().actual();
        assertTrue(actual.contains("QĐ số 51/QĐ-UBND (2023-2024); QĐ số 45/QĐ-PGDĐT (2022-2023)"), actual);
        assertFalse(actual.contains("30/QĐ"), actual);
        assertEquals(List.of("QĐ số 51/QĐ-UBND (2023-2024)"), file.decisionsBefore(SchoolYear.parse("2024-2025"),
                Title.CSTDCS, 1));
    }

    @Test
    void aYearMissingFromTheFileBreaksTheStreak() {
        History file = History.ofFile(List.of(held("2022-2023", Title.CSTDCS, "45/QĐ-PGDĐT")));
        IndividualResult result = EligibilityRules.evaluate(
                EligibilityRulesTest.staff().initiative(InitiativeLevel.PROVINCE, "2025-03-01").facts(), file,
                EligibilityRulesTest.RULES);
        assertFalse(result.isEligible(Title.CSTD_TINH));
        assertEquals(0, file.consecutiveYearsBefore(SchoolYear.parse("2024-2025"), Title.CSTDCS));
    }
}
