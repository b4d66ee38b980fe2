package vn.thidua.award.eligibility;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How many evaluation events wait in the broker behind the last one applied of a partition: the partition's end
 * offset now, asked of the broker, less the offset after that event. Not the consumer's {@code records-lag}
 * metric: it is as old as the partition's last fetch (none while SmallRye pauses it for a batch, and a fetch
 * taken while a bulk is still being produced says 0), and it does not count records polled but not yet handed
 * over. So a bulk whose last applied event is its partition's last has stopped arriving, whatever the consumer's
 * own gap before its next poll, and a small school's burst split over two polls is recomputed once.
 */
@ApplicationScoped
class PartitionLag {

    private static final Logger LOG = Logger.getLogger(PartitionLag.class);
    static final String CHANNEL = "evaluation-events";
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** The consumer settings an admin client needs to reach the same brokers the same way. */
    private static final List<String> CONNECTION = List.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
            CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, CommonClientConfigs.CLIENT_DNS_LOOKUP_CONFIG);

    private final KafkaClientService clients;
    private final String topic;
    /** Opened at the first question, not at start; its own client, the consumers' belong to their polling threads. */
    private Admin admin;
    private boolean stopping;

    PartitionLag(KafkaClientService clients,
            @ConfigProperty(name = "mp.messaging.incoming.evaluation-events.topic") String topic) {
        this.clients = clients;
        this.topic = topic;
    }

    /** Records of the partition at or after offset {@code next}, as the broker holds them now; empty when unknown. */
    OptionalLong behind(int partition, long next) {
        if (next < 0) {
            return OptionalLong.empty();
        }
        TopicPartition wanted = new TopicPartition(topic, partition);
        try {
            Admin client = admin();
            if (client != null) {
                long end = client.listOffsets(Map.of(wanted, OffsetSpec.latest()),
                        new ListOffsetsOptions().timeoutMs((int) TIMEOUT.toMillis())).partitionResult(wanted)
                        .get(TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS).offset();
                return OptionalLong.of(Math.max(0, end - next));
            }
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.debugf("End of partition %d unknown: %s", partition, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OptionalLong.empty();
    }

    private synchronized Admin admin() {
        if (admin == null && !stopping) {
            Map<String, Object> settings = new HashMap<>();
            for (String channel : clients.getConsumerChannels()) {
                if (!channel.equals(CHANNEL) && !channel.startsWith(CHANNEL + "$")) {
                    continue;
                }
                // With channel concurrency each consumer has a channel of its own ("evaluation-events$1", ...).
                for (KafkaConsumer<Object, Object> consumer : clients.<Object, Object>getConsumers(channel)) {
                    consumer.configuration().forEach((key, value) -> {
                        if (CONNECTION.contains(key) || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                            settings.putIfAbsent(key, value);
                        }
                    });
                }
            }
            if (settings.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
                settings.put(CommonClientConfigs.CLIENT_ID_CONFIG, "award-service-evaluation-ends");
                admin = Admin.create(settings);
            }
        }
        return admin;
    }

    synchronized void stop(@Observes ShutdownEvent event) {
        stopping = true;
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
            admin = null;
        }
    }
}
