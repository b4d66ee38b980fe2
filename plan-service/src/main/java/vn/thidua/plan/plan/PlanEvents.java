package vn.thidua.plan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The plan events on {@code thidua.plan.v1} (data as described in contracts/), each built here and written
 * to the outbox in the caller's transaction: subject the plan id, with its unit and school year.
 */
@ApplicationScoped
class PlanEvents {

    public record Content(String number, String text) {
    }

    public record Published(UUID planId, int version, String unitCode, String schoolYear, Integer year, String title,
            String documentNumber, LocalDate documentDate, UUID basedOnPlanId, List<Content> contents,
            OffsetDateTime publishedAt) {
    }

    public record Amended(UUID planId, int version, String unitCode, String schoolYear, Integer year, String title,
            String documentNumber, LocalDate documentDate, UUID basedOnPlanId, List<Content> contents,
            int previousVersion, OffsetDateTime publishedAt) {
    }

    public record PhaseChanged(UUID planId, String unitCode, String schoolYear, PlanStatus fromPhase,
            PlanStatus toPhase, OffsetDateTime changedAt) {
    }

    public record Withdrawn(UUID planId, String unitCode, String schoolYear, String reason, OffsetDateTime withdrawnAt) {
    }

    private final Outbox outbox;

    PlanEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** vn.thidua.plan.published.v1: the first version is in force. */
    void published(Plan plan, OffsetDateTime at) {
        outbox.publish(EventTypes.PLAN_PUBLISHED, plan.id.toString(), plan.unitCode, plan.schoolYear,
                new Published(plan.id, plan.version, plan.unitCode, plan.schoolYear, plan.year, plan.title,
                        plan.documentNumber, plan.documentDate, plan.basedOnPlanId, contentsOf(plan), at));
    }

    /** vn.thidua.plan.amended.v1: a new version replaces the previous one. */
    void amended(Plan plan, OffsetDateTime at) {
        outbox.publish(EventTypes.PLAN_AMENDED, plan.id.toString(), plan.unitCode, plan.schoolYear,
                new Amended(plan.id, plan.version, plan.unitCode, plan.schoolYear, plan.year, plan.title,
                        plan.documentNumber, plan.documentDate, plan.basedOnPlanId, contentsOf(plan),
                        plan.version - 1, at));
    }

    /** vn.thidua.plan.phase-changed.v1: the plan moved from {@code from} to its current status. */
    void phaseChanged(Plan plan, PlanStatus from, OffsetDateTime at) {
        outbox.publish(EventTypes.PLAN_PHASE_CHANGED, plan.id.toString(), plan.unitCode, plan.schoolYear,
                new PhaseChanged(plan.id, plan.unitCode, plan.schoolYear, from, plan.status, at));
    }

    /** vn.thidua.plan.withdrawn.v1, with the plan's withdrawal reason. */
    void withdrawn(Plan plan, OffsetDateTime at) {
        outbox.publish(EventTypes.PLAN_WITHDRAWN, plan.id.toString(), plan.unitCode, plan.schoolYear,
                new Withdrawn(plan.id, plan.unitCode, plan.schoolYear, plan.withdrawalReason, at));
    }

    private static List<Content> contentsOf(Plan plan) {
        return plan.document.contents().stream().map(c -> new Content(c.number(), c.text())).toList();
    }
}
