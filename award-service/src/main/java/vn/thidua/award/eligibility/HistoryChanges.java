package vn.thidua.award.eligibility;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.record.AchievementFile;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A change of an achievement file (a revoked decision, a late import) recomputes the open cycles it affects: the
 * later cycles in which the person has a finalized result, under each cycle's pinned rules: marked stale in the
 * caller's transaction and recomputed after it commits, by the workers that take the evaluation batches (one
 * recomputation at a time per cycle, across replicas). A cycle in which the person's CSTĐ tỉnh or Bằng khen has already been decided is not open for them:
 * that decision stands until it is revoked itself (revoking an earlier title does not undo a later decision).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HistoryChanges {

    private final StaleCycles stale;
    private final AchievementFile file;

    HistoryChanges(StaleCycles stale, AchievementFile file) {
        this.stale = stale;
        this.file = file;
    }

    /**
     * After a nomination's decision was revoked: {@code nomineeKey} "STAFF:&lt;id&gt;", or "COLLECTIVE:&lt;school&gt;/&lt;school&gt;"
     * for the school itself, whose file its Bằng khen and Cờ thi đua read (professional groups read none).
     */
    @SuppressWarnings("unchecked")
    public List<UUID> revoked(String nomineeKey, String schoolYear) {
        if (nomineeKey != null && nomineeKey.startsWith("COLLECTIVE:")) {
            String[] unitAndCode = nomineeKey.substring("COLLECTIVE:".length()).split("/", 2);
            if (unitAndCode.length != 2 || !unitAndCode[0].equals(unitAndCode[1])) {
                return List.of();
            }
            return schoolChanged(unitAndCode[0], schoolYear);
        }
        if (nomineeKey == null || !nomineeKey.startsWith("STAFF:")) {
            return List.of();
        }
        return changed(List.of(UUID.fromString(nomineeKey.substring("STAFF:".length()))), schoolYear);
    }

    /**
     * The school's own file changed in {@code schoolYear} (a decision revoked, an earlier decision imported or revoked):
     * its later cycles, whose Bằng khen and Cờ thi đua read it. A professional group's file is read by no condition.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> schoolChanged(String unitCode, String schoolYear) {
        List<UUID> cycles = Panache.getEntityManager().createNativeQuery("""
                select cycle_id from eligibility_cycle where unit_code = ?1 and school_year > ?2 order by 1""")
                .setParameter(1, unitCode).setParameter(2, schoolYear).getResultList();
        stale.markStale(cycles);
        return cycles;
    }

    /** The cycles marked for recomputation because the files of these staff records' persons changed in {@code schoolYear}. */
    @SuppressWarnings("unchecked")
    public List<UUID> changed(Collection<UUID> staffIdsGiven, String schoolYear) {
        Set<UUID> staffIds = new LinkedHashSet<>();
        staffIdsGiven.forEach(id -> staffIds.addAll(file.staffIdsOf(file.personOf(id))));
        if (staffIds.isEmpty()) {
            return List.of();
        }
        List<UUID> cycles = Panache.getEntityManager().createNativeQuery("""
                select distinct r.cycle_id from evaluation_result r
                where r.staff_id in (?1) and r.school_year > ?2 and r.status = 'FINALIZED'
                  and not exists (select 1 from nomination n
                                  where n.nominee_key = 'STAFF:' || r.staff_id and n.school_year = r.school_year
                                    and n.award_code in ('CSTD_TINH', 'BANG_KHEN') and n.status = 'DECIDED')
                order by 1""").setParameter(1, staffIds).setParameter(2, schoolYear).getResultList();
        stale.markStale(cycles);
        return cycles;
    }
}
