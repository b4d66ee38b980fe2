package vn.thidua.platform.consumer;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;
import vn.thidua.platform.PlatformConfig;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

/**
 * The consumers' failure strategy ({@code failure-strategy=thidua-dead-letter}): a record whose processing failed goes
 * to the dead-letter topic {@code <record's topic>.dlq.<consumer-group>} (one rule, also for a channel of several
 * topics; a channel's {@code dead-letter-queue.topic} overrides it, none of ours sets one) with
 * SmallRye's dead-letter headers ({@link DeadLetterRecords}), and is acknowledged only once the broker has the dead
 * letter. SmallRye's own {@code dead-letter-queue} strategy opens a producer per channel at start (issue 15: 8 of
 * award-service's 17 Kafka clients, for records that almost never fail); here ONE producer serves every channel of the
 * service and is opened at the first failure. Idempotent and acks=all, as the outbox relay: a dead letter is the
 * only copy of the event the consumer will ever have.
 */
@ApplicationScoped
@Identifier(DeadLetters.STRATEGY)
public class DeadLetters implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "thidua-dead-letter";
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final String clientId;
    private Producer<byte[], byte[]> producer;
    private ExecutorService sender;
    private boolean closed;

    public DeadLetters(PlatformConfig config) {
        this.clientId = config.serviceName() + "-dead-letters";
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        Map<String, ?> consumerConfig = consumer.configuration();
        Optional<String> topic = config.getDeadLetterQueueTopic();
        Object group = consumerConfig.get(ConsumerConfig.GROUP_ID_CONFIG);
        Serializer<Object> keys = serializer(config.getDeadLetterQueueKeySerializer(),
                consumerConfig.get(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG),
                consumerConfig, true);
        Serializer<Object> values = serializer(config.getDeadLetterQueueValueSerializer(),
                consumerConfig.get(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG),
                consumerConfig, false);
        return new Channel(config.getChannel(), topic, String.valueOf(group), keys, values, consumerConfig,
                reportFailure);
    }

    /** The shared producer, opened by the first dead letter of any channel with that channel's connection settings. */
    synchronized Producer<byte[], byte[]> producer(Map<String, ?> consumerConfig) {
        if (closed) {
            throw new IllegalStateException("The service is stopping: no dead letter can be sent");
        }
        if (producer == null) {
            Map<String, Object> settings = new HashMap<>();
            consumerConfig.forEach((name, value) -> {
                if (name.equals(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG) || name.startsWith("security.")
                        || name.startsWith("sasl.") || name.startsWith("ssl.")) {
                    settings.put(name, value);
                }
            });
            settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
            settings.put(ProducerConfig.ACKS_CONFIG, "all");
            settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producer = new KafkaProducer<>(settings);
            LOG.infof("Dead-letter producer %s opened", clientId);
        }
        return producer;
    }

    /**
     * Sends from a thread of its own: a failure handler may run on the event loop, and the first send to a dead-letter
     * topic waits for its metadata (the broker creates the topic). One thread keeps each channel's dead letters in order.
     */
    synchronized void submit(Runnable send) {
        if (closed) {
            throw new IllegalStateException("The service is stopping: no dead letter can be sent");
        }
        if (sender == null) {
            sender = Executors.newSingleThreadExecutor(work -> {
                Thread thread = new Thread(work, "dead-letters");
                thread.setDaemon(true);
                return thread;
            });
        }
        sender.execute(send);
    }

    @PreDestroy
    synchronized void close() {
        closed = true;
        if (sender != null) {
            sender.shutdown();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
            producer = null;
        }
    }

    /**
     * The serializer mirroring the channel's deserializer, as SmallRye's strategy chooses it: the channel's
     * {@code dead-letter-queue.key.serializer} / {@code value.serializer}, else the deserializer's name with
     * Serializer for Deserializer, else strings.
     */
    @SuppressWarnings("unchecked")
    static Serializer<Object> serializer(Optional<String> configured, Object deserializer, Map<String, ?> settings,
            boolean key) {
        String name = configured.orElseGet(() -> deserializer == null ? "org.apache.kafka.common.serialization.StringSerializer"
                : (deserializer instanceof Class<?> type ? type.getName() : deserializer.toString())
                        .replace("Deserializer", "Serializer"));
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Serializer<Object> serializer = (Serializer<Object>) Class.forName(name, true,
                    loader != null ? loader : DeadLetters.class.getClassLoader()).getDeclaredConstructor().newInstance();
            serializer.configure(settings, key);
            return serializer;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("Cannot create the dead-letter serializer " + name, e);
        }
    }

    /** One channel's handler: its dead-letter topic and serializers, the service's producer. */
    private final class Channel implements KafkaFailureHandler {

        private final String channel;
        private final Optional<String> topic;
        private final String group;
        private final Serializer<Object> keys;
        private final Serializer<Object> values;
        private final Map<String, ?> consumerConfig;
        private final BiConsumer<Throwable, Boolean> reportFailure;

        Channel(String channel, Optional<String> topic, String group, Serializer<Object> keys,
                Serializer<Object> values, Map<String, ?> consumerConfig, BiConsumer<Throwable, Boolean> reportFailure) {
            this.channel = channel;
            this.topic = topic;
            this.group = group;
            this.keys = keys;
            this.values = values;
            this.consumerConfig = consumerConfig;
            this.reportFailure = reportFailure;
        }

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            CompletableFuture<Void> sent = new CompletableFuture<>();
            String topic = this.topic.orElseGet(() -> record.getTopic() + ".dlq." + group);
            try {
                ProducerRecord<byte[], byte[]> dead = DeadLetterRecords.of(topic, record.getTopic(),
                        record.getPartition(), record.getOffset(), keys.serialize(topic, record.getKey()),
                        values.serialize(topic, record.getPayload()), record.getHeaders(), reason);
                LOG.warnf("Channel %s: %s-%d@%d to the dead-letter topic %s: %s", channel, record.getTopic(),
                        record.getPartition(), record.getOffset(), topic, DeadLetterRecords.message(reason));
                submit(() -> {
                    try {
                        producer(consumerConfig).send(dead, (written, error) -> {
                            if (error == null) {
                                sent.complete(null);
                            } else {
                                sent.completeExceptionally(error);
                            }
                        });
                    } catch (RuntimeException e) {
                        sent.completeExceptionally(e);
                    }
                });
            } catch (RuntimeException e) {
                sent.completeExceptionally(e);
            }
            // Acknowledged (its offset may be committed) only after the broker has the dead letter.
            return Uni.createFrom().completionStage(sent.thenCompose(done -> record.ack()))
                    .onFailure().invoke(error -> {
                        LOG.errorf(error, "Channel %s: the dead letter of %s-%d@%d was not written", channel,
                                record.getTopic(), record.getPartition(), record.getOffset());
                        reportFailure.accept(error, false);
                    })
                    .emitOn(record::runOnMessageContext);
        }
    }
}
