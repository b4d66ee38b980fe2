package vn.thidua.platform.id;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeOrderedIdsTest {

    @Test
    void isAVersion7IdOfTheRfcVariantCarryingTheTimeItWasMade() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        long made = TimeOrderedIds.unixMillisOf(id);
        assertTrue(made >= before && made <= after, made + " not in [" + before + ", " + after + "]");
    }

    @Test
    void theTextFormPutsTheTimeFirst() {
        // RFC 9562's example: 2022-02-22T19:22:22Z is 0x017F22E279B0 ms, so the text starts 017f22e2-79b0-7.
        UUID id = TimeOrderedIds.at(0x017F22E279B0L);

        assertTrue(id.toString().startsWith("017f22e2-79b0-7"), id.toString());
        assertTrue("89ab".indexOf(id.toString().charAt(19)) >= 0, id.toString());
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsPostgresqlComparesThem() {
        List<String> made = new ArrayList<>();
        for (long ms = 1_700_000_000_000L; ms < 1_700_000_000_000L + 2_000; ms++) {
            made.add(TimeOrderedIds.at(ms).toString());
        }
        // PostgreSQL orders uuids by their 16 bytes, which is the order of their lower-case hex text.
        List<String> sorted = new ArrayList<>(made);
        sorted.sort(null);

        assertEquals(made, sorted);
    }

    @Test
    void idsOfTheSameMillisecondDifferInTheirRandomBits() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            ids.add(TimeOrderedIds.at(1_700_000_000_000L));
        }

        assertEquals(200_000, ids.size());
    }

    @Test
    void refusesToReadATimeFromARandomId() {
        assertThrows(IllegalArgumentException.class, () -> TimeOrderedIds.unixMillisOf(UUID.randomUUID()));
    }
}
