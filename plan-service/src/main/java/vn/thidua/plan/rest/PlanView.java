package vn.thidua.plan.rest;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanStatus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A plan as the API shows it. */
public record PlanView(UUID id, String unitCode, String schoolYear, String title, PlanStatus status, int version,
        OffsetDateTime createdAt, OffsetDateTime publishedAt, List<PlanDraft.ContentView> contents) {

    static PlanView of(Plan plan) {
        return new PlanView(plan.id, plan.unitCode, plan.schoolYear, plan.title, plan.status, plan.version,
                plan.createdAt, plan.publishedAt,
                plan.contents.stream().map(c -> new PlanDraft.ContentView(c.number, c.text)).toList());
    }
}
