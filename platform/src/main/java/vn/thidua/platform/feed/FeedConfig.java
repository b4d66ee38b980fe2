package vn.thidua.platform.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** The event feed ({@code GET /api/v1/events}), under {@code thidua.feed.*}; mounted by {@code thidua.feed.enabled=true}. */
@ConfigMapping(prefix = "thidua.feed")
public interface FeedConfig {

    /** Whether the service mounts it: read at build time ({@code @IfBuildProperty}); declared here so the key is known. */
    @WithDefault("false")
    boolean enabled();

    /**
     * Topics the feed reads; each event is filtered by its {@code unit} and {@code type}. The staff records
     * ({@code thidua.staff.v1}, from evaluation-service) are among them: a dashboard counts its schools' staff.
     */
    @WithDefault("thidua.plan.v1,thidua.evaluation.v1,thidua.award.v1,thidua.staff.v1")
    List<String> topics();

    /** Feeds open at once on this replica; one more is a 503 (each holds a Kafka consumer and a thread). */
    @WithDefault("20")
    int maxConnections();

    /** A feed that sent no event for this long is ended; the client reconnects with Last-Event-ID. */
    @WithDefault("5m")
    Duration idleTimeout();

    /** A comment line this often, so proxies keep the connection and a gone client is noticed. */
    @WithDefault("15s")
    Duration heartbeat();
}
