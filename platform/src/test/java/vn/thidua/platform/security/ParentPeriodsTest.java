package vn.thidua.platform.security;

import org.junit.jupiter.api.Test;
import vn.thidua.platform.security.ParentPeriods.Period;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who was above a school on a date: the 2025 reorganisation of the demo tree (issue 11). */
class ParentPeriodsTest {

    static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
    static final LocalDate MOVE = LocalDate.of(2025, 7, 1);
    static final LocalDate YEAR_2024 = LocalDate.of(2024, 9, 1);
    static final LocalDate YEAR_2025 = LocalDate.of(2025, 9, 1);

    static ParentPeriods demo() {
        Map<String, String> current = new HashMap<>();
        current.put("DONGTHAP", null);
        current.put("PGD-TAMNONG", "DONGTHAP");
        current.put("PGD-CAOLANH", "DONGTHAP");
        current.put("XA-TRAMCHIM", "DONGTHAP");
        current.put("TH-TRAMCHIM2", "XA-TRAMCHIM");
        current.put("TH-HOAAN", "PGD-CAOLANH");
        return new ParentPeriods(List.of(
                new Period("PGD-TAMNONG", "DONGTHAP", SINCE, 1),
                new Period("TH-TRAMCHIM2", "PGD-TAMNONG", SINCE, 2),
                new Period("XA-TRAMCHIM", "DONGTHAP", MOVE, 3),
                new Period("TH-TRAMCHIM2", "XA-TRAMCHIM", MOVE, 4)), current);
    }

    @Test
    void theFormerOfficeReachesTheYearsItGovernedAndTheCommuneTheYearsFromTheMove() {
        ParentPeriods tree = demo();
        assertEquals(List.of("TH-TRAMCHIM2", "PGD-TAMNONG", "DONGTHAP"), tree.pathOn("TH-TRAMCHIM2", YEAR_2024));
        assertEquals(List.of("TH-TRAMCHIM2", "XA-TRAMCHIM", "DONGTHAP"), tree.pathOn("TH-TRAMCHIM2", YEAR_2025));
        assertTrue(tree.contains("PGD-TAMNONG", "TH-TRAMCHIM2", YEAR_2024));
        assertFalse(tree.contains("PGD-TAMNONG", "TH-TRAMCHIM2", YEAR_2025));
        assertFalse(tree.contains("XA-TRAMCHIM", "TH-TRAMCHIM2", YEAR_2024));
        assertTrue(tree.contains("XA-TRAMCHIM", "TH-TRAMCHIM2", YEAR_2025));
        // The last day under the office and the first under the commune.
        assertTrue(tree.contains("PGD-TAMNONG", "TH-TRAMCHIM2", MOVE.minusDays(1)));
        assertTrue(tree.contains("XA-TRAMCHIM", "TH-TRAMCHIM2", MOVE));
        // Another office neither; the province both.
        for (LocalDate day : List.of(YEAR_2024, YEAR_2025)) {
            assertFalse(tree.contains("PGD-CAOLANH", "TH-TRAMCHIM2", day), day.toString());
            assertTrue(tree.contains("DONGTHAP", "TH-TRAMCHIM2", day), day.toString());
        }
    }

    @Test
    void aDayBeforeTheFirstPeriodTakesTheFirstAndAUnitWithoutPeriodsItsCurrentParent() {
        ParentPeriods tree = demo();
        assertEquals("PGD-TAMNONG", tree.parentOn("TH-TRAMCHIM2", LocalDate.of(2019, 9, 1)).orElseThrow());
        assertEquals(List.of("TH-HOAAN", "PGD-CAOLANH", "DONGTHAP"), tree.pathOn("TH-HOAAN", YEAR_2025));
        assertEquals(List.of(), tree.pathOn("TH-KHONGCO", YEAR_2025));
        assertFalse(tree.contains("DONGTHAP", "TH-KHONGCO", YEAR_2025));
    }

    @Test
    void twoPeriodsFromOneDayTakeTheLaterAndACycleStops() {
        ParentPeriods corrected = new ParentPeriods(List.of(
                new Period("S", "A", MOVE, 1), new Period("S", "B", MOVE, 2)), Map.of("A", "", "B", ""));
        assertEquals("B", corrected.parentOn("S", MOVE).orElseThrow());
        ParentPeriods cycle = new ParentPeriods(List.of(), Map.of("A", "B", "B", "A"));
        assertEquals(List.of("A", "B"), cycle.pathOn("A", MOVE));
    }
}
