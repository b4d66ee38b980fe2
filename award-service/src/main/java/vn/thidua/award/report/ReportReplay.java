package vn.thidua.award.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.problem.ProblemException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rebuilds the reporting tables from the topics alone: empties them (and the reporting consumer's
 * processed-event records), then reads thidua.evaluation.v1 and thidua.award.v1 from the beginning
 * up to the end offsets taken after emptying, with a consumer of its own (assigned partitions, no
 * group), applying each event through the same {@link ReportingInbox} as live delivery. Events the
 * live consumer applies meanwhile are recorded, so the replay skips them; the projection does not
 * depend on the order, so the two may interleave.
 */
@ApplicationScoped
public class ReportReplay {

    private static final Logger LOG = Logger.getLogger(ReportReplay.class);
    private static final List<String> TOPICS = List.of(EventTypes.EVALUATION_TOPIC, EventTypes.AWARD_TOPIC);
    private static final int PROGRESS_EVERY = 500;

    /** What one rebuild read and applied, per topic and in all. */
    public record Result(long eventsRead, long applied, long skipped, long invalid, Map<String, Long> readPerTopic) {
    }

    private final ReportingInbox inbox;
    private final String bootstrapServers;
    private final AtomicBoolean running = new AtomicBoolean();

    public ReportReplay(ReportingInbox inbox, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.inbox = inbox;
        this.bootstrapServers = bootstrapServers;
    }

    public Result rebuild() {
        if (!running.compareAndSet(false, true)) {
            throw ProblemException.conflict("Đang dựng lại báo cáo (a rebuild is already running on this instance)");
        }
        try {
            return replay();
        } finally {
            running.set(false);
        }
    }

    private Result replay() {
        LOG.infof("Report rebuild: emptying the reporting tables and the records of consumer %s", ReportingInbox.CONSUMER);
        inbox.clear();
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        long read = 0;
        long applied = 0;
        long invalid = 0;
        Map<String, Long> perTopic = new LinkedHashMap<>();
        TOPICS.forEach(topic -> perTopic.put(topic, 0L));
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // Taken after emptying: whatever the live consumer applied before is below these offsets.
            Map<TopicPartition, Long> end = new LinkedHashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            long total = 0;
            for (TopicPartition partition : partitions) {
                long start = consumer.position(partition, Duration.ofSeconds(30));
                total += Math.max(0, end.get(partition) - start);
                if (end.get(partition) <= start) {
                    end.remove(partition);
                }
            }
            LOG.infof("Report rebuild: %d events to read from %d partitions of %s", total, partitions.size(), TOPICS);
            consumer.pause(partitions.stream().filter(p -> !end.containsKey(p)).toList());
            while (!end.isEmpty()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    Long last = end.get(partition);
                    if (last == null || record.offset() >= last) {
                        continue;
                    }
                    read++;
                    perTopic.merge(record.topic(), 1L, Long::sum);
                    try {
                        if (inbox.apply(record.value())) {
                            applied++;
                        }
                    } catch (RuntimeException e) {
                        // The live consumer sent it to the dead-letter topic already; the replay goes on.
                        invalid++;
                        LOG.warnf("Report rebuild: %s-%d@%d not applied: %s", record.topic(), record.partition(),
                                record.offset(), e.getMessage());
                    }
                    if (read % PROGRESS_EVERY == 0) {
                        LOG.infof("Report rebuild: %d of %d events read, %d applied", read, total, applied);
                    }
                }
                for (TopicPartition partition : List.copyOf(end.keySet())) {
                    if (consumer.position(partition) >= end.get(partition)) {
                        end.remove(partition);
                        consumer.pause(List.of(partition));
                    }
                }
            }
        }
        Result result = new Result(read, applied, read - applied - invalid, invalid, perTopic);
        LOG.infof("Report rebuild done: %d events read (%s), %d applied, %d skipped (other types or duplicates), "
                + "%d not applicable", read, perTopic, applied, result.skipped(), invalid);
        return result;
    }
}
