package vn.thidua.platform.webhook;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventEnvelope;
import vn.thidua.platform.security.UnitTree;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Turns an event read by the webhook consumer group into one pending delivery per matching subscription: of
 * its type, owned by the event's unit or a unit above it. Written before the record is acknowledged, so a
 * restart loses nothing; a record read twice adds nothing (one row per subscription and event id).
 * Disabled subscriptions keep collecting, so re-enabling one delivers what happened meanwhile.
 */
@ApplicationScoped
@IfBuildProperty(name = "thidua.webhooks.enabled", stringValue = "true")
public class WebhookInbox {

    private final AgroalDataSource dataSource;
    private final EventCodec codec;
    private final UnitTree tree;

    public WebhookInbox(AgroalDataSource dataSource, EventCodec codec, UnitTree tree) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.tree = tree;
    }

    /** Returns the number of deliveries recorded; an event breaking its contract throws (dead-letter topic). */
    @Transactional
    public int record(String payload) {
        return recordAll(List.of(payload));
    }

    /**
     * {@link #record} for a poll's payloads, in one transaction and one JDBC batch: every payload parsed (and its
     * contract checked) before anything is written, so a poison one fails the whole call and writes nothing.
     */
    @Transactional
    public int recordAll(List<String> payloads) {
        List<EventEnvelope> events = payloads.stream().map(codec::parse).toList();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into webhook_delivery (subscription_id, event_id, event_type, event_unit, payload)
                        select id, ?, ?, ?, ? from webhook_subscription
                        where unit_code = any(?) and ? = any(event_types)
                        on conflict (subscription_id, event_id) do nothing""")) {
            for (int i = 0; i < events.size(); i++) {
                EventEnvelope event = events.get(i);
                // Rule sets are national, nobody's unit; a unit the tree does not know yet belongs to no office.
                List<String> owners = event.unit() == null ? List.of() : tree.pathToRoot(event.unit());
                if (owners.isEmpty()) {
                    continue;
                }
                insert.setString(1, event.id());
                insert.setString(2, event.type());
                insert.setString(3, event.unit());
                insert.setString(4, payloads.get(i));
                insert.setArray(5, connection.createArrayOf("text", owners.toArray()));
                insert.setString(6, event.type());
                insert.addBatch();
            }
            int recorded = 0;
            for (int count : insert.executeBatch()) {
                recorded += Math.max(count, 0);
            }
            return recorded;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record webhook deliveries of " + events.size() + " events", e);
        }
    }
}
