import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.thidua.testing.KafkaBroker;
import vn.thidua.testing.TestKafka;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A consumer killed with -9 and started again at once: how long after it is ready (subscribed,
 * polling) does it consume again? Three group settings, the services' consumer otherwise:
 * the client default (session 45 s), a short session (10 s, heartbeat 3 s: what the services use),
 * static membership (group.instance.id kept across the restart, session 45 s). And their cost: how
 * long a surviving member of the group waits before it takes over the partitions of one that died
 * for good. Broker in this JVM (testing's KafkaBroker), consumers in child JVMs, a record every 50 ms
 * on a 3-partition topic. Usage: ConsumerRecoveryBench [repetitions]
 */
public class ConsumerRecoveryBench {

    record Mode(String name, int sessionMs, boolean staticMember) {
    }

    static final List<Mode> MODES = List.of(new Mode("default-session-45s", 45_000, false),
            new Mode("short-session-10s", 10_000, false), new Mode("static-membership-45s", 45_000, true));

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("consume")) {
            consume(args[1], args[2], args[3], Integer.parseInt(args[4]), args[5]);
            return;
        }
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path dir = Files.createTempDirectory("thidua-recovery-kafka-");
        try (KafkaBroker broker = KafkaBroker.start(dir, 0, 0)) {
            String bootstrap = broker.bootstrapServers();
            String topic = "thidua.bench.recovery";
            TestKafka.createTopics(bootstrap, 3, topic);
            AtomicBoolean producing = new AtomicBoolean(true);
            Thread producer = new Thread(() -> produce(bootstrap, topic, producing), "producer");
            producer.setDaemon(true);
            producer.start();
            say("broker %s, topic %s (3 partitions), a record every 50 ms, %d repetitions per mode", bootstrap, topic, repetitions);
            for (Mode mode : MODES) {
                for (int r = 1; r <= repetitions; r++) {
                    restart(bootstrap, topic, mode, r);
                }
            }
            for (Mode mode : MODES) {
                takeover(bootstrap, topic, mode);
            }
            producing.set(false);
        }
    }

    /** kill -9 of the only consumer, started again at once with the same settings. */
    static void restart(String bootstrap, String topic, Mode mode, int repetition) throws Exception {
        String group = "recovery-" + mode.name() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = mode.staticMember() ? group + "-instance-1" : "-";
        Child first = Child.start(bootstrap, topic, group, mode.sessionMs(), instance);
        first.awaitRecords(20, Duration.ofSeconds(120));
        long killedAt = System.nanoTime();
        first.kill();
        Child second = Child.start(bootstrap, topic, group, mode.sessionMs(), instance);
        long readyAt = second.awaitReady(Duration.ofSeconds(60));
        long resumedAt = second.awaitRecords(1, Duration.ofSeconds(120));
        second.kill();
        say("%s #%d: kill -9 -> ready %.1f s, ready -> consuming again %.1f s (kill -> consuming %.1f s)", mode.name(),
                repetition, seconds(readyAt - killedAt), seconds(resumedAt - readyAt), seconds(resumedAt - killedAt));
    }

    /** The cost: two members; one dies for good; when does the other receive records of every partition again? */
    static void takeover(String bootstrap, String topic, Mode mode) throws Exception {
        String group = "takeover-" + mode.name() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Child a = Child.start(bootstrap, topic, group, mode.sessionMs(), mode.staticMember() ? group + "-a" : "-");
        Child b = Child.start(bootstrap, topic, group, mode.sessionMs(), mode.staticMember() ? group + "-b" : "-");
        a.awaitRecords(10, Duration.ofSeconds(120));
        b.awaitRecords(10, Duration.ofSeconds(120));
        Thread.sleep(1_000);
        long killedAt = System.nanoTime();
        b.kill();
        a.partitions.clear();
        long all = a.awaitPartitions(3, Duration.ofSeconds(180));
        a.kill();
        say("%s takeover: a member killed for good, the survivor has all 3 partitions %.1f s later", mode.name(),
                seconds(all - killedAt));
    }

    static void produce(String bootstrap, String topic, AtomicBoolean producing) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (long i = 0; producing.get(); i++) {
                producer.send(new ProducerRecord<>(topic, "key-" + (i % 30), "value-" + i));
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The child: a consumer configured as the services' (earliest, auto commit), printing what it consumes. */
    static void consume(String bootstrap, String topic, String group, int sessionMs, String instance) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, sessionMs);
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Math.min(3_000, sessionMs / 3));
        if (!instance.equals("-")) {
            props.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instance);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            System.out.println("READY");
            System.out.flush();
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    System.out.println("RECORD " + record.partition() + " " + record.offset());
                }
                System.out.flush();
            }
        }
    }

    static final class Child {
        final Process process;
        final BlockingQueue<Long> ready = new LinkedBlockingQueue<>();
        final BlockingQueue<Long> records = new LinkedBlockingQueue<>();
        final Set<Integer> partitions = java.util.concurrent.ConcurrentHashMap.newKeySet();

        Child(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        long now = System.nanoTime();
                        if (line.equals("READY")) {
                            ready.add(now);
                        } else if (line.startsWith("RECORD ")) {
                            partitions.add(Integer.parseInt(line.split(" ")[1]));
                            records.add(now);
                        }
                    }
                } catch (Exception e) {
                    // the child was killed
                }
            }, "child-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(String bootstrap, String topic, String group, int sessionMs, String instance) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), "ConsumerRecoveryBench", "consume", bootstrap, topic, group,
                    String.valueOf(sessionMs), instance));
            return new Child(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }

        long awaitReady(Duration wait) throws InterruptedException {
            Long at = ready.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (at == null) {
                throw new IllegalStateException("child not ready");
            }
            return at;
        }

        /** Waits for n more records; answers when the first of them arrived. */
        long awaitRecords(int n, Duration wait) throws InterruptedException {
            long first = 0;
            for (int i = 0; i < n; i++) {
                Long at = records.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
                if (at == null) {
                    throw new IllegalStateException("child consumed nothing within " + wait);
                }
                if (i == 0) {
                    first = at;
                }
            }
            return first;
        }

        long awaitPartitions(int n, Duration wait) throws InterruptedException {
            long deadline = System.nanoTime() + wait.toNanos();
            while (partitions.size() < n) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("partitions not taken over within " + wait);
                }
                Long at = records.poll(100, TimeUnit.MILLISECONDS);
                if (at != null && partitions.size() >= n) {
                    return at;
                }
            }
            return System.nanoTime();
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL on Linux
            process.waitFor();
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
