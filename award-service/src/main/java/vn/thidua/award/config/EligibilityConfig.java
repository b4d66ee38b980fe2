package vn.thidua.award.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of eligibility recomputation, under {@code thidua.eligibility.*}. */
@ConfigMapping(prefix = "thidua.eligibility")
public interface EligibilityConfig {

    /** Threads per replica recomputing stale cycles: one heavy cycle occupies one, the others go on. */
    @WithDefault("2")
    int workers();

    /** How often cycles left stale (a crash, a replica that stopped) are looked for. */
    @WithDefault("5s")
    Duration sweep();
}
