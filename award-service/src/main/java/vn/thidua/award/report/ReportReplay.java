package vn.thidua.award.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.replay.ReplayBusyException;
import vn.thidua.platform.replay.ReplayJob;
import vn.thidua.platform.replay.Replayed;
import vn.thidua.platform.replay.TopicReplay;

import java.util.List;
import java.util.Map;

/**
 * Rebuilds the reporting tables from the topics alone, through platform's {@link TopicReplay} (one
 * rebuild at a time across replicas, its state in {@code replay_job}): empties them (and the reporting
 * consumer's processed-event records), then reads thidua.evaluation.v1 and thidua.award.v1 from the
 * beginning up to the end offsets taken after emptying, applying each event through the same
 * {@link ReportingInbox} as live delivery. Events the live consumer applies meanwhile are recorded, so
 * the replay skips them; the projection does not depend on the order, so the two may interleave.
 */
@ApplicationScoped
public class ReportReplay implements Replayed {

    private static final Logger LOG = Logger.getLogger(ReportReplay.class);
    private static final List<String> TOPICS = List.of(EventTypes.EVALUATION_TOPIC, EventTypes.AWARD_TOPIC);

    /** What one rebuild read and applied, per topic and in all. */
    public record Result(long eventsRead, long applied, long skipped, long invalid, Map<String, Long> readPerTopic) {
    }

    private final ReportingInbox inbox;
    private final TopicReplay replay;

    ReportReplay(ReportingInbox inbox, TopicReplay replay) {
        this.inbox = inbox;
        this.replay = replay;
    }

    Result rebuild(String requestedBy) {
        try {
            ReplayJob job = replay.run(this, requestedBy);
            return new Result(job.read(), job.applied(), job.skipped(), job.invalid(), job.readPerTopic());
        } catch (ReplayBusyException e) {
            throw ReportProblems.rebuildRunning();
        }
    }

    @Override
    public String name() {
        return ReportingInbox.CONSUMER;
    }

    @Override
    public List<String> topics() {
        return TOPICS;
    }

    @Override
    public void prepare() {
        LOG.infof("Report rebuild: emptying the reporting tables and the records of consumer %s", ReportingInbox.CONSUMER);
        inbox.clear();
    }

    @Override
    public Outcome apply(ConsumerRecord<String, String> record) {
        try {
            return inbox.apply(record.value()) ? Outcome.APPLIED : Outcome.SKIPPED;
        } catch (RuntimeException e) {
            // The live consumer sent it to the dead-letter topic already; the replay goes on.
            LOG.warnf("Report rebuild: %s-%d@%d not applied: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return Outcome.INVALID;
        }
    }
}
