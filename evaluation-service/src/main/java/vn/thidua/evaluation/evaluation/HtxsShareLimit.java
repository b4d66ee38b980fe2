package vn.thidua.evaluation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.evaluation.config.EvaluationConfig;
import vn.thidua.evaluation.cycle.Cycle;

/**
 * Where the HTXS share limit of a cycle comes from: the one place both finalisation paths ask.
 * Today the setting {@code thidua.evaluation.htxs-share-percent}; a rule set in force for the
 * cycle's school year can take its place here without either path changing.
 */
@ApplicationScoped
class HtxsShareLimit {

    private final EvaluationConfig config;

    HtxsShareLimit(EvaluationConfig config) {
        this.config = config;
    }

    /** The share situation with nothing finalised yet. */
    HtxsShare emptyFor(Cycle cycle) {
        return new HtxsShare(0, 0, percentFor(cycle));
    }

    /** At most this percentage of those rated at least HTT may be HTXS in {@code cycle}. */
    int percentFor(Cycle cycle) {
        return config.htxsSharePercent();
    }
}
