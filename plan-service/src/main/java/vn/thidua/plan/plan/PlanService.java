package vn.thidua.plan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.plan.document.ImportWarning;
import vn.thidua.plan.document.PlanDocument;
import vn.thidua.plan.document.PlanDocumentLimits;
import vn.thidua.plan.unit.Unit;
import vn.thidua.plan.unit.UnitProblems;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.time.DateRange;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Draft plans and reading plans and their versions. The lifecycle after the draft (publish, amend,
 * phases, withdrawal) is {@link PlanLifecycle}; lists and search are {@link PlanSearch}.
 */
@ApplicationScoped
@Transactional
class PlanService {

    private final PlanAccess access;
    private final TimeSource time;

    PlanService(PlanAccess access, TimeSource time) {
        this.access = access;
        this.time = time;
    }

    /** The metadata of a plan beside its document. */
    record PlanSettings(String unitCode, String schoolYear, UUID basedOnPlanId, LocalDate publicationDeadline) {
    }

    Plan createDraft(PlanSettings settings, PlanDocument document, List<ImportWarning> warnings) {
        access.requireManage(settings.unitCode(), settings.schoolYear());
        if (Unit.findById(settings.unitCode()) == null) {
            throw UnitProblems.unknownUnit("unitCode", settings.unitCode());
        }
        Plan plan = new Plan();
        plan.id = TimeOrderedIds.next();
        plan.unitCode = settings.unitCode();
        plan.status = PlanStatus.DRAFT;
        plan.version = 1;
        plan.createdBy = access.who();
        plan.createdAt = time.now();
        plan.updatedAt = plan.createdAt;
        plan.importWarnings = warnings;
        apply(plan, settings, document);
        plan.persist();
        return plan;
    }

    /** Replaces a draft's document and settings; the caller must name the revision it edits. */
    Plan updateDraft(UUID id, Long expectedRevision, PlanSettings settings, PlanDocument document) {
        Plan plan = access.requireManaged(id, expectedRevision, true);
        if (!plan.isDraft()) {
            throw PlanProblems.publishedNotEditable();
        }
        if (!plan.unitCode.equals(settings.unitCode())) {
            throw PlanProblems.unitCannotChange();
        }
        apply(plan, settings, document);
        plan.updatedAt = time.now();
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Plan read(UUID id) {
        return access.requireRead(Plan.findById(id), id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<PlanVersion> versions(UUID id) {
        read(id);
        return PlanVersion.of(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    PlanVersion version(UUID id, int version) {
        read(id);
        return PlanVersion.of(id, version).orElseThrow(() -> PlanProblems.versionNotFound(id, version));
    }

    private void apply(Plan plan, PlanSettings settings, PlanDocument document) {
        requireWithinLimits(settings, document);
        plan.schoolYear = settings.schoolYear();
        plan.publicationDeadline = settings.publicationDeadline();
        plan.setDocument(document);
        if (settings.basedOnPlanId() != null) {
            Plan base = Plan.findById(settings.basedOnPlanId());
            // The office the school was under in the plan's school year (issue 11: the district plan of 2024-2025).
            if (base == null || base.isDraft()
                    || !access.above(plan.unitCode, settings.schoolYear()).contains(base.unitCode)) {
                throw PlanProblems.basisNotAbove(settings.basedOnPlanId());
            }
        }
        plan.basedOnPlanId = settings.basedOnPlanId();
    }

    /** The settings and document within the limits the events keep (one check for JSON, text and .docx). */
    static void requireWithinLimits(PlanSettings settings, PlanDocument document) {
        List<FieldError> errors = new ArrayList<>();
        if (DateRange.schoolYear(settings.schoolYear()) == null) {
            errors.add(PlanProblems.impossibleSchoolYear(settings.schoolYear()));
        }
        if (!DateRange.accepts(settings.publicationDeadline())) {
            errors.add(new FieldError("publicationDeadline", DateRange.message()));
        }
        errors.addAll(PlanDocumentLimits.check(document, "document."));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
