package vn.thidua.plan.messaging;

import vn.thidua.plan.Plan;

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

        public static Published of(Plan plan) {
            return new Published(plan.id, plan.version, plan.unitCode, plan.schoolYear, null, plan.title, null, null,
                    null, plan.contents.stream().map(c -> new Content(c.number, c.text)).toList(), plan.publishedAt);
        }
    }
}
