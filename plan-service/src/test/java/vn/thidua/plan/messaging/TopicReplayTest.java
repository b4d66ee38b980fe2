package vn.thidua.plan.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.replay.ReplayBusyException;
import vn.thidua.platform.replay.ReplayFailedException;
import vn.thidua.platform.replay.ReplayJob;
import vn.thidua.platform.replay.Replayed;
import vn.thidua.platform.replay.TopicReplay;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.ThiduaTestResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's topic replay as replicas run it (real broker, real PostgreSQL): every record up to
 * the end offsets at the start, in partition order, once per request across runners; its state in
 * replay_job for every runner to see. A second runner built here stands for another replica.
 */
@QuarkusTest
@TestProfile(PlatformMechanismsProfile.class)
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class TopicReplayTest {

    private static final int KEYS = 6;

    @Inject
    TopicReplay runner;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyRecordUpToTheStartsEndOffsetsIsHandedInPartitionOrderAndTheJobIsDoneWithItsCounts() {
        String run = run();
        String first = topic(run, "a");
        String second = topic(run, "b");
        produce(first, 40);
        produce(second, 15);
        List<ConsumerRecord<String, String>> handed = Collections.synchronizedList(new ArrayList<>());
        Replay replay = new Replay("test-replay-" + run, List.of(first, second), record -> {
            if (handed.isEmpty()) {
                produce(first, 5); // after the start: beyond its end offsets, not read
            }
            handed.add(record);
            int seq = seq(record);
            return seq % 10 == 9 ? Replayed.Outcome.INVALID : seq % 5 == 4 ? Replayed.Outcome.SKIPPED : Replayed.Outcome.APPLIED;
        });

        ReplayJob job = runner.run(replay, "tester");

        assertEquals(55, handed.size());
        assertEquals(ReplayJob.State.DONE, job.state());
        assertEquals(55, job.total());
        assertEquals(55, job.read());
        assertEquals(4 + 1, job.invalid(), "seq 9, 19, 29, 39 of the first topic and 9 of the second");
        assertEquals(4 + 2, job.skipped(), "seq 4, 14, 24, 34 and 4, 14");
        assertEquals(55 - 5 - 6, job.applied());
        assertEquals(new LinkedHashMap<>(Map.of(first, 40L, second, 15L)), job.readPerTopic());
        assertEquals(List.of(first, second), List.copyOf(job.readPerTopic().keySet()), "in the order of the topics");
        assertEquals("tester", job.requestedBy());
        assertEquals(runner.holder(), job.holder());
        assertEquals(1, job.starts());
        assertNotNull(job.finishedAt());
        // Per partition in offset order, so per key in the order produced.
        Map<String, List<Long>> offsets = handed.stream().collect(Collectors.groupingBy(
                r -> r.topic() + "-" + r.partition(), Collectors.mapping(ConsumerRecord::offset, Collectors.toList())));
        offsets.forEach((partition, list) -> assertEquals(list.stream().sorted().toList(), list, partition));
        Map<String, List<Integer>> byKey = handed.stream().collect(Collectors.groupingBy(
                r -> r.topic() + "/" + r.key(), Collectors.mapping(TopicReplayTest::seq, Collectors.toList())));
        assertEquals(2 * KEYS, byKey.size());
        byKey.forEach((key, seqs) -> assertEquals(seqs.stream().sorted().toList(), seqs, key));

        TopicReplay otherReplica = new TopicReplay(dataSource, ThiduaTestResource.kafkaBootstrapServers(), "replica-b");
        assertEquals(Optional.of(job), otherReplica.latest(replay.name()), "the same state seen from another replica");
    }

    @Test
    void ofTwoRunnersAskedAtOnceOneRunsAndTheOtherIsRefusedAndSeesItRunning() throws Exception {
        String run = run();
        String topic = topic(run, "a");
        produce(topic, 12);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Replay replay = new Replay("test-replay-" + run, List.of(topic), record -> {
            reading.countDown();
            waitFor(release);
            return Replayed.Outcome.APPLIED;
        });
        TopicReplay otherReplica = new TopicReplay(dataSource, ThiduaTestResource.kafkaBootstrapServers(), "replica-b");
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ReplayJob>> runs = new ArrayList<>();
        for (TopicReplay replica : List.of(runner, otherReplica)) {
            runs.add(replicas.submit(() -> {
                start.await();
                return replica.run(replay, "tester-" + replica.holder());
            }));
        }
        start.countDown();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> runs.stream().anyMatch(Future::isDone));
            Future<ReplayJob> refused = runs.stream().filter(Future::isDone).findFirst().orElseThrow();
            ExecutionException busy = assertThrows(ExecutionException.class, refused::get);
            assertInstanceOf(ReplayBusyException.class, busy.getCause());
            TopicReplay loser = runs.get(0) == refused ? runner : otherReplica;
            TopicReplay winner = loser == runner ? otherReplica : runner;
            waitFor(reading);

            ReplayJob running = loser.latest(replay.name()).orElseThrow();
            assertEquals(ReplayJob.State.RUNNING, running.state());
            assertEquals(winner.holder(), running.holder());
            assertEquals(12, running.total(), "progress recorded once the end offsets are taken");
            assertEquals(Optional.empty(), loser.takeOver(replay), "held by a live runner: nothing to take over");
            assertEquals(Optional.empty(), winner.takeOver(replay), "the lock is the running session's, not the runner's");
            assertThrows(ReplayBusyException.class, () -> loser.request(replay, "tester"), "a second request is refused");

            release.countDown();
            Future<ReplayJob> ran = runs.get(0) == refused ? runs.get(1) : runs.get(0);
            ReplayJob done = ran.get(60, TimeUnit.SECONDS);
            assertEquals(ReplayJob.State.DONE, done.state());
            assertEquals(running.id(), done.id());
            assertEquals(12, done.read());
            assertEquals(1, done.starts());
        } finally {
            release.countDown();
            replicas.shutdownNow();
        }
    }

    @Test
    void aFailingHandlerFailsTheJobWithTheReasonAndANewRequestRunsAfterwards() {
        String run = run();
        String topic = topic(run, "a");
        produce(topic, 10);
        String name = "test-replay-" + run;
        Replay failing = new Replay(name, List.of(topic), record -> {
            if (seq(record) == 7) {
                throw new IllegalStateException("record 7 cannot be applied");
            }
            return Replayed.Outcome.APPLIED;
        });

        ReplayFailedException failed = assertThrows(ReplayFailedException.class, () -> runner.run(failing, "tester"));

        ReplayJob stored = runner.latest(name).orElseThrow();
        assertEquals(failed.job(), stored);
        assertEquals(ReplayJob.State.FAILED, stored.state());
        assertEquals("IllegalStateException: record 7 cannot be applied", stored.failure());
        assertTrue(stored.read() < 10, "stopped at the failure: " + stored.read());
        assertNotNull(stored.finishedAt());

        ReplayJob again = runner.run(new Replay(name, List.of(topic), record -> Replayed.Outcome.APPLIED), "tester");
        assertEquals(ReplayJob.State.DONE, again.state());
        assertTrue(again.id() > stored.id(), "a new request");
        assertEquals(10, again.applied());
    }

    @Test
    void aRequestIsRunByTheNextTakeOverAndAJobWhoseHolderDiedIsTakenOverFromTheBeginning() throws SQLException {
        String run = run();
        String topic = topic(run, "a");
        produce(topic, 9);
        List<Integer> prepared = Collections.synchronizedList(new ArrayList<>());
        Replay replay = new Replay("test-replay-" + run, List.of(topic), record -> Replayed.Outcome.APPLIED) {
            @Override
            public void prepare() {
                prepared.add(1);
            }
        };
        ReplayJob requested = runner.request(replay, "tester");
        assertEquals(ReplayJob.State.REQUESTED, requested.state());
        TopicReplay otherReplica = new TopicReplay(dataSource, ThiduaTestResource.kafkaBootstrapServers(), "replica-b");
        ReplayJob first = otherReplica.takeOver(replay).orElseThrow();
        assertEquals(ReplayJob.State.DONE, first.state());
        assertEquals("replica-b", first.holder());
        assertEquals(9, first.read());

        // A replica claimed the next request and died mid-way: its row says running, its lock went with its session.
        ReplayJob orphan = runner.request(replay, "tester");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement died = connection.prepareStatement("""
                        update replay_job set state = 'RUNNING', holder = 'dead-replica', starts = 1, started_at = now(),
                            read_count = 4, applied = 4 where id = ?""")) {
            died.setLong(1, orphan.id());
            died.executeUpdate();
        }
        ReplayJob takenOver = otherReplica.takeOver(replay).orElseThrow();
        assertEquals(orphan.id(), takenOver.id());
        assertEquals(ReplayJob.State.DONE, takenOver.state());
        assertEquals("replica-b", takenOver.holder());
        assertEquals(2, takenOver.starts());
        assertEquals(9, takenOver.read(), "read again from the beginning");
        assertEquals(2, prepared.size(), "prepared at each start");
        assertEquals(Optional.empty(), runner.takeOver(replay), "nothing left to take over");
    }

    /** A replay of the test's topics with the test's handler. */
    private static class Replay implements Replayed {

        private final String name;
        private final List<String> topics;
        private final Function<ConsumerRecord<String, String>, Outcome> handler;

        Replay(String name, List<String> topics, Function<ConsumerRecord<String, String>, Outcome> handler) {
            this.name = name;
            this.topics = topics;
            this.handler = handler;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<String> topics() {
            return topics;
        }

        @Override
        public Outcome apply(ConsumerRecord<String, String> record) {
            return handler.apply(record);
        }
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8).toLowerCase();
    }

    private static String topic(String run, String suffix) {
        String topic = "test.replay." + run + "." + suffix;
        TestKafka.createTopics(ThiduaTestResource.kafkaBootstrapServers(), 3, topic);
        return topic;
    }

    /** {@code count} records over {@value #KEYS} keys, values numbered from 0 in the order sent. */
    private static void produce(String topic, int count) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ThiduaTestResource.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (int seq = 0; seq < count; seq++) {
                producer.send(new ProducerRecord<>(topic, "key-" + seq % KEYS, String.valueOf(seq)));
            }
            producer.flush();
        }
    }

    private static int seq(ConsumerRecord<String, String> record) {
        return Integer.parseInt(record.value());
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
