package vn.thidua.award.eligibility;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.RuleSets;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps finalized results from the evaluation events and recomputes a cycle's eligibility (DESIGN.md, flow
 * step 4), emitting {@code vn.thidua.award.eligibility-computed.v1} through the outbox in the recomputation's
 * transaction.
 *
 * <p>Batches (issue 15): applying a batch of events stores the results ({@link EvaluationResults}) and marks
 * each touched cycle stale once ({@link #markStale}); {@link CycleRecomputer} then recomputes each stale cycle
 * once for everything that arrived, under the cycle's advisory lock ({@link CycleLocks}) so two replicas never compute one cycle at
 * the same time, and only rows whose content changed are written ({@link EligibilityStore}).
 *
 * <p>Rule set: a cycle is pinned, when its first result arrives, to the rules in force for its school year —
 * the national set in force on the school year's first day with the layers of the school's province and
 * units over it (issue 11: the rules of the year are those it started under; a submission is decided under
 * the set in force the day the deciding unit received it, see nomination) — and keeps it for every later
 * recomputation, so the quota and the collectives of one cycle are computed under one set and a later
 * version never changes stored results. Only an explicit recomputation ({@link #recompute(UUID, String)})
 * moves a cycle to another version.
 */
@ApplicationScoped
@Transactional
class EligibilityService {

    private static final Logger LOG = Logger.getLogger(EligibilityService.class);

    private final RuleSets ruleSets;
    private final EligibilityEvents events;
    private final EligibilityAccess access;
    private final TimeSource time;
    private final EligibilityStore store;
    private final CycleLocks locks;
    private final FileHistory fileHistory;

    EligibilityService(RuleSets ruleSets, EligibilityEvents events, EligibilityAccess access, TimeSource time,
            EligibilityStore store, CycleLocks locks, FileHistory fileHistory) {
        this.ruleSets = ruleSets;
        this.events = events;
        this.access = access;
        this.time = time;
        this.store = store;
        this.locks = locks;
        this.fileHistory = fileHistory;
    }

    /** A cycle an applied event touched; {@code chosenFor}: the day its rule set is pinned for on first sight. */
    record Touched(UUID cycleId, String unitCode, String schoolYear, LocalDate chosenFor) {
    }

    /**
     * Marks the cycles a batch touched stale, in the batch's transaction: each created and pinned on first
     * sight, its pending revision moved on once and its applied events counted. The rows are updated in
     * the order of their ids, so two replicas' batches never wait on each other in a cycle. Recomputation
     * follows after the commit ({@link CycleRecomputer}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<UUID> markStale(List<Touched> touched) {
        Map<UUID, List<Touched>> byCycle = new TreeMap<>(touched.stream()
                .collect(Collectors.groupingBy(Touched::cycleId)));
        byCycle.forEach((cycleId, events) -> {
            events.stream().filter(t -> t.chosenFor() != null).findFirst().ifPresent(this::pin);
            int updated = Panache.getEntityManager().createNativeQuery("""
                    update eligibility_cycle set pending_revision = pending_revision + 1,
                        events_applied = events_applied + ?2 where cycle_id = ?1""")
                    .setParameter(1, cycleId).setParameter(2, events.size()).executeUpdate();
            if (updated != 1) {
                throw new IllegalStateException("eligibility cycle " + cycleId + " missing");
            }
        });
        return byCycle.keySet();
    }

    /**
     * Explicit recomputation of a cycle by its principal or an office above, under {@code version}
     * (null: the version it is pinned to). Waits for a recomputation of the same cycle running elsewhere.
     */
    void recompute(UUID cycleId, String version) {
        EligibilityCycle cycle = EligibilityCycle.findById(cycleId);
        if (cycle == null) {
            throw EligibilityProblems.cycleNotFound(cycleId);
        }
        access.requireRecompute(cycle.unitCode, cycle.schoolYear);
        // The cycle's lock, not its row's: a row lock held for a whole recomputation would stall the
        // consumer's batches marking the cycle stale.
        locks.lock(cycleId);
        Panache.getEntityManager().refresh(cycle);
        if (version != null && !version.equals(cycle.ruleSetVersion)) {
            ruleSets.require(version);
            cycle.ruleSetVersion = version;
            cycle.ruleSetNote = "Tính lại theo yêu cầu với bộ " + version + " (explicitly recomputed under " + version + ")";
        }
        compute(cycle);
    }

    /** What {@link #recomputeStale} did. */
    enum Recomputed { DONE, UP_TO_DATE, BUSY }

    /**
     * Recomputes a stale cycle once for everything applied to it so far, unless another replica or thread
     * is recomputing it ({@link Recomputed#BUSY}: try again later; its results may predate our events).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Recomputed recomputeStale(UUID cycleId) {
        if (!locks.tryLock(cycleId)) {
            return Recomputed.BUSY;
        }
        EligibilityCycle cycle = EligibilityCycle.findById(cycleId);
        if (cycle == null || cycle.pendingRevision <= cycle.computedRevision) {
            return Recomputed.UP_TO_DATE;
        }
        compute(cycle);
        return Recomputed.DONE;
    }

    /** Cycles with events not yet in their results (left by a crash, or by another replica's busy worker). */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<UUID> stale(int limit) {
        return Panache.getEntityManager().createNativeQuery("""
                select cycle_id from eligibility_cycle where pending_revision > computed_revision
                order by computed_at limit ?1""", UUID.class).setParameter(1, limit).getResultList();
    }

    /** The cycle's row, created and pinned to the rules in force on {@code chosenFor} when first seen. */
    private void pin(Touched touched) {
        RuleSets.Choice choice = ruleSets.resolve(touched.unitCode(), touched.chosenFor());
        Panache.getEntityManager().createNativeQuery("""
                insert into eligibility_cycle (cycle_id, unit_code, school_year, rule_set_version, pinned_on,
                    rule_set_note, computed_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, now())
                on conflict (cycle_id) do nothing""")
                .setParameter(1, touched.cycleId()).setParameter(2, touched.unitCode())
                .setParameter(3, touched.schoolYear()).setParameter(4, choice.rules().version())
                .setParameter(5, touched.chosenFor()).setParameter(6, choice.note()).executeUpdate();
    }

    /**
     * Recomputes every staff member and collective of the cycle (the quota ranking spans the whole school),
     * stores the rows that changed and emits the snapshot. The caller holds the cycle's lock; the pending
     * revision read here is the one the results cover (events committed later move it on again).
     */
    private void compute(EligibilityCycle cycle) {
        long started = System.nanoTime();
        long covered = pendingRevision(cycle.cycleId);
        RuleSet rules = ruleSets.require(cycle.ruleSetVersion);
        List<EvaluationResult> finalized = EvaluationResult.finalizedOf(cycle.cycleId);
        List<StaffFacts> facts = finalized.stream().map(EvaluationResult::toFacts).toList();
        Map<UUID, UUID> evaluationOf = finalized.stream()
                .collect(Collectors.toMap(r -> r.staffId, r -> r.evaluationId, (a, b) -> a));
        Map<UUID, History> histories = histories(facts, cycle.schoolYear);
        long read = System.nanoTime();
        CycleEligibility.Outcome outcome = CycleEligibility.compute(cycle.unitCode, facts, histories,
                fileHistory.ofSchool(cycle.unitCode, cycle.schoolYear), rules);
        long computed = System.nanoTime();
        OffsetDateTime now = time.now();
        EligibilityStore.Written written = store.store(cycle, outcome, evaluationOf, now);
        // Flushed here, not at the commit, so that the time line below says what the writing costs.
        Panache.getEntityManager().flush();
        long stored = System.nanoTime();
        cycle.unitChecks = outcome.unitChecks();
        cycle.computedAt = now;
        cycle.computations++;
        cycle.computedRevision = covered;
        events.computed(cycle, outcome, now);
        long published = System.nanoTime();
        LOG.debugf("Cycle %s: %d results, %d rows written, %d removed, %d unchanged; read %d ms, computed %d ms, "
                + "stored %d ms, snapshot %d ms", cycle.cycleId, facts.size(), written.changed(), written.removed(),
                written.unchanged(), ms(read - started), ms(computed - read), ms(stored - computed),
                ms(published - stored));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private long pendingRevision(UUID cycleId) {
        return ((Number) Panache.getEntityManager()
                .createNativeQuery("select pending_revision from eligibility_cycle where cycle_id = ?1")
                .setParameter(1, cycleId).getSingleResult()).longValue();
    }

    /**
     * Titles of earlier school years from the staff's achievement files (decided, not revoked, imported or decided
     * here, across schools), no longer from the eligibility of earlier cycles.
     */
    Map<UUID, History> histories(List<StaffFacts> facts, String schoolYear) {
        if (facts.isEmpty()) {
            return Map.of();
        }
        Set<UUID> ids = facts.stream().map(StaffFacts::staffId).collect(Collectors.toSet());
        return fileHistory.of(ids, schoolYear);
    }
}
