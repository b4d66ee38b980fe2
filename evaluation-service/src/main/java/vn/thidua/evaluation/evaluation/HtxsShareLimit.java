package vn.thidua.evaluation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.rules.RuleSetCopies;

/**
 * Where the HTXS share limit of a cycle comes from: the one place both finalisation paths ask. The
 * limit is award-service's rule set parameter {@code htxs.maxSharePercent}, read from this service's
 * copy of the rule sets, in the version the cycle is pinned to — the one award-service's quota check
 * uses for the same cycle, so the two can never disagree.
 */
@ApplicationScoped
class HtxsShareLimit {

    private final RuleSetCopies ruleSets;

    HtxsShareLimit(RuleSetCopies ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** The share situation with nothing finalised yet. */
    HtxsShare emptyFor(Cycle cycle) {
        return new HtxsShare(0, 0, percentFor(cycle));
    }

    /** At most this percentage of those rated at least HTT may be HTXS in {@code cycle}. */
    double percentFor(Cycle cycle) {
        return ruleSets.htxsShareLimit(cycle.id).percent();
    }
}
