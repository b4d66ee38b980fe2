package vn.thidua.award.report;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The reporting consumer: evaluation and award events in, under its own consumer group
 * (award-reporting), each applied once to the reporting tables; poison to its dead-letter topics.
 */
@ApplicationScoped
public class ReportingConsumer {

    private final ReportingInbox inbox;

    public ReportingConsumer(ReportingInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("reporting-evaluation-events")
    @Blocking
    public void onEvaluationEvent(String payload) {
        inbox.apply(payload);
    }

    @Incoming("reporting-award-events")
    @Blocking
    public void onAwardEvent(String payload) {
        inbox.apply(payload);
    }
}
