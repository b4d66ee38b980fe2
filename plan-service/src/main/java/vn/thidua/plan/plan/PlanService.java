package vn.thidua.plan;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.plan.document.PlanDocument;
import vn.thidua.plan.messaging.PlanEvents;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.text.Texts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Plans and their lifecycle: DRAFT → PUBLISHED → MIDTERM_REVIEW → CLOSED, or WITHDRAWN; a published
 * plan is amended by publishing a new version. Each transition writes its event to the outbox in the
 * same transaction as the state change.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    private final Outbox outbox;
    private final PlanAccess access;

    public PlanService(Outbox outbox, PlanAccess access) {
        this.outbox = outbox;
        this.access = access;
    }

    /** The metadata of a plan beside its document. */
    public record PlanSettings(String unitCode, String schoolYear, UUID basedOnPlanId, LocalDate publicationDeadline) {
    }

    public Plan createDraft(PlanSettings settings, PlanDocument document,
            List<vn.thidua.plan.document.ImportWarning> warnings) {
        access.requireManage(settings.unitCode());
        if (Unit.findById(settings.unitCode()) == null) {
            throw ProblemException.unprocessable("unitCode", "Đơn vị " + settings.unitCode() + " không tồn tại (unknown unit)");
        }
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.unitCode = settings.unitCode();
        plan.status = PlanStatus.DRAFT;
        plan.version = 1;
        plan.createdBy = access.who();
        plan.createdAt = now();
        plan.updatedAt = plan.createdAt;
        plan.importWarnings = warnings;
        apply(plan, settings, document);
        plan.persist();
        return plan;
    }

    /** Replaces a draft's document and settings; the caller must name the revision it edits. */
    public Plan updateDraft(UUID id, Long expectedRevision, PlanSettings settings, PlanDocument document) {
        Plan plan = managed(id, expectedRevision, true);
        if (!plan.isDraft()) {
            throw ProblemException.conflict("Kế hoạch đã ban hành không sửa trực tiếp được; hãy ban hành bản điều chỉnh "
                    + "(a published plan is changed by amending it)");
        }
        if (!plan.unitCode.equals(settings.unitCode())) {
            throw ProblemException.unprocessable("unitCode", "Không đổi được đơn vị của kế hoạch (the unit cannot change)");
        }
        apply(plan, settings, document);
        plan.updatedAt = now();
        return plan;
    }

    public Plan publish(UUID id, Long expectedRevision) {
        Plan plan = managed(id, expectedRevision, false);
        if (!plan.isDraft()) {
            throw ProblemException.conflict("Kế hoạch đang ở trạng thái " + plan.status
                    + ", chỉ kế hoạch DRAFT mới được ban hành (only a DRAFT plan can be published)");
        }
        requirePublishable(plan.document);
        OffsetDateTime at = now();
        plan.status = PlanStatus.PUBLISHED;
        plan.publishedAt = at;
        plan.updatedAt = at;
        keepVersion(plan, null, access.who(), at);
        outbox.publish(EventTypes.PLAN_PUBLISHED, plan.id.toString(), plan.unitCode, plan.schoolYear,
                PlanEvents.Published.of(plan, at));
        return plan;
    }

    public Plan amend(UUID id, Long expectedRevision, PlanDocument document, String note) {
        Plan plan = managed(id, expectedRevision, true);
        if (plan.status != PlanStatus.PUBLISHED && plan.status != PlanStatus.MIDTERM_REVIEW) {
            throw ProblemException.conflict("Chỉ điều chỉnh được kế hoạch đang thực hiện, kế hoạch này đang "
                    + plan.status + " (only a plan in force can be amended)");
        }
        requirePublishable(document);
        OffsetDateTime at = now();
        plan.setDocument(document);
        plan.version++;
        plan.updatedAt = at;
        keepVersion(plan, note, access.who(), at);
        outbox.publish(EventTypes.PLAN_AMENDED, plan.id.toString(), plan.unitCode, plan.schoolYear,
                PlanEvents.Amended.of(plan, at));
        return plan;
    }

    public Plan changePhase(UUID id, Long expectedRevision, PlanStatus to) {
        Plan plan = managed(id, expectedRevision, false);
        PlanStatus from = plan.status;
        boolean allowed = to == PlanStatus.MIDTERM_REVIEW && from == PlanStatus.PUBLISHED
                || to == PlanStatus.CLOSED && (from == PlanStatus.PUBLISHED || from == PlanStatus.MIDTERM_REVIEW);
        if (!allowed) {
            throw ProblemException.conflict("Không chuyển được từ " + from + " sang " + to
                    + " (allowed: PUBLISHED → MIDTERM_REVIEW → CLOSED)");
        }
        OffsetDateTime at = now();
        plan.status = to;
        plan.updatedAt = at;
        outbox.publish(EventTypes.PLAN_PHASE_CHANGED, plan.id.toString(), plan.unitCode, plan.schoolYear,
                new PlanEvents.PhaseChanged(plan.id, plan.unitCode, plan.schoolYear, from, to, at));
        return plan;
    }

    public Plan withdraw(UUID id, Long expectedRevision, String reason) {
        Plan plan = managed(id, expectedRevision, false);
        if (plan.status != PlanStatus.PUBLISHED && plan.status != PlanStatus.MIDTERM_REVIEW) {
            throw ProblemException.conflict("Chỉ thu hồi được kế hoạch đang thực hiện, kế hoạch này đang " + plan.status
                    + " (only a plan in force can be withdrawn)");
        }
        OffsetDateTime at = now();
        plan.status = PlanStatus.WITHDRAWN;
        plan.withdrawalReason = reason;
        plan.updatedAt = at;
        outbox.publish(EventTypes.PLAN_WITHDRAWN, plan.id.toString(), plan.unitCode, plan.schoolYear,
                new PlanEvents.Withdrawn(plan.id, plan.unitCode, plan.schoolYear, reason, at));
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan read(UUID id) {
        return access.requireRead(Plan.findById(id), id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanVersion> versions(UUID id) {
        read(id);
        return PlanVersion.of(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanVersion version(UUID id, int version) {
        read(id);
        return PlanVersion.of(id, version)
                .orElseThrow(() -> ProblemException.notFound("Phiên bản (version)", id + " v" + version));
    }

    /** A page of the plans the caller may see, filtered; text search covers title and the whole document. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Plan> search(PlanQuery query) {
        StringBuilder where = new StringBuilder();
        Parameters parameters = new Parameters();
        Set<String> own = access.managedOrOwnUnits();
        if (query.unitCode() != null) {
            if (!own.contains(query.unitCode()) && !access.aboveCaller().contains(query.unitCode())) {
                throw ProblemException.forbidden("Đơn vị " + query.unitCode()
                        + " nằm ngoài phạm vi của bạn (outside your units)");
            }
            where.append("unitCode = :unit");
            parameters.and("unit", query.unitCode());
        } else {
            where.append("(unitCode in :own or unitCode in :above)");
            parameters.and("own", own).and("above", access.aboveCaller().isEmpty() ? List.of("") : access.aboveCaller());
        }
        // Drafts are for their managers only; above the caller only what is published is visible.
        where.append(access.isManager()
                ? " and (status <> :draft or unitCode in :own2)"
                : " and status <> :draft");
        parameters.and("draft", PlanStatus.DRAFT);
        if (access.isManager()) {
            parameters.and("own2", own);
        }
        if (query.schoolYear() != null) {
            where.append(" and schoolYear = :year");
            parameters.and("year", query.schoolYear());
        }
        if (query.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", query.status());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and searchText like :text");
            parameters.and("text", "%" + PlanTexts.lower(Texts.nfc(query.text().strip())) + "%");
        }
        return Plan.find(where.toString(), query.sort(), parameters)
                .page(Page.of(query.page(), query.size())).list();
    }

    /** Filters and paging of {@link #search}. */
    public record PlanQuery(String unitCode, String schoolYear, PlanStatus status, String text, int page, int size,
            Sort sort) {
    }

    private Plan managed(UUID id, Long expectedRevision, boolean revisionRequired) {
        Plan plan = Plan.findById(id);
        if (plan == null || !access.canRead(plan)) {
            throw ProblemException.notFound("Kế hoạch (plan)", id);
        }
        access.requireManage(plan.unitCode);
        ETags.check(expectedRevision, plan.revision, revisionRequired);
        return plan;
    }

    private void apply(Plan plan, PlanSettings settings, PlanDocument document) {
        plan.schoolYear = settings.schoolYear();
        plan.publicationDeadline = settings.publicationDeadline();
        plan.setDocument(document);
        if (settings.basedOnPlanId() != null) {
            Plan base = Plan.findById(settings.basedOnPlanId());
            if (base == null || base.isDraft() || !access.above(plan.unitCode).contains(base.unitCode)) {
                throw ProblemException.unprocessable("basedOnPlanId", "Kế hoạch căn cứ " + settings.basedOnPlanId()
                        + " không có, chưa ban hành hoặc không thuộc đơn vị cấp trên "
                        + "(no such published plan of a unit above this one)");
            }
        }
        plan.basedOnPlanId = settings.basedOnPlanId();
    }

    private static void requirePublishable(PlanDocument document) {
        List<FieldError> errors = new ArrayList<>();
        if (document.contents() == null || document.contents().isEmpty()) {
            errors.add(new FieldError("document.contents",
                    "Kế hoạch chưa có nội dung thi đua nào (a plan without contents cannot be published)"));
        }
        if (document.title() == null || document.title().isBlank()) {
            errors.add(new FieldError("document.title", "Kế hoạch chưa có tiêu đề (a plan needs a title)"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "unprocessable", "Chưa ban hành được (not publishable)",
                    errors.size() + " điều kiện ban hành chưa đạt (publication conditions not met)", errors);
        }
    }

    private static void keepVersion(Plan plan, String note, String by, OffsetDateTime at) {
        PlanVersion version = new PlanVersion();
        version.key = new PlanVersion.Key(plan.id, plan.version);
        version.document = plan.document;
        version.note = note;
        version.publishedBy = by;
        version.publishedAt = at;
        version.persist();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
