package vn.thidua.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** plan-service settings, under {@code thidua.plan.*}. */
@ConfigMapping(prefix = "thidua.plan")
public interface PlanConfig {

    /** Load the demo unit tree into an empty database (the stack and the tests). */
    @WithDefault("false")
    boolean demoUnits();
}
