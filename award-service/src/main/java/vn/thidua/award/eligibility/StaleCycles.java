package vn.thidua.award.eligibility;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * For other features whose change alters stored eligibility (a revoked title changes next years' history):
 * marks cycles stale in the caller's transaction; they are recomputed once after it commits, by the same
 * workers as the evaluation batches (and by the sweep should this replica stop first).
 */
@ApplicationScoped
public class StaleCycles {

    private final CycleRecomputer recomputer;
    private final TransactionSynchronizationRegistry transactions;

    StaleCycles(CycleRecomputer recomputer, TransactionSynchronizationRegistry transactions) {
        this.recomputer = recomputer;
        this.transactions = transactions;
    }

    /** Cycles this service has computed are marked; unknown ids are ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markStale(Collection<UUID> cycleIds) {
        List<UUID> ids = cycleIds.stream().distinct().sorted().toList();
        for (UUID cycleId : ids) {
            Panache.getEntityManager().createNativeQuery(
                    "update eligibility_cycle set pending_revision = pending_revision + 1 where cycle_id = ?1")
                    .setParameter(1, cycleId).executeUpdate();
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    recomputer.request(ids);
                }
            }
        });
    }
}
