package vn.thidua.platform.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Views and requests of the subscriptions API; the secret is in {@link Created} only. */
public final class Subscription {

    private Subscription() {
    }

    @Schema(name = "SubscriptionRequest", description = "Một đăng ký nhận sự kiện qua webhook (a webhook subscription)")
    public record Request(
            @Schema(description = "URL nhận (target URL), within thidua.webhooks.allowed-urls",
                    examples = "https://qlkt.pgd-tamnong.edu.vn/thidua/webhook") String url,
            @Schema(description = "Loại sự kiện (CloudEvents types) to deliver",
                    examples = "[\"vn.thidua.award.decided.v1\"]") List<String> eventTypes) {
    }

    @Schema(name = "Subscription")
    public record View(
            UUID id,
            @Schema(description = "Đơn vị sở hữu (the office); its units' events are delivered") String unitCode,
            String url,
            List<String> eventTypes,
            @Schema(description = "false after thidua.webhooks.disable-after-failures failures in a row, until "
                    + "POST /subscriptions/{id}/enable") boolean enabled,
            int consecutiveFailures,
            @Schema(nullable = true) OffsetDateTime disabledAt,
            @Schema(nullable = true) String disabledReason,
            String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(nullable = true, description = "When the secret was last rotated; null if never")
            OffsetDateTime secretRotatedAt,
            @Schema(nullable = true, description = "Until when the replaced secret still signs beside the current "
                    + "one (webhook-signature then carries two v1 signatures); null when it signs no more")
            OffsetDateTime previousSecretValidUntil) {
    }

    @Schema(name = "SubscriptionCreated", description = "The new subscription and its signing secret, shown once")
    public record Created(
            View subscription,
            @Schema(description = "Khóa ký HMAC-SHA256 (Standard Webhooks, whsec_ + base64); shown only here",
                    examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
    }

    @Schema(name = "SubscriptionSecretRotated", description = "The subscription's new signing secret, shown once")
    public record Rotated(
            View subscription,
            @Schema(description = "Khóa ký mới (the new secret, whsec_ + base64); shown only here",
                    examples = "whsec_9Zl7cF0bq2J5mX3vT8wK1nR4yH6pD2sA") String secret,
            @Schema(nullable = true, description = "Until when deliveries are signed with the replaced secret too "
                    + "(thidua.webhooks.secret-overlap); null when the overlap is 0")
            OffsetDateTime previousSecretValidUntil) {
    }

    @Schema(name = "DeliveryAttempt", description = "One attempt to deliver one event")
    public record Attempt(
            long id,
            @Schema(description = "CloudEvents id, also the webhook-id header") String eventId,
            String eventType,
            @Schema(description = "1 for the first try") int attempt,
            OffsetDateTime attemptedAt,
            @Schema(nullable = true, description = "HTTP status answered; null when none came") Integer statusCode,
            @Schema(nullable = true) String error,
            long durationMs,
            boolean succeeded) {
    }
}
