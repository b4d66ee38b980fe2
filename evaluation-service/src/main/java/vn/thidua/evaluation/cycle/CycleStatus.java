package vn.thidua.evaluation.cycle;

/** Follows the plan's phases: open after publication, midterm review (sơ kết), closed (tổng kết), or withdrawn. */
enum CycleStatus {
    OPEN, MIDTERM_REVIEW, CLOSED, WITHDRAWN;

    /** Whether the plan's amendments still change the criteria. */
    public boolean acceptsAmendments() {
        return this == OPEN || this == MIDTERM_REVIEW;
    }
}
