package vn.thidua.platform.webhook;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.thidua.platform.time.TimeSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Sends the due deliveries: CloudEvents in HTTP structured mode, signed as Standard Webhooks. Each round leases
 * due rows of enabled subscriptions ({@code FOR UPDATE SKIP LOCKED}, pushed past the attempt's timeout), so
 * replicas share them and a replica that dies mid-send leaves them due again. A 2xx delivers; anything else
 * (status, timeout, refused connection) is logged, retried after a doubling back-off, and counts towards the
 * subscription's run of failures, which disables it at {@code disable-after-failures}. Redirects are not
 * followed: the allowlist is the whole reach.
 */
@ApplicationScoped
@IfBuildProperty(name = "thidua.webhooks.enabled", stringValue = "true")
public class WebhookDelivery {

    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class);
    static final String CLOUDEVENTS_JSON = "application/cloudevents+json; charset=UTF-8";
    private static final int ERROR_LENGTH = 500;

    private final AgroalDataSource dataSource;
    private final WebhookConfig config;
    private final TimeSource time;
    private final MeterRegistry registry;
    private final HttpClient http;
    private final SubscriptionSecrets secrets;

    public WebhookDelivery(AgroalDataSource dataSource, WebhookConfig config, TimeSource time, MeterRegistry registry,
            SubscriptionSecrets secrets) {
        this.dataSource = dataSource;
        this.secrets = secrets;
        this.config = config;
        this.time = time;
        this.registry = registry;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.timeout()).build();
    }

    /** {@code secret} and {@code previousSecret} (null unless in its overlap) still sealed: opened when signing. */
    private record Due(long id, UUID subscriptionId, String eventId, String payload, int attempt, String url,
            String secret, String previousSecret) {
    }

    private record Outcome(Due due, Integer status, String error, long millis) {

        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Scheduled(every = "${thidua.webhooks.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void round() {
        if (!config.deliveryEnabled()) {
            return;
        }
        try {
            while (deliverDue() == config.batchSize()) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook round stopped: %s", e.getMessage());
        }
    }

    /** One round: leases, sends and records up to a batch; returns how many were due. */
    int deliverDue() {
        List<Due> due = QuarkusTransaction.requiringNew().call(this::lease);
        if (due.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Outcome>> sending = due.stream().map(this::send).toList();
        for (CompletableFuture<Outcome> outcome : sending) {
            Outcome result = outcome.join();
            try {
                QuarkusTransaction.requiringNew().run(() -> record(result));
            } catch (RuntimeException e) {
                // e.g. the subscription was deleted meanwhile; the others' outcomes are still recorded
                LOG.warnf("Webhook attempt of delivery %d not recorded: %s", result.due().id(), e.getMessage());
            }
        }
        return due.size();
    }

    private List<Due> lease() throws SQLException {
        List<Due> due = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lease = connection.prepareStatement("""
                        update webhook_delivery d set attempts = d.attempts + 1,
                            next_attempt_at = now() + make_interval(secs => ?)
                        from (select d2.id, s.url, s.secret,
                                  case when s.previous_secret_until > now() then s.previous_secret end previous_secret
                              from webhook_delivery d2
                              join webhook_subscription s on s.id = d2.subscription_id
                              where d2.state = 'PENDING' and d2.next_attempt_at <= now() and s.enabled
                              order by d2.next_attempt_at, d2.id limit ?
                              for update of d2 skip locked) due
                        where d.id = due.id
                        returning d.id, d.subscription_id, d.event_id, d.payload, d.attempts, due.url, due.secret,
                            due.previous_secret""")) {
            lease.setDouble(1, config.timeout().toMillis() / 1000.0 + 30);
            lease.setInt(2, config.batchSize());
            try (ResultSet rs = lease.executeQuery()) {
                while (rs.next()) {
                    due.add(new Due(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return due;
    }

    private CompletableFuture<Outcome> send(Due due) {
        long timestamp = time.now().toEpochSecond();
        long start = System.nanoTime();
        HttpRequest request;
        String signature;
        try {
            signature = Signatures.sign(secrets.signing(due.subscriptionId(), due.secret(), due.previousSecret()),
                    due.eventId(), timestamp, due.payload());
        } catch (IllegalStateException e) {
            // sealed under another key: a failed attempt the office sees, not a stuck round
            return CompletableFuture.completedFuture(new Outcome(due, null, "secret: " + e.getMessage(), 0));
        }
        try {
            request = HttpRequest.newBuilder(URI.create(due.url())).timeout(config.timeout())
                    .header("content-type", CLOUDEVENTS_JSON)
                    .header("user-agent", "thidua-webhooks/1")
                    .header("webhook-id", due.eventId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(due.payload(), StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(due, null, "bad URL: " + e.getMessage(), 0));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        return new Outcome(due, null, cause.getClass().getSimpleName() + ": " + cause.getMessage(), millis);
                    }
                    return new Outcome(due, response.statusCode(), response.statusCode() / 100 == 2 ? null
                            : "HTTP " + response.statusCode(), millis);
                });
    }

    private void record(Outcome outcome) {
        Due due = outcome.due();
        registry.counter("thidua.webhook.attempts", "outcome", outcome.succeeded() ? "delivered" : "failed").increment();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement attempt = connection.prepareStatement("""
                    insert into webhook_attempt (delivery_id, subscription_id, attempt, status_code, error, duration_ms,
                        succeeded) values (?, ?, ?, ?, ?, ?, ?)""")) {
                attempt.setLong(1, due.id());
                attempt.setObject(2, due.subscriptionId());
                attempt.setInt(3, due.attempt());
                attempt.setObject(4, outcome.status());
                String error = outcome.error();
                attempt.setString(5, error == null ? null : error.substring(0, Math.min(error.length(), ERROR_LENGTH)));
                attempt.setLong(6, outcome.millis());
                attempt.setBoolean(7, outcome.succeeded());
                attempt.executeUpdate();
            }
            if (outcome.succeeded()) {
                execute(connection, "update webhook_delivery set state = 'DELIVERED', delivered_at = now() where id = ?",
                        due.id());
                execute(connection, "update webhook_subscription set consecutive_failures = 0 where id = ?",
                        due.subscriptionId());
                return;
            }
            try (PreparedStatement retry = connection.prepareStatement(
                    "update webhook_delivery set next_attempt_at = now() + make_interval(secs => ?) where id = ?")) {
                retry.setDouble(1, backoff(due.attempt()).toMillis() / 1000.0);
                retry.setLong(2, due.id());
                retry.executeUpdate();
            }
            try (PreparedStatement fail = connection.prepareStatement("""
                    update webhook_subscription set consecutive_failures = consecutive_failures + 1,
                        enabled = enabled and consecutive_failures + 1 < ?,
                        disabled_at = case when enabled and consecutive_failures + 1 >= ? then now() else disabled_at end,
                        disabled_reason = case when enabled and consecutive_failures + 1 >= ? then ? else disabled_reason end,
                        updated_at = now()
                    where id = ? returning enabled, consecutive_failures""")) {
                int limit = config.disableAfterFailures();
                fail.setInt(1, limit);
                fail.setInt(2, limit);
                fail.setInt(3, limit);
                fail.setString(4, limit + " lần gửi lỗi liên tiếp, lần cuối: " + outcome.error()
                        + " (failures in a row; enable it again once the receiver answers)");
                fail.setObject(5, due.subscriptionId());
                try (ResultSet rs = fail.executeQuery()) {
                    if (rs.next() && !rs.getBoolean(1) && rs.getInt(2) == limit) {
                        LOG.warnf("Webhook subscription %s disabled after %d failures in a row: %s", due.subscriptionId(),
                                limit, outcome.error());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record webhook attempt of delivery " + due.id(), e);
        }
    }

    /** Delay after the {@code attempt}-th failure: the initial back-off doubled per earlier failure, capped. */
    Duration backoff(int attempt) {
        Duration delay = config.initialBackoff();
        for (int i = 1; i < attempt && delay.compareTo(config.maxBackoff()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : delay;
    }

    private static void execute(Connection connection, String sql, Object id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, id);
            update.executeUpdate();
        }
    }
}
