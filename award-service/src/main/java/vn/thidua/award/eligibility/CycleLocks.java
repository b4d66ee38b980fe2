package vn.thidua.award.eligibility;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * One cycle's recomputation at a time across replicas: a PostgreSQL advisory lock per cycle, held until the
 * transaction ends. Keyed by a class number and the hash of the cycle id: a hash collision only makes two
 * cycles wait for each other, never computes one twice at once.
 */
@ApplicationScoped
class CycleLocks {

    /** The advisory lock class of eligibility recomputations ("EL" in ASCII). */
    static final int LOCK_CLASS = 0x454C;

    /** Waits for the cycle's lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    void lock(UUID cycleId) {
        Panache.getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, hashtext(?2))) locked")
                .setParameter(1, LOCK_CLASS).setParameter(2, cycleId.toString()).getSingleResult();
    }

    /** The cycle's lock if nobody holds it, else false at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean tryLock(UUID cycleId) {
        return (Boolean) Panache.getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, LOCK_CLASS).setParameter(2, cycleId.toString()).getSingleResult();
    }
}
