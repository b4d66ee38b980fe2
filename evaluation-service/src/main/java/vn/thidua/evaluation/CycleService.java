package vn.thidua.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.evaluation.messaging.PlanPublished;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.UnitAccess;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Evaluation cycles: opened from published plans, read by the school and the offices above it. */
@ApplicationScoped
@Transactional
public class CycleService {

    private static final Logger LOG = Logger.getLogger(CycleService.class);

    private final UnitAccess access;

    public CycleService(UnitAccess access) {
        this.access = access;
    }

    /** Opens the cycle of a published plan; a plan opens one cycle, whatever the redeliveries. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Cycle open(PlanPublished plan) {
        return Cycle.ofPlan(plan.planId()).orElseGet(() -> {
            Cycle cycle = new Cycle();
            cycle.id = UUID.randomUUID();
            cycle.unitCode = plan.unitCode();
            cycle.schoolYear = plan.schoolYear();
            cycle.planId = plan.planId();
            cycle.planVersion = plan.version();
            cycle.status = CycleStatus.OPEN;
            cycle.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
            plan.contents().forEach(c -> cycle.criteria.add(new Criterion(Criterion.Source.PLAN, c.number(), c.text())));
            cycle.persist();
            LOG.infof("Opened cycle %s for %s %s from plan %s", cycle.id, cycle.unitCode, cycle.schoolYear, plan.planId());
            return cycle;
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cycle> list(String unitCode) {
        if (unitCode != null) {
            access.require(unitCode);
            return Cycle.ofUnits(List.of(unitCode));
        }
        return Cycle.ofUnits(access.visibleUnits());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Cycle read(UUID id) {
        Cycle cycle = Cycle.<Cycle>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Chu kỳ đánh giá (cycle)", id));
        access.require(cycle.unitCode);
        return cycle;
    }
}
