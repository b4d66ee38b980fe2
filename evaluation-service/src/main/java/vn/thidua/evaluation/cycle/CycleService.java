package vn.thidua.evaluation.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.security.UnitAccess;
import vn.thidua.platform.time.TimeSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Evaluation cycles: opened from published plans, amended and moved through their phases by the
 * plan events, read by the school and the offices above it ({@link #read} for the other features).
 */
@ApplicationScoped
@Transactional
public class CycleService {

    private static final Logger LOG = Logger.getLogger(CycleService.class);

    private final UnitAccess access;
    private final StandardCriteria standard;
    private final TimeSource time;

    CycleService(UnitAccess access, StandardCriteria standard, TimeSource time) {
        this.access = access;
        this.standard = standard;
        this.time = time;
    }

    /**
     * Opens the cycle of a published plan; a plan opens one cycle, whatever the redeliveries. A school
     * and school year have one cycle: the plan of a year another plan's cycle already holds (not
     * withdrawn) opens none — logged and ignored, its later amendments and phases too, so the reports
     * never count a person twice. plan-service refuses such a publication (409, pointing to amendment);
     * this guards the events published before that check, or by a bug.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Cycle> open(PlanPublished plan) {
        Optional<Cycle> own = Cycle.ofPlan(plan.planId());
        if (own.isPresent()) {
            return own;
        }
        // Plans of one school arrive on any partition: two at once take turns for the school year.
        Cycle.getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "cycle:" + plan.unitCode() + ":" + plan.schoolYear()).getSingleResult();
        Optional<Cycle> holder = Cycle.holding(plan.unitCode(), plan.schoolYear());
        if (holder.isPresent()) {
            LOG.warnf("Plan %s of %s %s opens no cycle: cycle %s (plan %s) already holds that school year; "
                    + "the published plan is amended instead (POST /plans/{id}/amend)", plan.planId(), plan.unitCode(),
                    plan.schoolYear(), holder.get().id, holder.get().planId);
            return Optional.empty();
        }
        return Optional.of(Cycle.ofPlan(plan.planId()).orElseGet(() -> {
            Cycle cycle = new Cycle();
            cycle.id = TimeOrderedIds.next();
            cycle.unitCode = plan.unitCode();
            cycle.schoolYear = plan.schoolYear();
            cycle.planId = plan.planId();
            cycle.planVersion = plan.version();
            cycle.status = CycleStatus.OPEN;
            cycle.openedAt = time.now();
            StandardCriteria.Effective criteria = standard.forSchool(plan.unitCode(), plan.schoolYear());
            criteria.criteria().forEach(c -> cycle.criteria.add(new Criterion(Criterion.Source.STANDARD, c.number(),
                    c.text())));
            plan.contents().forEach(c -> cycle.criteria.add(new Criterion(Criterion.Source.PLAN, c.number(), c.text())));
            cycle.persist();
            LOG.infof("Opened cycle %s for %s %s from plan %s, standard criteria of %s", cycle.id, cycle.unitCode,
                    cycle.schoolYear, plan.planId(), criteria.definedBy() == null ? "Nghị định 90/2020" : criteria.definedBy());
            return cycle;
        }));
    }

    /**
     * An amended plan replaces the plan criteria of its cycle while the cycle is open; the criteria
     * it replaces are kept in {@link CriteriaHistory}. An older or repeated version changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void amend(PlanPublished plan) {
        Cycle.ofPlan(plan.planId()).ifPresentOrElse(cycle -> {
            if (!cycle.status.acceptsAmendments() || plan.version() <= cycle.planVersion) {
                LOG.infof("Amendment v%d of plan %s leaves cycle %s (%s, v%d) as it is", plan.version(), plan.planId(),
                        cycle.id, cycle.status, cycle.planVersion);
                return;
            }
            CriteriaHistory history = new CriteriaHistory();
            history.key = new CriteriaHistory.Key(cycle.id, cycle.planVersion);
            history.criteria = cycle.criteria.stream()
                    .map(c -> new CriteriaHistory.Item(c.source.name(), c.number, c.text)).toList();
            history.replacedAt = time.now();
            history.persist();
            cycle.criteria.removeIf(c -> c.source == Criterion.Source.PLAN);
            plan.contents().forEach(c -> cycle.criteria.add(new Criterion(Criterion.Source.PLAN, c.number(), c.text())));
            cycle.planVersion = plan.version();
        }, () -> open(plan));
    }

    /** Midterm review and closing follow the plan's phase. */
    @Transactional(Transactional.TxType.MANDATORY)
    void follow(PlanPhaseChanged change) {
        Cycle.ofPlan(change.planId()).ifPresent(cycle -> cycle.status = CycleStatus.valueOf(
                "PUBLISHED".equals(change.toPhase()) ? "OPEN" : change.toPhase()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void withdraw(PlanPhaseChanged withdrawn) {
        Cycle.ofPlan(withdrawn.planId()).ifPresent(cycle -> cycle.status = CycleStatus.WITHDRAWN);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<CriteriaHistory> history(UUID id) {
        return CriteriaHistory.of(read(id).id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<Cycle> list(String unitCode) {
        if (unitCode != null) {
            if (!access.reachedEver(unitCode)) {
                access.require(unitCode);
            }
            return inReach(Cycle.ofUnits(List.of(unitCode)));
        }
        return inReach(Cycle.ofUnits(access.visibleUnitsEver()));
    }

    /** The cycles whose school the caller reached in their school year (issue 11); one tree per year, not per cycle. */
    private List<Cycle> inReach(List<Cycle> cycles) {
        Map<String, Set<String>> byYear = new HashMap<>();
        return cycles.stream().filter(cycle -> byYear.computeIfAbsent(cycle.schoolYear, access::visibleUnitsInYear)
                .contains(cycle.unitCode)).toList();
    }

    /** The cycle, when the caller reached its school in its school year (issue 11); 403 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cycle read(UUID id) {
        Cycle cycle = Cycle.<Cycle>findByIdOptional(id)
                .orElseThrow(() -> CycleProblems.notFound(id));
        access.requireInYear(cycle.unitCode, cycle.schoolYear);
        return cycle;
    }
}
