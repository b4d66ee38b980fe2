package vn.thidua.evaluation.evaluation;

import vn.thidua.contracts.Rating;

import java.util.List;

/** Tự đánh giá one criterion of the cycle: the staff member's own rating, comment and evidence links. */
record SelfAssessmentItem(String criterion, Rating rating, String comment, List<String> evidence) {

    public SelfAssessmentItem {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
