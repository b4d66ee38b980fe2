package vn.thidua.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Idempotency keys of bulk posts, under {@code thidua.evaluation.idempotency.*}. */
@ConfigMapping(prefix = "thidua.evaluation.idempotency")
public interface IdempotencyConfig {

    /**
     * How long a key's first answer is replayed. A school app retries within minutes or hours; a
     * key older than this is removed, and sending it again is a new request.
     */
    @WithDefault("P7D")
    Duration keyRetention();

    /** How often old keys are purged (a scheduler period such as 1h; the job reads it by its name). */
    @WithDefault("1h")
    String purgeEvery();
}
