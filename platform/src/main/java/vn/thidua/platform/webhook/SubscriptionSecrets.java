package vn.thidua.platform.webhook;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The signing secrets of the subscriptions: sealed at rest ({@link SecretCipher}), rotated by the office, and
 * opened for signing. Built at start-up, so a service without {@code thidua.webhooks.secret-key} does not start
 * (the dev and test profiles carry a default key; production has none).
 */
@Startup
@ApplicationScoped
@IfBuildProperty(name = "thidua.webhooks.enabled", stringValue = "true")
public class SubscriptionSecrets {

    private static final Logger LOG = Logger.getLogger(SubscriptionSecrets.class);

    private final AgroalDataSource dataSource;
    private final WebhookConfig config;
    private final SecretCipher cipher;

    public SubscriptionSecrets(AgroalDataSource dataSource, WebhookConfig config) {
        this.dataSource = dataSource;
        this.config = config;
        this.cipher = SecretCipher.of(config.secretKey());
    }

    void onStart(@Observes StartupEvent start) {
        int sealed = sealClearSecrets();
        if (sealed > 0) {
            LOG.infof("Sealed %d webhook secret(s) stored in clear before encryption at rest", sealed);
        }
    }

    /** Seals the secrets still in clear (subscriptions made before V0_7); replicas starting together share the rows. */
    @Transactional
    public int sealClearSecrets() {
        int count = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select id, secret from webhook_subscription where secret not like 'aes-gcm-v1:%'
                        for update skip locked""");
                PreparedStatement update = connection.prepareStatement(
                        "update webhook_subscription set secret = ? where id = ?")) {
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    update.setString(1, cipher.seal(id, rs.getString(2)));
                    update.setObject(2, id);
                    update.addBatch();
                    count++;
                }
            }
            if (count > 0) {
                update.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot seal webhook secrets", e);
        }
        return count;
    }

    /** The stored form of a new subscription's secret. */
    String seal(UUID subscriptionId, String secret) {
        return cipher.seal(subscriptionId, secret);
    }

    /**
     * A new secret for the subscription (already checked to be the caller's), answered once. The replaced one
     * still signs, beside the new, for {@code secret-overlap}, so the receiver can switch without losing an
     * event; rotating again within it drops the oldest.
     */
    @Transactional
    public Subscription.Rotated rotate(UUID subscriptionId) {
        String secret = Signatures.newSecret();
        boolean overlap = !config.secretOverlap().isZero();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement rotate = connection.prepareStatement("""
                        update webhook_subscription set previous_secret = case when ? then secret end,
                            previous_secret_until = case when ? then now() + make_interval(secs => ?) end,
                            secret = ?, secret_rotated_at = now(), updated_at = now()
                        where id = ? returning previous_secret_until""")) {
            rotate.setBoolean(1, overlap);
            rotate.setBoolean(2, overlap);
            rotate.setDouble(3, config.secretOverlap().toMillis() / 1000.0);
            rotate.setString(4, cipher.seal(subscriptionId, secret));
            rotate.setObject(5, subscriptionId);
            try (ResultSet rs = rotate.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Subscription " + subscriptionId + " is gone");
                }
                return new Subscription.Rotated(null, secret, rs.getObject(1, OffsetDateTime.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot rotate the secret of subscription " + subscriptionId, e);
        }
    }

    /**
     * The secrets a delivery is signed with: the current one, then the replaced one while it overlaps. A replaced
     * one that no longer opens (sealed under an earlier key) is left out rather than failing the delivery.
     *
     * @throws IllegalStateException when the current one does not open
     */
    List<String> signing(UUID subscriptionId, String current, String previousInOverlap) {
        List<String> secrets = new ArrayList<>(2);
        secrets.add(cipher.open(subscriptionId, current));
        if (previousInOverlap != null) {
            try {
                secrets.add(cipher.open(subscriptionId, previousInOverlap));
            } catch (IllegalStateException e) {
                LOG.debugf("Subscription %s: the replaced secret does not open, signing with the current one only",
                        subscriptionId);
            }
        }
        return secrets;
    }
}
