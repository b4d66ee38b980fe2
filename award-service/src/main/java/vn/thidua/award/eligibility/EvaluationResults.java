package vn.thidua.award.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.StatelessSession;
import org.jboss.logging.Logger;
import vn.thidua.platform.time.SchoolYear;
import vn.thidua.platform.time.TimeSource;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A batch of evaluation events applied to the stored results ({@code evaluation_result}): the batch's results
 * read in one query ({@link #read}), each event applied to them in order ({@link #finalized}, {@link #reopened};
 * a finalization and a reopening of one evaluation in one batch), and each result written once at the end
 * ({@link Batch#write}), in JDBC batches through a stateless session: no managed entity per event, so no JSON
 * copy of its facts kept as a snapshot and no dirty check of thousands of them at the commit.
 */
@ApplicationScoped
class EvaluationResults {

    private static final Logger LOG = Logger.getLogger(EvaluationResults.class);
    private static final int JDBC_BATCH = 200;

    private final StatelessSession rows;
    private final TimeSource time;

    EvaluationResults(StatelessSession rows, TimeSource time) {
        this.rows = rows;
        this.time = time;
    }

    /** The stored results of a batch's evaluations, kept current as its events apply, written once. */
    final class Batch {
        private final Set<UUID> read;
        private final Map<UUID, EvaluationResult> found;
        private final Map<UUID, EvaluationResult> added = new LinkedHashMap<>();
        private final Map<UUID, EvaluationResult> changed = new LinkedHashMap<>();

        private Batch(Set<UUID> read, Map<UUID, EvaluationResult> found) {
            this.read = read;
            this.found = found;
        }

        private EvaluationResult get(UUID evaluationId) {
            if (read.add(evaluationId)) {
                EvaluationResult stored = rows.get(EvaluationResult.class, evaluationId);
                if (stored != null) {
                    found.put(evaluationId, stored);
                }
            }
            return found.get(evaluationId);
        }

        private void added(EvaluationResult result) {
            found.put(result.evaluationId, result);
            added.put(result.evaluationId, result);
        }

        private void changed(EvaluationResult result) {
            if (!added.containsKey(result.evaluationId)) {
                changed.put(result.evaluationId, result);
            }
        }

        /** Every result the batch added or changed, in its final state, in the caller's transaction. */
        void write() {
            rows.setJdbcBatchSize(JDBC_BATCH);
            rows.insertMultiple(List.copyOf(added.values()));
            rows.updateMultiple(List.copyOf(changed.values()));
            added.clear();
            changed.clear();
        }
    }

    /** Reads the stored results of these evaluations in one query. */
    @Transactional(Transactional.TxType.MANDATORY)
    Batch read(Collection<UUID> evaluationIds) {
        Map<UUID, EvaluationResult> found = new HashMap<>();
        if (!evaluationIds.isEmpty()) {
            rows.createSelectionQuery("from EvaluationResult where evaluationId in ?1", EvaluationResult.class)
                    .setParameter(1, evaluationIds).getResultList()
                    .forEach(result -> found.put(result.evaluationId, result));
        }
        return new Batch(new HashSet<>(evaluationIds), found);
    }

    /** A finalized result; answers its cycle, to be marked stale once per batch ({@link EligibilityService#markStale}). */
    Optional<EligibilityService.Touched> finalized(EvaluationEvents.Finalized event, Batch batch) {
        EvaluationResult result = batch.get(event.evaluationId());
        if (result != null && result.finalizedAt.isAfter(event.finalizedAt())) {
            LOG.infof("Ignoring finalization of %s at %s: a later one (%s) is stored", event.evaluationId(),
                    event.finalizedAt(), result.finalizedAt);
            return Optional.empty();
        }
        boolean isNew = result == null;
        if (isNew) {
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
        if (isNew) {
            batch.added(result);
        } else {
            batch.changed(result);
        }
        return Optional.of(new EligibilityService.Touched(event.cycleId(), event.unitCode(), event.schoolYear(),
                SchoolYear.parse(event.schoolYear()).start()));
    }

    /** A reopened evaluation's result withdrawn; answers its cycle. */
    Optional<EligibilityService.Touched> reopened(EvaluationEvents.Reopened event, Batch batch) {
        EvaluationResult result = batch.get(event.evaluationId());
        if (result == null || result.status == EvaluationResult.Status.WITHDRAWN
                || event.reopenedAt().isBefore(result.finalizedAt)) {
            // Nothing finalized to withdraw, or a reopening older than the finalization we hold.
            LOG.infof("Ignoring reopening of %s: no current finalized result", event.evaluationId());
            return Optional.empty();
        }
        result.status = EvaluationResult.Status.WITHDRAWN;
        result.withdrawnReason = event.reason();
        result.withdrawnBy = event.reopenedBy();
        result.withdrawnAt = event.reopenedAt();
        batch.changed(result);
        return Optional.of(new EligibilityService.Touched(result.cycleId, result.unitCode, result.schoolYear, null));
    }
}
