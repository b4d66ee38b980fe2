package vn.thidua.plan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.thidua.plan.document.PlanDocument;
import vn.thidua.plan.document.PlanDocumentLimits;
import vn.thidua.plan.unit.Unit;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.time.TimeSource;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A plan's lifecycle after the draft: DRAFT → PUBLISHED → MIDTERM_REVIEW → CLOSED, or WITHDRAWN; a
 * published plan is amended by publishing a new version. Each transition writes its event to the
 * outbox ({@link PlanEvents}) in the same transaction as the state change.
 */
@ApplicationScoped
@Transactional
class PlanLifecycle {

    private final PlanAccess access;
    private final PlanEvents events;
    private final TimeSource time;

    PlanLifecycle(PlanAccess access, PlanEvents events, TimeSource time) {
        this.access = access;
        this.events = events;
        this.time = time;
    }

    Plan publish(UUID id, Long expectedRevision) {
        Plan plan = access.requireManaged(id, expectedRevision, false);
        if (!plan.isDraft()) {
            throw PlanProblems.onlyDraftPublishes(plan.status);
        }
        requirePublishable(plan.document);
        // Publications of one unit take turns (its row locked), so two drafts of a year cannot both pass.
        Unit.findById(plan.unitCode, LockModeType.PESSIMISTIC_WRITE);
        Plan holder = Plan.holding(plan.unitCode, plan.schoolYear, plan.id).orElse(null);
        if (holder != null) {
            throw PlanProblems.schoolYearTaken(holder);
        }
        OffsetDateTime at = time.now();
        plan.status = PlanStatus.PUBLISHED;
        plan.publishedAt = at;
        plan.updatedAt = at;
        keepVersion(plan, null, access.who(), at);
        events.published(plan, at);
        return plan;
    }

    Plan amend(UUID id, Long expectedRevision, PlanDocument document, String note) {
        Plan plan = access.requireManaged(id, expectedRevision, true);
        if (!inForce(plan)) {
            throw PlanProblems.onlyInForceAmends(plan.status);
        }
        List<FieldError> limits = PlanDocumentLimits.check(document, "document.");
        if (!limits.isEmpty()) {
            throw ProblemException.invalid(limits);
        }
        requirePublishable(document);
        OffsetDateTime at = time.now();
        plan.setDocument(document);
        plan.version++;
        plan.updatedAt = at;
        keepVersion(plan, note, access.who(), at);
        events.amended(plan, at);
        return plan;
    }

    Plan changePhase(UUID id, Long expectedRevision, PlanStatus to) {
        Plan plan = access.requireManaged(id, expectedRevision, false);
        PlanStatus from = plan.status;
        boolean allowed = to == PlanStatus.MIDTERM_REVIEW && from == PlanStatus.PUBLISHED
                || to == PlanStatus.CLOSED && (from == PlanStatus.PUBLISHED || from == PlanStatus.MIDTERM_REVIEW);
        if (!allowed) {
            throw PlanProblems.phaseNotAllowed(from, to);
        }
        OffsetDateTime at = time.now();
        plan.status = to;
        plan.updatedAt = at;
        events.phaseChanged(plan, from, at);
        return plan;
    }

    Plan withdraw(UUID id, Long expectedRevision, String reason) {
        Plan plan = access.requireManaged(id, expectedRevision, false);
        if (!inForce(plan)) {
            throw PlanProblems.onlyInForceWithdraws(plan.status);
        }
        OffsetDateTime at = time.now();
        plan.status = PlanStatus.WITHDRAWN;
        plan.withdrawalReason = reason;
        plan.updatedAt = at;
        events.withdrawn(plan, at);
        return plan;
    }

    private static boolean inForce(Plan plan) {
        return plan.status == PlanStatus.PUBLISHED || plan.status == PlanStatus.MIDTERM_REVIEW;
    }

    private static void requirePublishable(PlanDocument document) {
        List<FieldError> errors = new ArrayList<>();
        if (document.contents() == null || document.contents().isEmpty()) {
            errors.add(PlanProblems.noContents());
        }
        if (document.title() == null || document.title().isBlank()) {
            errors.add(PlanProblems.noTitle());
        }
        if (!errors.isEmpty()) {
            throw PlanProblems.notPublishable(errors);
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
}
