package vn.thidua.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeSourceTest {

    // 31/10/2025 17:30:00.123456 UTC is already 1 November in Vietnam.
    private final TimeSource time = new TimeSource(Clock.fixed(Instant.parse("2025-10-31T17:30:00.123456Z"), ZoneOffset.UTC));

    @Test
    void nowIsUtcToTheMillisecond() {
        assertEquals(OffsetDateTime.parse("2025-10-31T17:30:00.123Z"), time.now());
        assertEquals(ZoneOffset.UTC, time.now().getOffset());
    }

    @Test
    void daysAreVietnams() {
        assertEquals(LocalDate.of(2025, 11, 1), time.today());
        assertEquals(LocalDate.of(2025, 11, 1), TimeSource.dayInVietnam(time.now()));
        assertEquals(LocalDate.of(2025, 10, 31), TimeSource.dayInVietnam(OffsetDateTime.parse("2025-10-31T16:59:59Z")));
        assertNull(TimeSource.dayInVietnam(null));
    }
}
