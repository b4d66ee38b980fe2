package vn.thidua.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.UnitAccess;
import vn.thidua.plan.messaging.PlanEvents;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plans and their lifecycle; every transition writes its event to the outbox in the same transaction. */
@ApplicationScoped
@Transactional
public class PlanService {

    private final Outbox outbox;
    private final UnitAccess access;

    public PlanService(Outbox outbox, UnitAccess access) {
        this.outbox = outbox;
        this.access = access;
    }

    public Plan createDraft(String unitCode, String schoolYear, String title, List<PlanContent> contents,
            String author) {
        access.require(unitCode);
        if (Unit.findById(unitCode) == null) {
            throw ProblemException.unprocessable("unitCode", "Đơn vị " + unitCode + " không tồn tại (unknown unit)");
        }
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.unitCode = unitCode;
        plan.schoolYear = schoolYear;
        plan.title = title;
        plan.status = PlanStatus.DRAFT;
        plan.version = 1;
        plan.createdBy = author;
        plan.createdAt = now();
        plan.contents.addAll(contents);
        plan.persist();
        return plan;
    }

    public Plan publish(UUID id) {
        Plan plan = find(id).orElseThrow(() -> ProblemException.notFound("Kế hoạch (plan)", id));
        access.require(plan.unitCode);
        if (plan.status != PlanStatus.DRAFT) {
            throw ProblemException.conflict("Kế hoạch đang ở trạng thái " + plan.status
                    + ", chỉ kế hoạch DRAFT mới được ban hành (only a DRAFT plan can be published)");
        }
        if (plan.contents.isEmpty()) {
            throw ProblemException.unprocessable("contents",
                    "Kế hoạch chưa có nội dung thi đua nào (a plan without contents cannot be published)");
        }
        plan.status = PlanStatus.PUBLISHED;
        plan.publishedAt = now();
        outbox.publish(EventTypes.PLAN_PUBLISHED, plan.id.toString(), plan.unitCode, plan.schoolYear,
                PlanEvents.Published.of(plan));
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Plan> find(UUID id) {
        return Plan.<Plan>findByIdOptional(id);
    }

    /** A plan the caller may read; 404 for unknown ids, 403 for another unit's plan. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan read(UUID id) {
        Plan plan = find(id).orElseThrow(() -> ProblemException.notFound("Kế hoạch (plan)", id));
        access.require(plan.unitCode);
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Plan> list(String unitCode, String schoolYear) {
        if (unitCode != null) {
            access.require(unitCode);
            return Plan.ofUnits(List.of(unitCode), schoolYear);
        }
        return Plan.ofUnits(access.visibleUnits(), schoolYear);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
