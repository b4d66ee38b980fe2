package vn.thidua.evaluation.evaluation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The life of an evaluation: the staff member self-assesses and submits, the group leader reviews,
 * the principal finalises; a finalised evaluation can be reopened, which allows editing again and
 * finalising again.
 */
enum EvaluationState {
    DRAFT, SELF_ASSESSED, GROUP_REVIEWED, FINALIZED, REOPENED;

    /** What is done to an evaluation, and the states it may be done in. */
    public enum Action {
        SELF_ASSESS(EnumSet.of(DRAFT, REOPENED)),
        SUBMIT(EnumSet.of(DRAFT, REOPENED)),
        // A review can be corrected until the principal finalises.
        REVIEW(EnumSet.of(SELF_ASSESSED, GROUP_REVIEWED, REOPENED)),
        FINALIZE(EnumSet.of(GROUP_REVIEWED, REOPENED)),
        REOPEN(EnumSet.of(FINALIZED)),
        // Facts behind a finalised rating stay as they were finalised: reopen to change them.
        EDIT_FACTS(EnumSet.of(DRAFT, SELF_ASSESSED, GROUP_REVIEWED, REOPENED));

        public final Set<EvaluationState> from;

        Action(Set<EvaluationState> from) {
            this.from = from;
        }

        public String fromNames() {
            return Arrays.stream(EvaluationState.values()).filter(from::contains).map(Enum::name)
                    .collect(Collectors.joining(", "));
        }
    }

    public boolean allows(Action action) {
        return action.from.contains(this);
    }
}
