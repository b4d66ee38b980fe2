package vn.thidua.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.PlatformConfig;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventEnvelope;
import vn.thidua.platform.events.EventType;
import vn.thidua.platform.jdbc.CopyRows;
import vn.thidua.platform.problem.ProblemException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes events into the outbox table in the caller's transaction, so the state change and its
 * events commit or roll back together. {@link OutboxRelay} publishes the rows afterwards.
 *
 * <p>An honest producer: every event is checked against its contract and against the broker's size
 * limit before anything is written ({@link OutboxChecks}); a failing one throws a problem (422 naming
 * the field, 413 for the size), so the request fails and its transaction writes nothing, instead of
 * publishing what consumers dead-letter or what the broker never takes.
 */
@ApplicationScoped
public class Outbox {

    /** From this many events on, {@link #prepare} encodes and checks them in parallel (a bulk post's thousands). */
    private static final int PARALLEL_FROM = 256;

    private final AgroalDataSource dataSource;
    private final EventCodec codec;
    private final PlatformConfig config;

    public Outbox(AgroalDataSource dataSource, EventCodec codec, PlatformConfig config) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.config = config;
    }

    /**
     * One event to write. {@code subject} is the aggregate id; {@code key} the Kafka key, which chooses the
     * partition: the subject itself unless a wider aggregate is given ({@link #keyed}). The relay keeps each
     * subject's events in order either way; a wider key also keeps one key's events in one partition (and one
     * consumer), so that a heavy key fills one partition instead of queueing ahead of everyone in all of them.
     */
    public record Pending(EventType type, String subject, String key, String unit, String schoolYear, Object data) {

        /** Keyed by its subject. */
        public Pending(EventType type, String subject, String unit, String schoolYear, Object data) {
            this(type, subject, subject, unit, schoolYear, data);
        }

        /** Keyed by {@code key} (for example an evaluation's cycle), the subject staying the aggregate id. */
        public static Pending keyed(EventType type, String subject, String key, String unit, String schoolYear,
                Object data) {
            return new Pending(type, subject, key, unit, schoolYear, data);
        }
    }

    /** Records one event; answers its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String publish(EventType type, String subject, String unit, String schoolYear, Object data) {
        return publishAll(List.of(new Pending(type, subject, unit, schoolYear, data))).get(0);
    }

    /**
     * Records many events with one {@code COPY} (bulk posting writes thousands at once); answers
     * their ids in order. Every event is encoded and checked before the first row is written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> publishAll(List<Pending> events) {
        return write(prepare(events));
    }

    /** Events encoded as envelopes and checked, ready for {@link #write}. */
    public static final class Prepared {
        private final List<Pending> events;
        private final List<Encoded> encoded;

        private Prepared(List<Pending> events, List<Encoded> encoded) {
            this.events = events;
            this.encoded = encoded;
        }

        public int size() {
            return events.size();
        }
    }

    private record Encoded(String id, String payload) {
    }

    /**
     * Encodes each event into its envelope and checks it ({@link OutboxChecks}); throws the first failing
     * event's problem, in list order. CPU only (no connection, no transaction), so a caller may run it on
     * another thread beside its own writes; a large list is encoded on every core.
     */
    public Prepared prepare(List<Pending> events) {
        OutboxChecks checks = new OutboxChecks(config.outbox().maxEventBytes());
        IntStream indexes = IntStream.range(0, events.size());
        // Each event is independent: the mapper and the compiled schemas are thread safe.
        List<Object> results = (events.size() >= PARALLEL_FROM ? indexes.parallel() : indexes)
                .mapToObj(i -> encode(events.get(i), checks)).toList();
        List<Encoded> encoded = new ArrayList<>(results.size());
        for (Object result : results) {
            if (result instanceof ProblemException problem) {
                throw problem;
            }
            encoded.add((Encoded) result);
        }
        return new Prepared(events, encoded);
    }

    /** The encoded event, or the problem that refuses it (kept, so that the first in order is thrown). */
    private Object encode(Pending event, OutboxChecks checks) {
        EventEnvelope attributes = EventEnvelope.create(config.serviceName(), event.type(), event.subject(),
                event.unit(), event.schoolYear(), null);
        // Checked as the tree it is written from: the same document as the text, without parsing it back.
        JsonNode envelope = codec.toTree(attributes, event.data());
        String payload = codec.write(envelope);
        try {
            checks.check(event.type().type(), payload, envelope);
        } catch (ProblemException problem) {
            return problem;
        }
        return new Encoded(attributes.id(), payload);
    }

    /** Writes prepared events with one {@code COPY} in the caller's transaction; answers their ids in order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> write(Prepared prepared) {
        List<String> ids = new ArrayList<>(prepared.events.size());
        if (prepared.events.isEmpty()) {
            return ids;
        }
        // The connection is the transaction's own (Agroal enlists it), shared with Hibernate.
        try (Connection connection = dataSource.getConnection()) {
            CopyRows.into(connection, "outbox_event",
                    List.of("event_id", "topic", "message_key", "event_type", "payload", "slot"), rows -> {
                        for (int i = 0; i < prepared.events.size(); i++) {
                            Pending event = prepared.events.get(i);
                            Encoded encoded = prepared.encoded.get(i);
                            rows.row(encoded.id(), event.type().topic(), event.key(), event.type().type(),
                                    encoded.payload(), OutboxRelay.slotOf(event.key()));
                            ids.add(encoded.id());
                        }
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write " + prepared.events.size() + " events to the outbox", e);
        }
        return ids;
    }
}
