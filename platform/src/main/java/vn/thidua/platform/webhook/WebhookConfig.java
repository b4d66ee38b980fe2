package vn.thidua.platform.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Webhook subscriptions and their delivery, under {@code thidua.webhooks.*}. The build property
 * {@code thidua.webhooks.enabled=true} mounts them (award-service); other services carry none of the beans.
 */
@ConfigMapping(prefix = "thidua.webhooks")
public interface WebhookConfig {

    /** Whether the service mounts it: read at build time ({@code @IfBuildProperty}); declared here so the key is known. */
    @WithDefault("false")
    boolean enabled();

    /**
     * Where deliveries may go: URL prefixes {@code scheme://host[:port]/path}, the port {@code *} for any port.
     * Empty (the default) refuses every URL, so no deployment sends to an address nobody chose.
     */
    Optional<List<String>> allowedUrls();

    /**
     * Topics whose events may be subscribed to: those the service's {@code webhook-*} channels read (consumer
     * group {@code award-webhooks}); a type on another topic would never be delivered, so it is refused.
     */
    @WithDefault("thidua.plan.v1,thidua.evaluation.v1,thidua.award.v1")
    List<String> topics();

    /** Failed attempts in a row, over all the subscription's deliveries, after which it is disabled. */
    @WithDefault("10")
    int disableAfterFailures();

    /** Delay before the first retry; doubled per attempt up to {@link #maxBackoff()}. */
    @WithDefault("10s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** How often the deliverer looks for due deliveries. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Connect and answer timeout of one attempt; a slower receiver counts as a failure. */
    @WithDefault("10s")
    Duration timeout();

    /** Deliveries leased per round. */
    @WithDefault("50")
    int batchSize();

    /**
     * The AES-256 key the signing secrets are stored under: 32 bytes in base64, or {@code file:/path} of a file
     * holding them. Required: without it the service does not start (dev and test profiles set a default).
     */
    Optional<String> secretKey();

    /** How long a rotated-out secret still signs deliveries beside the new one; 0 drops it at once. */
    @WithDefault("24h")
    Duration secretOverlap();

    /** Whether this replica sends; any number of replicas may (due rows are leased with SKIP LOCKED). */
    @WithDefault("true")
    boolean deliveryEnabled();
}
