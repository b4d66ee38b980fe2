package vn.thidua.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of evaluations, under {@code thidua.evaluation.*}. */
@ConfigMapping(prefix = "thidua.evaluation")
public interface EvaluationConfig {

    /** Records one bulk call may carry. */
    @WithDefault("5000")
    int bulkMaxRecords();
}
