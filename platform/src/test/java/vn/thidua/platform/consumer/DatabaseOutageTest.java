package vn.thidua.platform.consumer;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    private static RuntimeException wrapped(SQLException cause) {
        return new IllegalStateException("Cannot record processed event", new RuntimeException("tx", cause));
    }

    @Test
    void connectionFailuresAndAServerShuttingDownAreOutagesOtherErrorsAreNot() {
        assertTrue(DatabaseOutage.isOutage(wrapped(new SQLException("Connection refused", "08001"))));
        assertTrue(DatabaseOutage.isOutage(wrapped(new SQLException("An I/O error occurred", "08006"))));
        assertTrue(DatabaseOutage.isOutage(wrapped(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseOutage.isOutage(wrapped(new SQLException("the database system is starting up", "57P03"))));
        assertTrue(DatabaseOutage.isOutage(new SQLException("Acquisition timeout while waiting for new connection")));
        assertFalse(DatabaseOutage.isOutage(wrapped(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.isOutage(wrapped(new SQLException("null value in column", "23502"))));
        assertFalse(DatabaseOutage.isOutage(new IllegalArgumentException("not an event")));
    }

    @Test
    void anOutageIsRetriedWithGrowingPausesUntilTheDatabaseIsBack() {
        AtomicInteger attempts = new AtomicInteger();
        List<Duration> pauses = new ArrayList<>();
        String result = DatabaseOutage.retrying(() -> {
            if (attempts.incrementAndGet() <= 6) {
                throw wrapped(new SQLException("Connection refused", "08001"));
            }
            return "applied";
        }, "test event", pauses::add, Duration.ofMinutes(1));
        assertEquals("applied", result);
        assertEquals(7, attempts.get());
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(5)), pauses);
    }

    @Test
    void anErrorOfTheEventItselfPropagatesAtOnceForTheDeadLetterTopic() {
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException poison = new IllegalArgumentException("data.staffId: not a UUID");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> DatabaseOutage.retrying(() -> {
            attempts.incrementAndGet();
            throw poison;
        }, "test event", pause -> { }, Duration.ofMinutes(1)));
        assertSame(poison, thrown);
        assertEquals(1, attempts.get());
    }

    @Test
    void anOutageLongerThanTheLimitPropagatesWithItsCause() {
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> DatabaseOutage.retrying(() -> {
            throw wrapped(new SQLException("Connection refused", "08001"));
        }, "test event", pause -> { }, Duration.ZERO));
        assertTrue(DatabaseOutage.isOutage(thrown));
    }
}
