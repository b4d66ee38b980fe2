package vn.thidua.award.eligibility;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.thidua.award.config.EligibilityConfig;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
    static final long MAX_DEFERRAL_MS = 1_000;

    private final EligibilityService eligibility;
    private final ScheduledExecutorService workers;
    /** Cycles queued or running here; TRUE: requested again while running. */
    private final Map<UUID, Boolean> requested = new ConcurrentHashMap<>();
    /** Cycles waiting for the consumer to catch up, since when. */
    private final Map<UUID, Long> deferred = new ConcurrentHashMap<>();

    CycleRecomputer(EligibilityService eligibility, EligibilityConfig config) {
        this.eligibility = eligibility;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newScheduledThreadPool(config.workers(), task -> {
            Thread thread = new Thread(task, "eligibility-recompute-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.workers.scheduleWithFixedDelay(() -> releaseDeferred(false), MAX_DEFERRAL_MS / 4, MAX_DEFERRAL_MS / 4,
                TimeUnit.MILLISECONDS);
    }

    /**
     * After a batch of events committed: its cycles are recomputed now, or, while the consumer is behind (its
     * poll was full), once it has caught up or {@link #MAX_DEFERRAL_MS} after the first such batch, whichever
     * comes first. Recomputing a 5,000-staff cycle after each of the ten polls of its bulk would cost ten
     * whole computations, taking the CPU from the consumer, for results replaced a moment later.
     */
    void afterBatch(Collection<UUID> cycleIds, boolean consumerBehind) {
        if (consumerBehind) {
            long now = System.nanoTime();
            cycleIds.forEach(id -> deferred.putIfAbsent(id, now));
            releaseDeferred(false);
        } else {
            request(cycleIds);
            releaseDeferred(true);
        }
    }

    private void releaseDeferred(boolean all) {
        long now = System.nanoTime();
        deferred.forEach((id, since) -> {
            if ((all || now - since > TimeUnit.MILLISECONDS.toNanos(MAX_DEFERRAL_MS)) && deferred.remove(id, since)) {
                request(id);
            }
        });
    }

    /** Recomputes these cycles soon (after the caller's commit: call it then). */
    void request(Collection<UUID> cycleIds) {
        cycleIds.forEach(this::request);
    }

    void request(UUID cycleId) {
        boolean[] start = {false};
        requested.compute(cycleId, (id, again) -> {
            if (again == null) {
                start[0] = true;
                return Boolean.FALSE;
            }
            return Boolean.TRUE;
        });
        if (start[0]) {
            workers.execute(() -> run(cycleId));
        }
    }

    private void run(UUID cycleId) {
        EligibilityService.Recomputed outcome;
        try {
            outcome = eligibility.recomputeStale(cycleId);
        } catch (RuntimeException e) {
            // Stays stale in the database: the sweep tries again.
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

    /** Cycles still stale in the database: after a restart, a crash between a batch and its recomputation. */
    @Scheduled(every = "${thidua.eligibility.sweep:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        eligibility.stale(100).stream().filter(id -> !requested.containsKey(id)).forEach(this::request);
    }

    /** Cycles queued or running in this replica (for the tests and the benchmark). */
    int inFlight() {
        return requested.size();
    }

    void stop(@Observes ShutdownEvent event) {
        workers.shutdownNow();
    }
}
