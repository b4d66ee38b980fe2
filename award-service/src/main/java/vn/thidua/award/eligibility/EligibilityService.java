package vn.thidua.award.eligibility;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.RuleSets;
import vn.thidua.platform.time.SchoolYear;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps finalized results from the evaluation events and recomputes a cycle's eligibility after
 * each one (DESIGN.md, flow step 4), emitting {@code vn.thidua.award.eligibility-computed.v1}
 * through the outbox in the same transaction.
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
    // A field, not a constructor argument, to keep this class's constructor as the event path has it.
    @jakarta.inject.Inject
    FileHistory fileHistory;

    EligibilityService(RuleSets ruleSets, EligibilityEvents events, EligibilityAccess access, TimeSource time) {
        this.ruleSets = ruleSets;
        this.events = events;
        this.access = access;
        this.time = time;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void recordFinalized(EvaluationEvents.Finalized event) {
        EvaluationResult result = EvaluationResult.findById(event.evaluationId());
        if (result != null && result.finalizedAt.isAfter(event.finalizedAt())) {
            LOG.infof("Ignoring finalization of %s at %s: a later one (%s) is stored", event.evaluationId(),
                    event.finalizedAt(), result.finalizedAt);
            return;
        }
        if (result == null) {
            result = new EvaluationResult();
            result.evaluationId = event.evaluationId();
        }
        result.cycleId = event.cycleId();
        result.staffId = event.staffId();
        result.unitCode = event.unitCode();
        result.schoolYear = event.schoolYear();
        result.groupCode = event.groupCode();
        result.rating = event.rating();
        result.facts = event.facts();
        result.hireDate = event.hireDate();
        result.finalizedBy = event.finalizedBy();
        result.finalizedAt = event.finalizedAt();
        result.status = EvaluationResult.Status.FINALIZED;
        result.withdrawnReason = null;
        result.withdrawnBy = null;
        result.withdrawnAt = null;
        result.receivedAt = time.now();
        result.persist();
        EligibilityCycle cycle = lockCycle(event.cycleId(), event.unitCode(), event.schoolYear(),
                SchoolYear.parse(event.schoolYear()).start());
        compute(cycle);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void recordReopened(EvaluationEvents.Reopened event) {
        EvaluationResult result = EvaluationResult.findById(event.evaluationId());
        if (result == null || result.status == EvaluationResult.Status.WITHDRAWN
                || event.reopenedAt().isBefore(result.finalizedAt)) {
            // Nothing finalized to withdraw, or a reopening older than the finalization we hold.
            LOG.infof("Ignoring reopening of %s: no current finalized result", event.evaluationId());
            return;
        }
        result.status = EvaluationResult.Status.WITHDRAWN;
        result.withdrawnReason = event.reason();
        result.withdrawnBy = event.reopenedBy();
        result.withdrawnAt = event.reopenedAt();
        EligibilityCycle cycle = lockCycle(result.cycleId, result.unitCode, result.schoolYear, null);
        compute(cycle);
    }

    /**
     * Explicit recomputation of a cycle by its principal or an office above, under {@code version}
     * (null: the version it is pinned to).
     */
    void recompute(UUID cycleId, String version) {
        EligibilityCycle cycle = EligibilityCycle.findById(cycleId, LockModeType.PESSIMISTIC_WRITE);
        if (cycle == null) {
            throw EligibilityProblems.cycleNotFound(cycleId);
        }
        access.requireRecompute(cycle.unitCode);
        if (version != null && !version.equals(cycle.ruleSetVersion)) {
            ruleSets.require(version);
            cycle.ruleSetVersion = version;
            cycle.ruleSetNote = "Tính lại theo yêu cầu với bộ " + version + " (explicitly recomputed under " + version + ")";
        }
        compute(cycle);
    }

    /**
     * The cycle's row, created and pinned on first sight, locked for this transaction so two
     * replicas applying events of one cycle compute one after the other.
     */
    private EligibilityCycle lockCycle(UUID cycleId, String unitCode, String schoolYear, LocalDate chosenFor) {
        if (chosenFor != null) {
            RuleSets.Choice choice = ruleSets.resolve(unitCode, chosenFor);
            Panache.getEntityManager().createNativeQuery("""
                    insert into eligibility_cycle (cycle_id, unit_code, school_year, rule_set_version, pinned_on,
                        rule_set_note, computed_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, now())
                    on conflict (cycle_id) do nothing""")
                    .setParameter(1, cycleId).setParameter(2, unitCode).setParameter(3, schoolYear)
                    .setParameter(4, choice.rules().version()).setParameter(5, chosenFor)
                    .setParameter(6, choice.note()).executeUpdate();
        }
        EligibilityCycle cycle = EligibilityCycle.findById(cycleId, LockModeType.PESSIMISTIC_WRITE);
        if (cycle == null) {
            throw new IllegalStateException("eligibility cycle " + cycleId + " missing");
        }
        return cycle;
    }

    /** Recomputes every staff member and collective of the cycle, stores them and emits the snapshot. */
    private void compute(EligibilityCycle cycle) {
        RuleSet rules = ruleSets.require(cycle.ruleSetVersion);
        List<EvaluationResult> finalized = EvaluationResult.finalizedOf(cycle.cycleId);
        List<StaffFacts> facts = finalized.stream().map(EvaluationResult::toFacts).toList();
        Map<UUID, UUID> evaluationOf = finalized.stream()
                .collect(Collectors.toMap(r -> r.staffId, r -> r.evaluationId, (a, b) -> a));
        Map<UUID, History> histories = histories(facts, cycle.schoolYear);
        CycleEligibility.Outcome outcome = CycleEligibility.compute(cycle.unitCode, facts, histories, rules);
        OffsetDateTime now = time.now();
        storeStaff(cycle, outcome, evaluationOf, now);
        storeCollectives(cycle, outcome, now);
        cycle.unitChecks = outcome.unitChecks();
        cycle.computedAt = now;
        cycle.computations++;
        events.computed(cycle, outcome, now);
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

    /** The achievement file of a cycle's staff changed (a revocation, a late import): recompute under the pinned rules. */
    @Transactional(Transactional.TxType.MANDATORY)
    void recomputeAfterFileChange(UUID cycleId) {
        EligibilityCycle cycle = EligibilityCycle.findById(cycleId, LockModeType.PESSIMISTIC_WRITE);
        if (cycle != null) {
            compute(cycle);
        }
    }

    private void storeStaff(EligibilityCycle cycle, CycleEligibility.Outcome outcome, Map<UUID, UUID> evaluationOf,
            OffsetDateTime now) {
        Map<UUID, StaffEligibility> existing = StaffEligibility.ofCycle(cycle.cycleId).stream()
                .collect(Collectors.toMap(s -> s.key.staffId(), Function.identity()));
        Set<UUID> kept = new HashSet<>();
        for (IndividualResult result : outcome.staff()) {
            StaffEligibility row = existing.get(result.staffId());
            if (row == null) {
                row = new StaffEligibility();
                row.key = new StaffEligibility.Key(cycle.cycleId, result.staffId());
            }
            row.evaluationId = evaluationOf.get(result.staffId());
            row.unitCode = cycle.unitCode;
            row.schoolYear = cycle.schoolYear;
            row.groupCode = result.groupCode();
            row.ruleSetVersion = outcome.ruleSetVersion();
            row.rating = result.rating();
            row.effectiveRating = result.effectiveRating();
            row.eligible = result.eligible();
            row.explanation = result.titles();
            row.computedAt = now;
            row.persist();
            kept.add(result.staffId());
        }
        existing.values().stream().filter(row -> !kept.contains(row.key.staffId())).forEach(StaffEligibility::delete);
    }

    private void storeCollectives(EligibilityCycle cycle, CycleEligibility.Outcome outcome, OffsetDateTime now) {
        Map<CollectiveEligibility.Key, CollectiveEligibility> existing = CollectiveEligibility.ofCycle(cycle.cycleId)
                .stream().collect(Collectors.toMap(c -> c.key, Function.identity()));
        Set<CollectiveEligibility.Key> kept = new HashSet<>();
        for (CollectiveResult result : outcome.collectives()) {
            CollectiveEligibility.Key key = new CollectiveEligibility.Key(cycle.cycleId, result.code(), result.kind());
            CollectiveEligibility row = existing.get(key);
            if (row == null) {
                row = new CollectiveEligibility();
                row.key = key;
            }
            row.unitCode = cycle.unitCode;
            row.schoolYear = cycle.schoolYear;
            row.members = result.members();
            row.ruleSetVersion = outcome.ruleSetVersion();
            row.eligible = result.eligible();
            row.explanation = result.titles();
            row.computedAt = now;
            row.persist();
            kept.add(key);
        }
        existing.values().stream().filter(row -> !kept.contains(row.key)).forEach(CollectiveEligibility::delete);
    }
}
