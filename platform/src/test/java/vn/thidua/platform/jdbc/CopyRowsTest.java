package vn.thidua.platform.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CopyRowsTest {

    private static String text(Object value) {
        return new String(CopyRows.field(value), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void nullIsBackslashN() {
        assertEquals("\\N", text(null));
    }

    @Test
    void separatorsAndBackslashesAreEscaped() {
        assertEquals("a\\tb\\nc\\rd\\\\e", text("a\tb\nc\rd\\e"));
        // A literal "\N" in data must not read back as null.
        assertEquals("\\\\N", text("\\N"));
    }

    @Test
    void vietnameseAndJsonPassUnchanged() {
        assertEquals("{\"lý do\":\"Nghỉ thai sản\"}", text("{\"lý do\":\"Nghỉ thai sản\"}"));
    }

    @Test
    void valuesUseTheFormsPostgresqlReads() {
        UUID id = UUID.fromString("2e20f954-09c4-5d00-8153-3190b3073d13");
        assertEquals("2e20f954-09c4-5d00-8153-3190b3073d13", text(id));
        assertEquals("2023-06-02T09:30:00.123Z", text(OffsetDateTime.of(2023, 6, 2, 9, 30, 0, 123_000_000, ZoneOffset.UTC)));
        assertEquals("FINALIZED", text(TestState.FINALIZED));
        assertEquals("12.5", text(new java.math.BigDecimal("12.5")));
    }

    private enum TestState { FINALIZED }
}
