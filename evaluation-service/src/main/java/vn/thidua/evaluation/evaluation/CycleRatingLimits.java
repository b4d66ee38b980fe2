package vn.thidua.evaluation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.rules.RuleSetCopies;
import vn.thidua.platform.time.SchoolYear;

/**
 * Where the rating thresholds of a cycle come from, for both finalisation paths: the rule set copy,
 * in the version the cycle is pinned to ({@code rating.cappedAbsenceMonths},
 * {@code rating.notRatedAbsenceMonths}; defaults when the version has none), so award-service's rule
 * sets stay their one source.
 */
@ApplicationScoped
class CycleRatingLimits {

    private final RuleSetCopies ruleSets;

    CycleRatingLimits(RuleSetCopies ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** The cycle as the finalisation policy sees it, with its thresholds. */
    Finalization.Setting settingOf(Cycle cycle) {
        return Finalization.Setting.of(cycle, ruleSets.ratingLimits(cycle.id, SchoolYear.parse(cycle.schoolYear)));
    }
}
