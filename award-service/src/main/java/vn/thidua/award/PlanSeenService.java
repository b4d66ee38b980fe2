package vn.thidua.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.messaging.PlanPublished;
import vn.thidua.platform.security.UnitAccess;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Records published plans; the award flow (issue: award-service) builds on this read model. */
@ApplicationScoped
@Transactional
public class PlanSeenService {

    private final UnitAccess access;

    public PlanSeenService(UnitAccess access) {
        this.access = access;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PlanPublished plan) {
        PlanSeen.Key key = new PlanSeen.Key(plan.planId(), plan.version());
        if (PlanSeen.findById(key) != null) {
            return;
        }
        PlanSeen seen = new PlanSeen();
        seen.key = key;
        seen.unitCode = plan.unitCode();
        seen.schoolYear = plan.schoolYear();
        seen.title = plan.title();
        seen.publishedAt = plan.publishedAt();
        seen.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        seen.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanSeen> list(String unitCode) {
        if (unitCode != null) {
            access.require(unitCode);
            return PlanSeen.ofUnits(List.of(unitCode));
        }
        return PlanSeen.ofUnits(access.visibleUnits());
    }
}
