package vn.thidua.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * The HELP line of the project's own metrics ({@code thidua.*}), kept in one table here so that the code
 * registering a meter stays a one-liner; a meter registered with its own description keeps it.
 */
@Singleton
public class MetricDescriptions implements MeterFilter {

    static final Map<String, String> HELP = Map.of(
            "thidua.outbox.published", "Outbox rows published to Kafka by this replica",
            "thidua.outbox.failures", "Failed attempts to publish an outbox row (retried with back-off)",
            "thidua.outbox.pending", "Outbox rows not yet published, all replicas (last relay round)",
            "thidua.outbox.oldest.pending.seconds", "Age in seconds of the oldest unpublished outbox row",
            "thidua.feed.connections", "Event feeds (GET /api/v1/events) open on this replica",
            "thidua.webhook.attempts", "Webhook delivery attempts by this replica, by outcome (delivered, failed)");

    @Override
    public Meter.Id map(Meter.Id id) {
        String help = HELP.get(id.getName());
        if (help == null || id.getDescription() != null && !id.getDescription().isBlank()) {
            return id;
        }
        return new Meter.Id(id.getName(), io.micrometer.core.instrument.Tags.of(id.getTags()), id.getBaseUnit(), help,
                id.getType());
    }
}
