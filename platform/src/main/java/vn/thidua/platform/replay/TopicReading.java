package vn.thidua.platform.replay;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads topics from the beginning up to the end offsets taken when it starts, with a consumer of
 * its own (assigned partitions, no group, nothing committed), handing each record to the replay in
 * partition order.
 */
final class TopicReading {

    private static final Logger LOG = Logger.getLogger(TopicReading.class);
    private static final Duration METADATA_WAIT = Duration.ofSeconds(30);
    static final int PROGRESS_EVERY = 500;

    private TopicReading() {
    }

    /** Reads into {@code progress}; {@code onProgress} runs once the total is known and every {@value #PROGRESS_EVERY} records. */
    static void read(String bootstrapServers, Replayed replay, Progress progress, Runnable onProgress) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "replay-" + replay.name());
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : replay.topics()) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA_WAIT);
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new LinkedHashMap<>(consumer.endOffsets(partitions, METADATA_WAIT));
            for (TopicPartition partition : partitions) {
                long start = consumer.position(partition, METADATA_WAIT);
                progress.total += Math.max(0, end.get(partition) - start);
                if (end.get(partition) <= start) {
                    end.remove(partition);
                }
            }
            LOG.infof("Replay %s: %d records to read from %d partitions of %s", replay.name(), progress.total,
                    partitions.size(), replay.topics());
            onProgress.run();
            consumer.pause(partitions.stream().filter(p -> !end.containsKey(p)).toList());
            while (!end.isEmpty()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Long last = end.get(new TopicPartition(record.topic(), record.partition()));
                    if (last == null || record.offset() >= last) {
                        continue;
                    }
                    progress.count(record.topic(), replay.apply(record));
                    if (progress.read % PROGRESS_EVERY == 0) {
                        LOG.infof("Replay %s: %d of %d records read, %d applied", replay.name(), progress.read,
                                progress.total, progress.applied);
                        onProgress.run();
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
    }
}
