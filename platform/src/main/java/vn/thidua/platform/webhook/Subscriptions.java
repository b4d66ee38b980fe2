package vn.thidua.platform.webhook;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.contracts.EventContracts;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.rest.Page;
import vn.thidua.platform.rest.Paging;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An office's webhook subscriptions. A subscription belongs to the unit that created it: another unit, even
 * the province above, neither sees nor changes it (404), since its secret and target are that office's.
 */
@ApplicationScoped
@IfBuildProperty(name = "thidua.webhooks.enabled", stringValue = "true")
@Transactional
public class Subscriptions {

    private static final Logger LOG = Logger.getLogger(Subscriptions.class);
    /** Event types one subscription may name; more is a mistake, not a use. */
    static final int MAX_TYPES = 50;
    private static final String COLUMNS = """
            id, unit_code, url, event_types, enabled, consecutive_failures, disabled_at, disabled_reason, created_by,
            created_at, updated_at, secret_rotated_at,
            case when previous_secret_until > now() then previous_secret_until end""";
    /** The {@code sort} fields of the attempts and their columns. */
    private static final Map<String, String> ATTEMPT_ORDER = Map.of("id", "a.id", "attemptedAt", "a.attempted_at",
            "eventType", "d.event_type", "statusCode", "a.status_code", "attempt", "a.attempt");

    private final AgroalDataSource dataSource;
    private final UrlAllowlist allowlist;
    private final Set<String> deliverableTypes;
    private final SubscriptionSecrets secrets;

    public Subscriptions(AgroalDataSource dataSource, WebhookConfig config, SubscriptionSecrets secrets) {
        this.dataSource = dataSource;
        this.secrets = secrets;
        this.allowlist = new UrlAllowlist(config.allowedUrls().orElse(List.of()));
        this.deliverableTypes = new LinkedHashSet<>(EventContracts.eventTypes().stream()
                .filter(type -> config.topics().contains(EventContracts.topicOf(type))).toList());
    }

    public Subscription.Created create(String unitCode, String actor, Subscription.Request request) {
        if (request == null) {
            throw ProblemException.invalid("url", "bắt buộc (required)");
        }
        List<String> types = checkTypes(request.eventTypes());
        if (request.url() == null || request.url().isBlank()) {
            throw ProblemException.invalid("url", "bắt buộc (required)");
        }
        String refusal = allowlist.refusal(request.url());
        if (refusal != null) {
            throw ProblemException.unprocessable("url", "URL " + refusal);
        }
        UUID id = TimeOrderedIds.next();
        String secret = Signatures.newSecret();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into webhook_subscription (id, unit_code, url, event_types, secret, created_by)
                        values (?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, unitCode);
            insert.setString(3, request.url().strip());
            insert.setArray(4, connection.createArrayOf("text", types.toArray()));
            insert.setString(5, secrets.seal(id, secret));
            insert.setString(6, actor);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store subscription", e);
        }
        LOG.infof("Webhook subscription %s of %s created by %s: %s for %s", id, unitCode, actor, request.url(), types);
        return new Subscription.Created(get(unitCode, id), secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Subscription.View> list(String unitCode) {
        return select("where unit_code = ? order by created_at, id", unitCode, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Subscription.View get(String unitCode, UUID id) {
        return select("where unit_code = ? and id = ?", unitCode, id).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Đăng ký (subscription)", id));
    }

    /** Deletes it with its pending deliveries and their log. */
    public void delete(String unitCode, UUID id, String actor) {
        get(unitCode, id);
        update("delete from webhook_subscription where id = ?", id);
        LOG.infof("Webhook subscription %s of %s deleted by %s", id, unitCode, actor);
    }

    /** A new signing secret, answered once; the replaced one signs beside it for the overlap. */
    public Subscription.Rotated rotateSecret(String unitCode, UUID id, String actor) {
        get(unitCode, id);
        Subscription.Rotated rotated = secrets.rotate(id);
        LOG.infof("Webhook subscription %s of %s: secret rotated by %s, the old one signs until %s", id, unitCode,
                actor, rotated.previousSecretValidUntil());
        return new Subscription.Rotated(get(unitCode, id), rotated.secret(), rotated.previousSecretValidUntil());
    }

    /** Enabled again by its office: the failure run starts over and the waiting deliveries are due now. */
    public Subscription.View enable(String unitCode, UUID id, String actor) {
        get(unitCode, id);
        update("""
                update webhook_subscription set enabled = true, consecutive_failures = 0, disabled_at = null,
                    disabled_reason = null, updated_at = now() where id = ?""", id);
        update("update webhook_delivery set next_attempt_at = now() where subscription_id = ? and state = 'PENDING'", id);
        LOG.infof("Webhook subscription %s of %s enabled by %s", id, unitCode, actor);
        return get(unitCode, id);
    }

    /** The attempts of one subscription, newest first unless {@code sort} says otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Subscription.Attempt> attempts(String unitCode, UUID id, Paging paging, String sort) {
        get(unitCode, id);
        String order = "a.id desc";
        if (sort != null && !sort.isBlank()) {
            String field = sort.strip().startsWith("-") ? sort.strip().substring(1) : sort.strip();
            String column = ATTEMPT_ORDER.get(field);
            if (column == null) {
                throw ProblemException.invalid("sort", "một trong " + String.join(", ", ATTEMPT_ORDER.keySet())
                        + ", thêm - để giảm dần (one of these, prefix - for descending): '" + sort.strip() + "'");
            }
            order = column + (sort.strip().startsWith("-") ? " desc nulls last" : " asc nulls last") + ", a.id desc";
        }
        List<Subscription.Attempt> attempts = new ArrayList<>();
        long total;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement count = connection.prepareStatement(
                    "select count(*) from webhook_attempt where subscription_id = ?")) {
                count.setObject(1, id);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    select a.id, d.event_id, d.event_type, a.attempt, a.attempted_at, a.status_code, a.error,
                        a.duration_ms, a.succeeded
                    from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
                    where a.subscription_id = ? order by %s offset ? limit ?""".formatted(order))) {
                select.setObject(1, id);
                select.setLong(2, (long) paging.page() * paging.size());
                select.setInt(3, paging.size());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        attempts.add(new Subscription.Attempt(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getInt(4), rs.getObject(5, OffsetDateTime.class), rs.getObject(6, Integer.class),
                                rs.getString(7), rs.getLong(8), rs.getBoolean(9)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read delivery attempts", e);
        }
        return new Page<>(attempts, total);
    }

    private List<String> checkTypes(List<String> eventTypes) {
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw ProblemException.invalid("eventTypes", "ít nhất một loại sự kiện (at least one event type)");
        }
        if (eventTypes.size() > MAX_TYPES) {
            throw ProblemException.invalid("eventTypes", "tối đa " + MAX_TYPES + " loại (at most " + MAX_TYPES + ")");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        for (int i = 0; i < eventTypes.size(); i++) {
            String type = eventTypes.get(i);
            if (type == null || !deliverableTypes.contains(type.strip())) {
                errors.add(new FieldError("eventTypes[" + i + "]", "không phải loại sự kiện gửi qua webhook; một trong "
                        + String.join(", ", deliverableTypes) + " (not a deliverable event type)"));
            } else {
                types.add(type.strip());
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "unprocessable", "Không thể xử lý (unprocessable)",
                    errors.size() + " loại sự kiện không hợp lệ (unknown event types)", errors);
        }
        return List.copyOf(types);
    }

    private List<Subscription.View> select(String where, String unitCode, UUID id) {
        List<Subscription.View> views = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select " + COLUMNS + " from webhook_subscription " + where)) {
            select.setString(1, unitCode);
            if (id != null) {
                select.setObject(2, id);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    views.add(view(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read subscriptions", e);
        }
        return views;
    }

    static Subscription.View view(ResultSet rs) throws SQLException {
        Array types = rs.getArray(4);
        return new Subscription.View(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                Arrays.asList((String[]) types.getArray()), rs.getBoolean(5), rs.getInt(6),
                rs.getObject(7, OffsetDateTime.class), rs.getString(8), rs.getString(9),
                rs.getObject(10, OffsetDateTime.class), rs.getObject(11, OffsetDateTime.class),
                rs.getObject(12, OffsetDateTime.class), rs.getObject(13, OffsetDateTime.class));
    }

    private void update(String sql, UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change subscription " + id, e);
        }
    }
}
