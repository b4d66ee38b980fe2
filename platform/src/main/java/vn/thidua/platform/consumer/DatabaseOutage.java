package vn.thidua.platform.consumer;

import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A database that is down or restarting is not a poison event: the event is retried until the database is back
 * (the partition waits, in order), instead of going to the dead-letter topic where it would be lost to the
 * consumer. Only connection failures count (SQLSTATE class 08, the server shutting down or starting, a pool
 * that got no connection); anything else is the event's own fault and propagates at once.
 */
public final class DatabaseOutage {

    /** A PostgreSQL restart takes seconds; beyond this the event goes to the dead-letter topic with the reason. */
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Set<String> SERVER_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);

    /** How the retry waits; tests pass one that does not. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or one of its causes, is the database being unreachable. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || SERVER_STATES.contains(state))) {
                    return true;
                }
                // Agroal's pool, when no connection could be made in time, gives no SQLSTATE
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    static <T> T retrying(Supplier<T> work, String what) {
        return retrying(work, what, pause -> Thread.sleep(pause.toMillis()), GIVE_UP_AFTER);
    }

    static <T> T retrying(Supplier<T> work, String what, Sleeper sleeper, Duration giveUpAfter) {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        Duration backoff = Duration.ofMillis(250);
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!isOutage(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.warnf("Database unavailable while applying %s (attempt %d), retrying in %d ms: %s", what, attempt,
                        backoff.toMillis(), e.getMessage());
                try {
                    sleeper.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }
}
