package vn.thidua.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionsTest {

    record V(String name, LocalDate effectiveFrom, LocalDate effectiveTo) implements Versions.Dated {
    }

    private static final V FIRST = new V("2024.1", LocalDate.of(2024, 1, 1), null);
    private static final V LAPSING = new V("2025.1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
    private static final V SECOND = new V("2025.2", LocalDate.of(2025, 7, 1), null);
    private static final List<V> ALL = List.of(SECOND, FIRST, LAPSING);

    @Test
    void theLatestStartingVersionCoveringTheDay() {
        assertEquals(FIRST, Versions.inForce(ALL, LocalDate.of(2024, 6, 30)).orElseThrow());
        assertEquals(LAPSING, Versions.inForce(ALL, LocalDate.of(2025, 3, 31)).orElseThrow());
        // After the lapsing version ends the open-ended first one applies again.
        assertEquals(FIRST, Versions.inForce(ALL, LocalDate.of(2025, 4, 1)).orElseThrow());
        assertEquals(SECOND, Versions.inForce(ALL, LocalDate.of(2025, 7, 1)).orElseThrow());
    }

    @Test
    void nothingBeforeTheFirstButTheEarliestIsKnown() {
        assertTrue(Versions.inForce(ALL, LocalDate.of(2023, 12, 31)).isEmpty());
        assertEquals(FIRST, Versions.earliest(ALL).orElseThrow());
        assertTrue(Versions.earliest(List.<V>of()).isEmpty());
    }
}
