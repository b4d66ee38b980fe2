package vn.thidua.award.eligibility;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.thidua.award.config.EligibilityConfig;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Recomputes stale cycles off the consumer's thread, so that a batch of events is applied in milliseconds
 * and a heavy cycle's recomputation holds back neither the consumer nor other cycles.
 *
 * <p>A few workers ({@code thidua.eligibility.workers}, default 2) share the stale cycles; one cycle is never
 * run twice at once in this replica (a request while it runs is remembered and runs it once more after, so
 * any number of batches arriving during a 5,000-staff recomputation cost one more, not one each), and
 * {@link CycleLocks} keeps replicas apart: a cycle another replica is computing is tried again shortly.
 * The stale mark is in the database ({@code pending_revision}), so a cycle left stale by a crash, or by a
 * replica that stopped, is found by the sweep.
 */
@ApplicationScoped
class CycleRecomputer {

    private static final Logger LOG = Logger.getLogger(CycleRecomputer.class);
    private static final long BUSY_RETRY_MS = 200;
    /**
     * How long a cycle whose events are still arriving waits at most: long enough that a 5,000-staff bulk is
     * recomputed about once, not continuously while it arrives (taking a core from every other school's events).
     */
    static final long MAX_DEFERRAL_MS = 5_000;
    /**
     * A waiting cycle no batch touched for this long has all its events (its partition went quiet), when the
     * broker cannot say. Longer than the gap between two batches of one partition on a loaded machine (200 ms
     * was not: 0.4 s measured).
     */
    static final long QUIET_MS = 500;
    /**
     * A waiting cycle no batch touched for this long, whose last applied event is its partition's last in the
     * broker, has all its events: the consumer's own gap before its next poll no longer counts, only a gap in
     * the producer's (the relay's) sending.
     */
    static final long DRAINED_MS = 100;

    private final EligibilityService eligibility;
    private final ScheduledExecutorService workers;
    /** The deferrals' clock, apart from the workers, so that a long recomputation never delays a quiet cycle's. */
    private final ScheduledExecutorService timer;
    /** Cycles queued or running here; TRUE: requested again while running. */
    private final Map<UUID, Boolean> requested = new ConcurrentHashMap<>();
    /** Cycles whose events are still arriving: since when, and their last batch. */
    private final Map<UUID, Deferral> deferred = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    CycleRecomputer(EligibilityService eligibility, EligibilityConfig config) {
        this.eligibility = eligibility;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newScheduledThreadPool(config.workers(), task -> {
            Thread thread = new Thread(task, "eligibility-recompute-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "eligibility-deferrals");
            thread.setDaemon(true);
            return thread;
        });
        this.timer.scheduleWithFixedDelay(this::releaseDeferred, 250, 250, TimeUnit.MILLISECONDS);
    }

    /**
     * After a cycle's events of a batch committed: the cycle is recomputed now, or, while its events are still
     * arriving (the consumer is behind on its partition and it is the partition's last cycle of the batch), once
     * they stop or {@link #MAX_DEFERRAL_MS} after the first such batch, whichever comes first. Recomputing a
     * 5,000-staff cycle after each of the ten polls of its bulk would cost ten whole computations, taking the CPU
     * from the consumer, for results replaced a moment later. Decided per cycle: a light cycle polled with a
     * heavy one's backlog is not held back with it. {@code behind}: how many events the broker holds after the
     * batch's last event of the cycle in its partition, empty when unknown (asked once the cycle has been quiet
     * {@link #DRAINED_MS}).
     */
    void afterBatch(Collection<UUID> cycleIds, boolean stillArriving, Supplier<OptionalLong> behind) {
        if (stillArriving) {
            long now = System.nanoTime();
            for (UUID id : cycleIds) {
                deferred.compute(id, (key, d) -> new Deferral(d == null ? now : d.since(), now, false, behind));
                timer.schedule(() -> quiet(id, now), DRAINED_MS, TimeUnit.MILLISECONDS);
            }
        } else {
            cycleIds.forEach(deferred::remove);
            request(cycleIds);
        }
        releaseDeferred();
    }

    /** Whether the cycle waits for more of its events (its recomputation deferred). */
    boolean waiting(UUID cycleId) {
        return deferred.containsKey(cycleId);
    }

    /**
     * A batch that begins with more of the waiting cycle's events is being applied: the cycle is not quiet
     * while it lasts (a 3,000-event batch takes seconds), however long.
     */
    void continuing(UUID cycleId) {
        deferred.computeIfPresent(cycleId, (key, d) -> new Deferral(d.since(), d.lastBatch(), true, d.behind()));
    }

    /**
     * No batch touched the waiting cycle since {@code lastBatch}: its events have stopped if the broker holds
     * none after them in its partition, or, when the broker does not say, after {@link #QUIET_MS}. Else asked
     * again (events behind it come in a next batch, or another cycle's first: {@link #arrived}).
     */
    private void quiet(UUID cycleId, long lastBatch) {
        Deferral d = deferred.get(cycleId);
        if (d == null || d.applying() || d.lastBatch() != lastBatch || stopping) {
            return;
        }
        OptionalLong behind = d.behind().get();
        if (behind.isPresent() ? behind.getAsLong() == 0
                : System.nanoTime() - lastBatch >= TimeUnit.MILLISECONDS.toNanos(QUIET_MS)) {
            if (deferred.remove(cycleId, d)) {
                LOG.debugf("Cycle %s: quiet %d ms after its last batch", cycleId, (System.nanoTime() - lastBatch)
                        / 1_000_000);
                request(cycleId);
            }
        } else {
            timer.schedule(() -> quiet(cycleId, lastBatch), DRAINED_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** A waiting cycle's events have stopped (another cycle's came next in its partition): recomputed now. */
    void arrived(UUID cycleId) {
        if (deferred.remove(cycleId) != null) {
            request(cycleId);
        }
    }

    private void releaseDeferred() {
        long now = System.nanoTime();
        deferred.forEach((id, d) -> {
            if (now - d.since() > TimeUnit.MILLISECONDS.toNanos(MAX_DEFERRAL_MS) && deferred.remove(id, d)) {
                request(id);
            }
        });
    }

    /** Recomputes these cycles soon (after the caller's commit: call it then). */
    void request(Collection<UUID> cycleIds) {
        cycleIds.forEach(this::request);
    }

    void request(UUID cycleId) {
        if (stopping) {
            return;
        }
        boolean[] start = {false};
        requested.compute(cycleId, (id, again) -> {
            if (again == null) {
                start[0] = true;
                return Boolean.FALSE;
            }
            return Boolean.TRUE;
        });
        if (start[0]) {
            long queued = System.nanoTime();
            workers.execute(() -> {
                LOG.debugf("Cycle %s: recomputation starts %d ms after its request", cycleId,
                        (System.nanoTime() - queued) / 1_000_000);
                run(cycleId);
            });
        }
    }

    private void run(UUID cycleId) {
        EligibilityService.Recomputed outcome;
        long started = System.nanoTime();
        try {
            outcome = eligibility.recomputeStale(cycleId);
            LOG.debugf("Cycle %s: %s in %d ms", cycleId, outcome, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | Error e) {
            // Stays stale in the database: the sweep tries again (after the restart, when stopping). An Error too
            // (an OutOfMemoryError on a 5,000-staff cycle): a task's throwable is kept in its Future, unseen, and
            // the cycle would stay requested, so that the sweep never tried it again.
            if (stopping) {
                LOG.debugf("Recomputing eligibility of cycle %s stopped by the shutdown", cycleId);
                return;
            }
            LOG.errorf(e, "Recomputing eligibility of cycle %s failed", cycleId);
            outcome = null;
        }
        Boolean again = requested.compute(cycleId, (id, more) -> Boolean.TRUE.equals(more) ? Boolean.FALSE : null);
        if (again != null) {
            workers.execute(() -> run(cycleId));
        } else if (outcome == EligibilityService.Recomputed.BUSY) {
            workers.schedule(() -> request(cycleId), BUSY_RETRY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Cycles still stale in the database: after a restart, a crash between a batch and its recomputation. Not
     * while the application stops (the database's EntityManager may be closed by then; the next start's sweep
     * finds what is left).
     */
    @Scheduled(every = "${thidua.eligibility.sweep:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        if (stopping) {
            return;
        }
        try {
            // A cycle whose events are still arriving is stale by design: it waits for them (at most
            // MAX_DEFERRAL_MS), not for the sweep to recompute it halfway through its bulk.
            eligibility.stale(100).stream().filter(id -> !requested.containsKey(id) && !deferred.containsKey(id))
                    .forEach(this::request);
        } catch (RuntimeException e) {
            if (!stopping) {
                throw e;
            }
        }
    }

    private record Deferral(long since, long lastBatch, boolean applying, Supplier<OptionalLong> behind) {
    }

    /** Cycles queued or running in this replica (for the tests and the benchmark). */
    int inFlight() {
        return requested.size();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        timer.shutdownNow();
        workers.shutdownNow();
    }
}
