package vn.thidua.plan.messaging;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of the plan events on {@code thidua.plan.v1}, as described in contracts/. */
public final class PlanEvents {

    private PlanEvents() {
    }

    public record Content(String number, String text) {
    }

    public record Published(UUID planId, int version, String unitCode, String schoolYear, Integer year, String title,
            String documentNumber, LocalDate documentDate, UUID basedOnPlanId, List<Content> contents,
            OffsetDateTime publishedAt) {

        public static Published of(Plan plan, OffsetDateTime at) {
            return new Published(plan.id, plan.version, plan.unitCode, plan.schoolYear, plan.year, plan.title,
                    plan.documentNumber, plan.documentDate, plan.basedOnPlanId, contentsOf(plan), at);
        }
    }

    public record Amended(UUID planId, int version, String unitCode, String schoolYear, Integer year, String title,
            String documentNumber, LocalDate documentDate, UUID basedOnPlanId, List<Content> contents,
            int previousVersion, OffsetDateTime publishedAt) {

        public static Amended of(Plan plan, OffsetDateTime at) {
            return new Amended(plan.id, plan.version, plan.unitCode, plan.schoolYear, plan.year, plan.title,
                    plan.documentNumber, plan.documentDate, plan.basedOnPlanId, contentsOf(plan), plan.version - 1, at);
        }
    }

    public record PhaseChanged(UUID planId, String unitCode, String schoolYear, PlanStatus fromPhase,
            PlanStatus toPhase, OffsetDateTime changedAt) {
    }

    public record Withdrawn(UUID planId, String unitCode, String schoolYear, String reason, OffsetDateTime withdrawnAt) {
    }

    private static List<Content> contentsOf(Plan plan) {
        return plan.document.contents().stream().map(c -> new Content(c.number(), c.text())).toList();
    }
}
