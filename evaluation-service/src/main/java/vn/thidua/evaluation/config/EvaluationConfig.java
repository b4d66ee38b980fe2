package vn.thidua.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of evaluations, under {@code thidua.evaluation.*}. */
@ConfigMapping(prefix = "thidua.evaluation")
public interface EvaluationConfig {

    /**
     * HTXS at most this percentage of those rated at least HTT, per school and cycle (DESIGN.md,
     * "Rules are data": default 20 %). Read only through {@code evaluation.HtxsShareLimit}, the one place
     * both finalisation paths take the limit from.
     */
    @WithDefault("20")
    int htxsSharePercent();

    /** Records one bulk call may carry. */
    @WithDefault("5000")
    int bulkMaxRecords();
}
