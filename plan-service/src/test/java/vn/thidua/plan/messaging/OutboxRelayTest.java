package vn.thidua.plan.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.outbox.OutboxRelay;
import vn.thidua.platform.security.UnitEvents;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The outbox relay as several replicas run it: relays racing on the same table publish every row
 * exactly once and keep each key's events in order (real PostgreSQL, real broker).
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Test
    void racingRelaysSendEveryRowOnceInKeyOrder() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        int keys = 60;
        int perKey = 5;
        // Rows of one key are written in separate transactions, interleaved with other keys, as real traffic is.
        for (int step = 0; step < perKey; step++) {
            int version = step;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int k = 0; k < keys; k++) {
                    String code = "RELAY-" + run + "-" + k;
                    outbox.publish(EventTypes.UNIT_UPSERTED, code, code, null, new UnitEvents.Upserted(code,
                            "Đơn vị thử " + version, "SCHOOL", "PGD-TAMNONG", LocalDate.of(2020, 1, 1), null));
                }
            });
        }

        ExecutorService replicas = Executors.newFixedThreadPool(3);
        List<Callable<Integer>> rounds = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            rounds.add(() -> {
                int sent = 0;
                for (int i = 0; i < 20; i++) {
                    sent += relay.relayOnce();
                }
                return sent;
            });
        }
        for (Future<Integer> round : replicas.invokeAll(rounds)) {
            round.get();
        }
        replicas.shutdown();

        String bootstrap = ThiduaTestResource.kafkaBootstrapServers();
        await().atMost(Duration.ofSeconds(30)).until(() -> mine(bootstrap, run).size() >= keys * perKey);
        List<ConsumerRecord<String, String>> records = mine(bootstrap, run);
        assertEquals(keys * perKey, records.size(), "each row exactly once");
        Map<String, List<String>> byKey = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(r -> r.value().replaceAll(".*\"name\":\"Đơn vị thử (\\d)\".*", "$1"),
                        Collectors.toList())));
        assertEquals(keys, byKey.size());
        byKey.forEach((key, versions) -> assertEquals(List.of("0", "1", "2", "3", "4"), versions, key + " in order"));
    }

    /**
     * A whole batch of one transaction with many rows per key (a bulk post amends the same subjects
     * again and again): the relay's own rounds hand them to the producer together, and each key's
     * rows still arrive in the order they were written.
     */
    @Test
    void manyRowsPerKeyInOneBatchArriveInKeyOrder() {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        int keys = 20;
        int perKey = 40;
        QuarkusTransaction.requiringNew().run(() -> {
            List<Outbox.Pending> events = new ArrayList<>();
            for (int version = 0; version < perKey; version++) {
                for (int k = 0; k < keys; k++) {
                    String code = "RELAY-" + run + "-" + k;
                    events.add(new Outbox.Pending(EventTypes.UNIT_UPSERTED, code, code, null, new UnitEvents.Upserted(code,
                            "Đơn vị thử v" + version, "SCHOOL", "PGD-TAMNONG", LocalDate.of(2020, 1, 1), null)));
                }
            }
            outbox.publishAll(events);
        });

        String bootstrap = ThiduaTestResource.kafkaBootstrapServers();
        await().atMost(Duration.ofSeconds(60)).until(() -> mine(bootstrap, run).size() >= keys * perKey);
        List<ConsumerRecord<String, String>> records = mine(bootstrap, run);
        assertEquals(keys * perKey, records.size(), "each row exactly once");
        List<String> expected = new ArrayList<>();
        for (int version = 0; version < perKey; version++) {
            expected.add(String.valueOf(version));
        }
        Map<String, List<String>> byKey = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(r -> r.value().replaceAll(".*\"name\":\"Đơn vị thử v(\\d+)\".*", "$1"),
                        Collectors.toList())));
        assertEquals(keys, byKey.size());
        byKey.forEach((key, versions) -> assertEquals(expected, versions, key + " in order"));
    }

    /**
     * Many subjects under one wider key (evaluation-service keys an evaluation's events by its cycle): the
     * rows of distinct subjects go out together, every row once, each subject's rows in the order written,
     * and all rows of a key on the key's one partition.
     */
    @Test
    void subjectsSharingAKeyKeepEachSubjectsOrderOnTheKeysPartition() {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        int keys = 3;
        int subjectsPerKey = 15;
        int perSubject = 8;
        QuarkusTransaction.requiringNew().run(() -> {
            List<Outbox.Pending> events = new ArrayList<>();
            for (int version = 0; version < perSubject; version++) {
                for (int k = 0; k < keys; k++) {
                    for (int s = 0; s < subjectsPerKey; s++) {
                        String code = "RELAY-" + run + "-S" + k + "-" + s;
                        events.add(Outbox.Pending.keyed(EventTypes.UNIT_UPSERTED, code, "RELAY-" + run + "-K" + k,
                                code, null, new UnitEvents.Upserted(code, "Đơn vị thử v" + version, "SCHOOL",
                                        "PGD-TAMNONG", LocalDate.of(2020, 1, 1), null)));
                    }
                }
            }
            outbox.publishAll(events);
        });

        String bootstrap = ThiduaTestResource.kafkaBootstrapServers();
        int total = keys * subjectsPerKey * perSubject;
        await().atMost(Duration.ofSeconds(60)).until(() -> mine(bootstrap, run).size() >= total);
        List<ConsumerRecord<String, String>> records = mine(bootstrap, run);
        assertEquals(total, records.size(), "each row exactly once");
        List<String> expected = new ArrayList<>();
        for (int version = 0; version < perSubject; version++) {
            expected.add(String.valueOf(version));
        }
        Map<String, List<String>> bySubject = records.stream().collect(Collectors.groupingBy(
                r -> r.value().replaceAll(".*\"subject\":\"([^\"]+)\".*", "$1"),
                Collectors.mapping(r -> r.value().replaceAll(".*\"name\":\"Đơn vị thử v(\\d+)\".*", "$1"),
                        Collectors.toList())));
        assertEquals(keys * subjectsPerKey, bySubject.size());
        bySubject.forEach((subject, versions) -> assertEquals(expected, versions, subject + " in order"));
        Map<String, List<Integer>> partitionsByKey = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(ConsumerRecord::partition,
                        Collectors.collectingAndThen(Collectors.toSet(), List::copyOf))));
        assertEquals(keys, partitionsByKey.size());
        partitionsByKey.forEach((key, partitions) -> assertEquals(1, partitions.size(), key + " on one partition"));
        records.forEach(r -> assertEquals(r.key(), "RELAY-" + run + "-K" + r.value()
                .replaceAll(".*\"subject\":\"RELAY-" + run + "-S(\\d+)-.*", "$1"), "the row's own key"));
    }

    static List<ConsumerRecord<String, String>> mine(String bootstrap, String run) {
        return TestKafka.readAll(bootstrap, EventTypes.UNIT_TOPIC, Duration.ofSeconds(10)).stream()
                .filter(r -> r.key().startsWith("RELAY-" + run + "-")).toList();
    }
}
