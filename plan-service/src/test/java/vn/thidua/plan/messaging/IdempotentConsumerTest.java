package vn.thidua.plan.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.consumer.IdempotentConsumer;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventEnvelope;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.security.UnitEvents;
import vn.thidua.testing.ThiduaTestResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The idempotent consumer's contract, for the service's consumer and for named ones alike: the
 * handler's effect and the processed mark commit together or not at all (real PostgreSQL). The
 * effect here is an event written to the outbox, which needs the transaction the consumer opens.
 */
@QuarkusTest
@TestProfile(PlatformMechanismsProfile.class)
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class IdempotentConsumerTest {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    Outbox outbox;

    @Inject
    EventCodec codec;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aNamedConsumersFailingHandlerLeavesNeitherItsEffectNorTheMark() throws SQLException {
        String subject = subject();
        String payload = unitEvent(subject);
        IdempotentConsumer named = consumer.named("test-failing-" + subject);
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> named.handle(payload, Map.of(
                EventTypes.UNIT_UPSERTED.type(), echoThen(subject, () -> {
                    throw new IllegalStateException("handler failed after its effect");
                }))));

        assertEquals(0, marks("test-failing-" + subject, payload), "no processed mark");
        assertEquals(0, outboxRows(subject), "no effect");
        assertEquals("handler failed after its effect", thrown.getMessage());
        // Nothing recorded, so the redelivery applies it.
        assertTrue(named.handle(payload, Map.of(EventTypes.UNIT_UPSERTED.type(), echoThen(subject, () -> { }))));
        assertEquals(1, outboxRows(subject));
    }

    @Test
    void theServicesConsumerToo() throws SQLException {
        String subject = subject();
        String payload = unitEvent(subject);
        assertThrows(IllegalStateException.class, () -> consumer.handle(payload, Map.of(
                EventTypes.UNIT_UPSERTED.type(), echoThen(subject, () -> {
                    throw new IllegalStateException("handler failed after its effect");
                }))));
        assertEquals(0, marks("plan-service", payload));
        assertEquals(0, outboxRows(subject));
        assertTrue(consumer.handle(payload, Map.of(EventTypes.UNIT_UPSERTED.type(), echoThen(subject, () -> { }))));
        assertFalse(consumer.handle(payload, Map.of(EventTypes.UNIT_UPSERTED.type(), echoThen(subject, () -> { }))));
        assertEquals(1, marks("plan-service", payload));
        assertEquals(1, outboxRows(subject));
    }

    @Test
    void aNamedConsumerSkipsTheSecondDeliveryOfAnAppliedEvent() throws SQLException {
        String subject = subject();
        String payload = unitEvent(subject);
        IdempotentConsumer named = consumer.named("test-once-" + subject);
        Map<String, Consumer<EventEnvelope>> handlers = Map.of(EventTypes.UNIT_UPSERTED.type(), echoThen(subject, () -> { }));

        assertTrue(named.handle(payload, handlers), "first delivery applied");
        assertFalse(named.handle(payload, handlers), "second delivery skipped");
        assertEquals(1, outboxRows(subject));
        assertEquals(1, marks("test-once-" + subject, payload));
        assertFalse(named.handle(unitEvent(subject), Map.of()), "a type without a handler is ignored");
    }

    @Test
    void twoNamesEachApplyTheSameEventOnce() throws SQLException {
        String subject = subject();
        String payload = unitEvent(subject);
        Map<String, Consumer<EventEnvelope>> handlers = Map.of(EventTypes.UNIT_UPSERTED.type(), echoThen(subject, () -> { }));
        IdempotentConsumer first = consumer.named("test-first-" + subject);
        IdempotentConsumer second = consumer.named("test-second-" + subject);

        assertTrue(first.handle(payload, handlers));
        assertTrue(second.handle(payload, handlers), "another name has its own record");
        assertFalse(first.handle(payload, handlers));
        assertFalse(second.handle(payload, handlers));
        assertEquals(2, outboxRows(subject));
        assertEquals(1, marks("test-first-" + subject, payload));
        assertEquals(1, marks("test-second-" + subject, payload));
    }

    private static String subject() {
        return "IDEM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private String unitEvent(String code) {
        EventEnvelope attributes = EventEnvelope.create("plan-service", EventTypes.UNIT_UPSERTED, code, code, null, null);
        return codec.toJson(attributes, upserted(code));
    }

    private static UnitEvents.Upserted upserted(String code) {
        return new UnitEvents.Upserted(code, "Đơn vị thử", "SCHOOL", "PGD-TAMNONG", LocalDate.of(2020, 1, 1), null);
    }

    /** A handler whose effect is an event in the outbox (in the consumer's transaction), then {@code after}. */
    private Consumer<EventEnvelope> echoThen(String subject, Runnable after) {
        return event -> {
            outbox.publish(EventTypes.UNIT_UPSERTED, subject, subject, null, upserted(subject));
            after.run();
        };
    }

    private long marks(String consumerName, String payload) throws SQLException {
        return count("select count(*) from processed_event where consumer = ? and event_id = ?::uuid",
                consumerName, codec.parse(payload).id());
    }

    private long outboxRows(String subject) throws SQLException {
        return count("select count(*) from outbox_event where message_key = ?", subject);
    }

    private long count(String sql, String... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
