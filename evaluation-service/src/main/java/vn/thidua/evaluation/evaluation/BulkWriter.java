package vn.thidua.evaluation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.contracts.Rating;
import vn.thidua.evaluation.common.EvaluationJson;
import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.evaluation.BulkReport.Status;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.time.TimeSource;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Writes what a bulk post decided: the evaluations, facts and audit rows through {@link EvaluationRows}
 * (COPY and JDBC batches), the finalized events through {@link EvaluationEvents} in one outbox batch.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class BulkWriter {

    private final EvaluationAccess access;
    private final EvaluationRows rows;
    private final EvaluationEvents events;
    private final TimeSource time;

    BulkWriter(EvaluationAccess access, EvaluationRows rows, EvaluationEvents events, TimeSource time) {
        this.access = access;
        this.rows = rows;
        this.events = events;
        this.time = time;
    }

    void write(Cycle cycle, List<BulkPlan.Item> items) {
        OffsetDateTime now = time.now();
        String actor = access.actor();
        List<EvaluationRows.EvaluationWrite> evaluations = new ArrayList<>();
        List<EvaluationRows.FactsWrite> facts = new ArrayList<>();
        List<EvaluationRows.AuditWrite> audit = new ArrayList<>();
        List<BulkPlan.Item> finalized = new ArrayList<>();
        for (BulkPlan.Item item : items) {
            if (!item.valid() || item.status == Status.UNCHANGED) {
                item.evaluationId = item.valid() && item.current != null ? item.current.id() : null;
                continue;
            }
            UUID id = item.current != null ? item.current.id() : TimeOrderedIds.next();
            item.evaluationId = id;
            Long revision = item.current != null ? item.current.revision() : null;
            EvaluationState before = item.current != null ? item.current.state() : null;
            EvaluationState after = before;
            if (item.status == Status.FINALIZED) {
                after = EvaluationState.FINALIZED;
                evaluations.add(new EvaluationRows.EvaluationWrite(id, item.staff.id(), after, item.rating, actor, now,
                        revision));
                finalized.add(item);
            } else if (item.current == null) {
                after = EvaluationState.DRAFT;
                evaluations.add(new EvaluationRows.EvaluationWrite(id, item.staff.id(), after, null, null, null, null));
            }
            if (item.factsChange()) {
                facts.add(new EvaluationRows.FactsWrite(id, item.facts.monthsWorked() == null ? null
                        : BigDecimal.valueOf(item.facts.monthsWorked()), EvaluationJson.write(item.facts.discipline()),
                        EvaluationJson.write(item.facts.leave()), EvaluationJson.write(item.facts.initiatives())));
            }
            audit.add(new EvaluationRows.AuditWrite(id, EvaluationAudit.Action.BULK.name(),
                    item.current == null ? null : EvaluationJson.write(snapshot(before, item.current.finalRating(),
                            item.factsChange() ? item.stored : null)),
                    EvaluationJson.write(snapshot(after, item.status == Status.FINALIZED ? item.rating
                            : item.current == null ? null : item.current.finalRating(), item.factsChange() ? item.facts
                            : null))));
        }
        List<EvaluationEvents.Finalized> data = new ArrayList<>(finalized.size());
        for (BulkPlan.Item item : finalized) {
            data.add(item.finalization.event(item.evaluationId, actor, now));
        }
        // The events are encoded and checked on the other core while this thread writes the rows: CPU work
        // only, the connection (not thread safe) stays on this thread, and a refused event still fails the call.
        CompletableFuture<Outbox.Prepared> prepared = CompletableFuture.supplyAsync(() -> events.finalizedAll(data));
        try {
            rows.write(cycle.id, cycle.unitCode, now, evaluations, facts, audit, actor);
        } catch (EvaluationRows.ChangedMeanwhile e) {
            throw EvaluationProblems.bulkChangedMeanwhile();
        }
        events.write(joined(prepared));
    }

    /** The prepared events, or the problem that refused one of them, as thrown where they were prepared. */
    private static Outbox.Prepared joined(CompletableFuture<Outbox.Prepared> prepared) {
        try {
            return prepared.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The audit of a bulk record, finalised or facts only: state, rating, and the facts when it changed them. */
    private static Map<String, Object> snapshot(EvaluationState state, Rating finalRating, Facts facts) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("state", state);
        snapshot.put("finalRating", finalRating);
        if (facts != null) {
            snapshot.put("facts", facts);
        }
        return snapshot;
    }
}
