package vn.thidua.platform.replay;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Rebuilds a read model by replaying topics, once at a time across any number of replicas. A
 * request and its state live in {@code replay_job} (migration {@code db/replay}, which a service
 * that replays adds to its Flyway locations), so every replica sees the replay that runs. The
 * replica running a replay holds a session advisory lock on its name for the whole run, on the
 * connection through which it records progress: a second request meanwhile is refused with
 * {@link ReplayBusyException}, and if the replica dies, PostgreSQL releases the lock with its
 * session and another replica takes the job over ({@link #takeOver}), starting it again from the
 * beginning (the replay applies idempotently).
 *
 * <p>Run outside a transaction: the lock's connection must stay the runner's own.
 */
@ApplicationScoped
public class TopicReplay {

    private static final Logger LOG = Logger.getLogger(TopicReplay.class);

    private final AgroalDataSource dataSource;
    private final String bootstrapServers;
    private final String holder;
    private final Iterable<Replayed> replays;

    @Inject
    public TopicReplay(AgroalDataSource dataSource, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            Instance<Replayed> replays) {
        this(dataSource, bootstrapServers, replicaName(), replays);
    }

    /** Another runner, as another replica would hold it (tests); it takes over no bean's replays by itself. */
    public TopicReplay(AgroalDataSource dataSource, String bootstrapServers, String holder) {
        this(dataSource, bootstrapServers, holder, List.of());
    }

    private TopicReplay(AgroalDataSource dataSource, String bootstrapServers, String holder, Iterable<Replayed> replays) {
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
        this.holder = holder;
        this.replays = replays;
    }

    private static String replicaName() {
        String host = System.getenv("HOSTNAME");
        return (host == null || host.isBlank() ? "replica" : host) + "-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The name under which this runner claims jobs ({@link ReplayJob#holder()}). */
    public String holder() {
        return holder;
    }

    /**
     * Requests a replay and runs it here, now, returning when it is done. A request waiting or
     * left by a dead replica is run instead of a new one.
     *
     * @throws ReplayBusyException while a replay of the same name runs (here or on another replica)
     * @throws ReplayFailedException when the replay stopped on an error; the job is stored as failed
     */
    public ReplayJob run(Replayed replay, String requestedBy) {
        requireNoTransaction();
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock, replay.name())) {
                throw new ReplayBusyException(replay.name(), ReplayJobs.active(lock, replay.name()).orElse(null));
            }
            try {
                ReplayJob job = ReplayJobs.active(lock, replay.name())
                        .orElseGet(() -> ReplayJobs.request(lock, replay, requestedBy));
                return execute(lock, replay, job);
            } finally {
                unlock(lock, replay.name());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run replay " + replay.name(), e);
        }
    }

    /**
     * Records a request without running it; the next {@link #takeOver} of any replica runs it.
     *
     * @throws ReplayBusyException while a replay of the same name waits or runs
     */
    public ReplayJob request(Replayed replay, String requestedBy) {
        requireNoTransaction();
        try (Connection connection = dataSource.getConnection()) {
            return ReplayJobs.request(connection, replay, requestedBy);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot request replay " + replay.name(), e);
        }
    }

    /**
     * Runs the replay's waiting job, or its running one whose holder died, if no replica holds
     * it; returns the job as it ended, or empty when there was none to take.
     *
     * @throws ReplayFailedException when the replay stopped on an error
     */
    public Optional<ReplayJob> takeOver(Replayed replay) {
        requireNoTransaction();
        try (Connection lock = dataSource.getConnection()) {
            if (ReplayJobs.active(lock, replay.name()).isEmpty() || !tryLock(lock, replay.name())) {
                return Optional.empty();
            }
            try {
                Optional<ReplayJob> job = ReplayJobs.active(lock, replay.name());
                if (job.isEmpty()) {
                    return Optional.empty();
                }
                LOG.infof("Replay %s: %s takes over job %d (%s, last held by %s)", replay.name(), holder,
                        job.get().id(), job.get().state(), job.get().holder());
                return Optional.of(execute(lock, replay, job.get()));
            } finally {
                unlock(lock, replay.name());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take over replay " + replay.name(), e);
        }
    }

    /** The replay's last job as stored, whichever replica ran it. */
    public Optional<ReplayJob> latest(String name) {
        try (Connection connection = dataSource.getConnection()) {
            return ReplayJobs.latest(connection, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read replay " + name, e);
        }
    }

    /** Every replica looks for requests to run and jobs to take over, for the service's {@link Replayed} beans. */
    @Scheduled(every = "${thidua.replay.takeover-interval:30s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void takeOverAll() {
        for (Replayed replay : replays) {
            try {
                takeOver(replay);
            } catch (RuntimeException e) {
                LOG.warnf("Replay %s not taken over: %s", replay.name(), e.getMessage());
            }
        }
    }

    private ReplayJob execute(Connection lock, Replayed replay, ReplayJob job) {
        ReplayJobs.start(lock, job.id(), holder);
        Progress progress = new Progress(replay.topics());
        LOG.infof("Replay %s: job %d requested by %s runs on %s", replay.name(), job.id(), job.requestedBy(), holder);
        try {
            replay.prepare();
            TopicReading.read(bootstrapServers, replay, progress, () -> ReplayJobs.progress(lock, job.id(), progress));
            ReplayJobs.finish(lock, job.id(), ReplayJob.State.DONE, progress, null);
        } catch (RuntimeException e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warnf("Replay %s: job %d failed after %d of %d records: %s", replay.name(), job.id(), progress.read,
                    progress.total, reason);
            try {
                ReplayJobs.finish(lock, job.id(), ReplayJob.State.FAILED, progress, reason);
            } catch (RuntimeException notRecorded) {
                // The lock's connection is gone: the job stays running without a holder, for another replica.
                e.addSuppressed(notRecorded);
                throw e;
            }
            throw new ReplayFailedException(ReplayJobs.get(lock, job.id()), e);
        }
        LOG.infof("Replay %s: job %d done: %d records read %s, %d applied, %d skipped, %d invalid", replay.name(),
                job.id(), progress.read, progress.perTopic(), progress.applied, progress.skipped, progress.invalid);
        return ReplayJobs.get(lock, job.id());
    }

    private static boolean tryLock(Connection connection, String name) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, lockName(name));
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** A connection that cannot unlock is broken, and its session (with the lock) ends with it. */
    private static void unlock(Connection connection, String name) {
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
            unlock.setString(1, lockName(name));
            unlock.execute();
        } catch (SQLException e) {
            LOG.warnf("Replay %s: lock not released on its connection: %s", name, e.getMessage());
        }
    }

    private static String lockName(String name) {
        return "thidua.replay/" + name;
    }

    private static void requireNoTransaction() {
        if (QuarkusTransaction.isActive()) {
            throw new IllegalStateException("A replay runs outside a transaction: its lock's connection is its own");
        }
    }
}
