package vn.thidua.platform.outbox;

import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the relay when a transaction that wrote outbox rows commits: the outbox's insert trigger
 * notifies {@link #CHANNEL} (each service's migration), PostgreSQL delivers it at commit to every
 * listening replica. Wake-ups coalesce: any number of commits during a relay round cause one more
 * round. The listener holds its own connection, outside the pool, and reconnects after a failure;
 * the relay's slow poll covers the gap.
 */
final class OutboxWakeUp {

    static final String CHANNEL = "thidua_outbox";
    private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class);
    private static final int LISTEN_TIMEOUT_MS = 1_000;

    private final Semaphore signal = new Semaphore(0);
    private final String url;
    private final Properties credentials = new Properties();
    private volatile boolean running;
    private volatile Connection connection;
    private Thread listener;

    OutboxWakeUp(String url, String user, String password) {
        this.url = url;
        credentials.setProperty("user", user == null ? "" : user);
        credentials.setProperty("password", password == null ? "" : password);
        credentials.setProperty("ApplicationName", "outbox-relay-listener");
    }

    void start() {
        running = true;
        listener = new Thread(this::listen, "outbox-relay-listener");
        listener.setDaemon(true);
        listener.start();
    }

    /** Asks for one more relay round (coalesced with any pending one). */
    void wake() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /** Waits for a wake-up or the timeout; answers whether it was woken. */
    boolean await(Duration timeout) throws InterruptedException {
        boolean woken = signal.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        signal.drainPermits();
        return woken;
    }

    void stop() {
        running = false;
        wake();
        if (listener != null) {
            listener.interrupt();
        }
        closeQuietly(connection);
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            // The driver itself rather than DriverManager: no dependence on how the runner registers drivers.
            try (Connection listening = new Driver().connect(url, credentials)) {
                if (listening == null) {
                    LOG.warnf("Outbox relay not woken on commit (polling only): %s is not a PostgreSQL URL", url);
                    return;
                }
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                // Commits while no one listened went unnoticed: one round picks their rows up.
                wake();
                warned = false;
                PGConnection pg = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(LISTEN_TIMEOUT_MS);
                    if (notifications != null && notifications.length > 0) {
                        wake();
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                if (!warned) {
                    LOG.warnf("Outbox relay not woken on commit (polling meanwhile), reconnecting: %s", e.getMessage());
                    warned = true;
                }
                try {
                    Thread.sleep(LISTEN_TIMEOUT_MS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private static void closeQuietly(Connection current) {
        if (current == null) {
            return;
        }
        try {
            current.close();
        } catch (SQLException e) {
            LOG.debugf("Outbox listener connection not closed cleanly: %s", e.getMessage());
        }
    }
}
