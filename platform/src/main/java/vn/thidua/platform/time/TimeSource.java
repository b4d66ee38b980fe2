package vn.thidua.platform.time;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one clock of a service, injectable so that a test can stand it still. Instants are UTC to the
 * millisecond — what PostgreSQL stores, what JSON carries and what the event envelope's {@code time}
 * has, so a value read back equals the value written. Calendar days are Vietnam's: a deadline "on
 * 31/10" ends at midnight in Hà Nội, not in UTC.
 */
@ApplicationScoped
public class TimeSource {

    /** Giờ Việt Nam (UTC+7, no daylight saving). */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    public TimeSource() {
        this(Clock.systemUTC());
    }

    public TimeSource(Clock clock) {
        this.clock = clock;
    }

    /** Now, UTC, to the millisecond. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Today in Vietnam. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    /** The calendar day in Vietnam of an instant; null stays null. */
    public static LocalDate dayInVietnam(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(VIETNAM).toLocalDate();
    }
}
