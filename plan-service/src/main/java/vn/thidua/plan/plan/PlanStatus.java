package vn.thidua.plan.plan;

/** Lifecycle of a plan: DRAFT → PUBLISHED → MIDTERM_REVIEW → CLOSED, or WITHDRAWN. */
public enum PlanStatus {
    DRAFT, PUBLISHED, MIDTERM_REVIEW, CLOSED, WITHDRAWN
}
