package vn.thidua.evaluation;

/** Follows the plan's phases: open after publication, midterm review, closed. */
public enum CycleStatus {
    OPEN, MIDTERM_REVIEW, CLOSED
}
