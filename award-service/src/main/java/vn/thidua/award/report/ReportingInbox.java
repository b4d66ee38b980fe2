package vn.thidua.award.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.consumer.IdempotentConsumer;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventEnvelope;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Applies an evaluation or award event to the reporting tables once, for live delivery and replay
 * alike. Processed events are recorded under their own consumer name, {@value #CONSUMER}: the
 * eligibility consumer of this service reads the same evaluation events under the service's name.
 */
@ApplicationScoped
public class ReportingInbox {

    public static final String CONSUMER = "award-reporting";

    private final IdempotentConsumer consumer;
    private final ReportTables tables;
    private final Map<String, Consumer<EventEnvelope>> handlers;

    public ReportingInbox(IdempotentConsumer consumer, EventCodec codec, ReportTables tables) {
        this.consumer = consumer.named(CONSUMER);
        this.tables = tables;
        ReportProjection projection = new ReportProjection(codec);
        this.handlers = ReportProjection.TYPES.stream().collect(Collectors.toUnmodifiableMap(type -> type,
                type -> event -> projection.apply(event, tables)));
    }

    /**
     * @return true when applied, false for a duplicate or a type the reports do not read. Not {@code @Transactional}:
     * the consumer opens the transaction (or joins a replay's), so that it can retry while the database is down.
     */
    public boolean apply(String payload) {
        return consumer.handle(payload, handlers);
    }

    /** {@link #apply} for a poll's payloads, in the caller's transaction: each applied once, in their order. */
    public int applyAll(List<String> payloads) {
        return consumer.handleAll(payloads, handlers);
    }

    /** Forgets every applied event and empties the reporting tables, before a replay. */
    @Transactional
    public void clear() {
        tables.clear(CONSUMER);
    }
}
