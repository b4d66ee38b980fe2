package vn.thidua.award.eligibility;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Whether more evaluation events wait in the broker behind what this replica's consumers have polled of a
 * partition: the Kafka consumer's own {@code records-lag} metric (the partition's high watermark at the last
 * fetch less the consumer's position), read from the consumers of the channel. Metrics are safe to read from
 * another thread than the consumer's. Unknown (no such metric, not yet fetched): empty.
 */
@ApplicationScoped
class PartitionLag {

    private static final Logger LOG = Logger.getLogger(PartitionLag.class);
    static final String CHANNEL = "evaluation-events";
    private static final String TOPIC_TAG = "thidua_evaluation_v1";

    private final KafkaClientService clients;

    PartitionLag(KafkaClientService clients) {
        this.clients = clients;
    }

    /** Records of the partition not yet polled, as of the last fetch; empty when not known. */
    OptionalLong of(int partition) {
        try {
            String wanted = String.valueOf(partition);
            // With channel concurrency each consumer has a channel of its own ("evaluation-events$1", ...).
            for (String channel : clients.getConsumerChannels()) {
                if (!channel.equals(CHANNEL) && !channel.startsWith(CHANNEL + "$")) {
                    continue;
                }
                for (KafkaConsumer<Object, Object> consumer : clients.<Object, Object>getConsumers(channel)) {
                    OptionalLong lag = lag(consumer.unwrap().metrics(), wanted);
                    if (lag.isPresent()) {
                        return lag;
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.debugf("Lag of partition %d unknown: %s", partition, e.getMessage());
        }
        return OptionalLong.empty();
    }

    private static OptionalLong lag(Map<MetricName, ? extends Metric> metrics, String partition) {
        for (Map.Entry<MetricName, ? extends Metric> entry : metrics.entrySet()) {
            MetricName name = entry.getKey();
            if (name.name().equals("records-lag") && partition.equals(name.tags().get("partition"))
                    && TOPIC_TAG.equals(name.tags().get("topic"))
                    && entry.getValue().metricValue() instanceof Double value && !value.isNaN()) {
                return OptionalLong.of(value.longValue());
            }
        }
        return OptionalLong.empty();
    }
}
