package vn.thidua.system;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.thidua.testing.TestKafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16 item 5: kill -9 of each service and a restart of PostgreSQL (a cluster of the test's own, never the
 * shared one) in the middle of a bulk load and of the council → nomination → decision flow. One school goes
 * through the faults, another through the same steps without any; their counts must be equal, every outbox
 * drained, every finalized event applied exactly once by each consumer. Then a poison record on every consumed
 * topic lands in its dead-letter topic with the reason while later events still flow. Profile {@code -Pfaults}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    static final int STAFF = 60;
    static final int BATCHES = 6;

    static DedicatedPostgres pg;
    static ThreeServices system;
    static SchoolYearFlow calm;
    static SchoolYearFlow faulted;

    @BeforeAll
    static void start() throws Exception {
        system = new ThreeServices("faultsit");
        Files.createDirectories(system.work().getParent());
        pg = new DedicatedPostgres(system.work().getParent().resolve("faultsit-pg"), system.work().getParent()
                .resolve("faultsit-pg-logs")).start();
        system.start(pg.target(), pg::recreateDatabase);
        calm = new SchoolYearFlow(system, "TH-TRAMCHIM1", STAFF);
        faulted = new SchoolYearFlow(system, "TH-TRAMCHIM2", STAFF);
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
        if (pg != null) {
            pg.stop();
        }
    }

    @Test
    @Order(1)
    void aBulkLoadThroughKillsAndAPostgresRestartEndsAsTheRunWithoutFaults() throws Exception {
        calm.planAndStaff();
        for (int batch = 0; batch < BATCHES; batch++) {
            calm.bulk(batch, BATCHES);
        }
        faulted.planAndStaff();
        long start = System.nanoTime();
        faulted.bulk(0, BATCHES);
        system.kill("evaluation");           // kill -9 right after a post: its finalized events wait in the outbox
        system.restart("evaluation");
        faulted.bulk(0, BATCHES);            // the client's retry of an applied post: answered from its key
        faulted.bulk(1, BATCHES);
        system.kill("award");                // while it consumes the finalized events of two batches
        faulted.bulk(2, BATCHES);
        system.restart("award");
        pg.restart();                        // every connection of the three services breaks
        faulted.bulk(3, BATCHES);
        system.kill("plan");
        faulted.bulk(4, BATCHES);
        system.restart("plan");
        pg.stop();                           // down while a post is on its way: retried until it is back
        java.util.concurrent.CompletableFuture<Void> lastBatch = java.util.concurrent.CompletableFuture.runAsync(
                () -> faulted.bulk(5, BATCHES));
        Thread.sleep(3000);
        pg.start();
        lastBatch.get();
        calm.awaitEligibility();
        faulted.awaitEligibility();
        System.out.printf("FAULTS bulk: %d staff in %d batches through 3 kills and 2 PostgreSQL outages, all eligible"
                + " after %d s%n", STAFF, BATCHES, (System.nanoTime() - start) / 1_000_000_000);
        awaitOutboxesDrained();
        assertEquals(calm.eligibility(), faulted.eligibility(), "titles per staff code, without and with faults");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(calm.report().getRatings(),
                faulted.report().getRatings(), "the office's counts by rating"));
        assertEquals(STAFF, finalizedEvents(faulted.cycleId).size(), "one finalized event per staff member, none twice");
        assertEachAppliedOnce(finalizedEvents(faulted.cycleId), "award-service", "award-reporting");
        assertEachAppliedOnce(finalizedEvents(calm.cycleId), "award-service", "award-reporting");
    }

    @Test
    @Order(2)
    void theCouncilToDecisionFlowThroughKillsAndAPostgresRestartEndsAsTheRunWithoutFaults() throws Exception {
        calm.council();
        calm.ballots();
        calm.nominate();
        calm.decide();

        faulted.council();
        system.kill("award");                // between the opening and the ballots
        system.restart("award");
        faulted.ballots();
        pg.restart();                        // between the council's proposal and the nomination
        faulted.nominate();
        faulted.decide();
        system.kill("award");                // the decided event written, perhaps not yet published
        system.restart("award");
        system.kill("evaluation");
        system.restart("evaluation");
        awaitOutboxesDrained();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertEquals(1L, ldtt(faulted), "one title decided, counted once");
            assertEquals(calm.report().getAwards(), faulted.report().getAwards());
        });
        try (Connection award = system.connect("award")) {
            assertEquals(1, count(award, "select count(*) from outbox_event where event_type like '%.decided.v1'"
                    + " and payload like ?", "%" + faulted.decisionId + "%"), "one decided event for the decision");
        }
        System.out.printf("FAULTS council → decision: decided once through 3 kills and a PostgreSQL restart%n");
    }

    @Test
    @Order(3)
    void aPoisonRecordOnEveryConsumedTopicIsDeadLetteredWithItsReasonAndLaterEventsStillFlow() throws Exception {
        Map<String, String> deadLetters = deadLetterTopics();
        for (String topic : new java.util.TreeSet<>(deadLetters.values())) {
            TestKafka.send(system.bootstrapServers(), topic, "poison-" + topic, "{ this is not an event");
        }
        for (Map.Entry<String, String> dlq : deadLetters.entrySet()) {
            String key = "poison-" + dlq.getValue();
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                records.clear();
                records.addAll(TestKafka.readAll(system.bootstrapServers(), dlq.getKey(), Duration.ofSeconds(5)));
                return records.stream().anyMatch(r -> key.equals(r.key()));
            });
            ConsumerRecord<String, String> poison = records.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
            var reason = poison.headers().lastHeader("dead-letter-reason");
            assertTrue(reason != null && reason.value().length > 0, dlq.getKey() + " carries the reason");
            System.out.printf("FAULTS poison on %s → %s, reason: %s%n", dlq.getValue(), dlq.getKey(),
                    new String(reason.value(), StandardCharsets.UTF_8));
        }
        // Later events on the same topics still flow: a new school year of the faulted school, end to end
        SchoolYearFlow later = new SchoolYearFlow(system, "THCS-TRAMCHIM", 10);
        later.planAndStaff();                 // plan.v1 → evaluation-service
        later.bulk(0, 1);                     // evaluation.v1 → award-service and award-reporting
        later.awaitEligibility();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertEquals(10L, later.report().getRated()));
        later.council();
        later.ballots();
        later.nominate();
        later.decide();                       // award.v1 → award-reporting
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertEquals(1L, ldtt(later)));
    }

    static long ldtt(SchoolYearFlow school) throws Exception {
        Map<String, Long> awards = school.report().getAwards();
        return awards == null ? 0 : awards.getOrDefault("LDTT", 0L);
    }

    /**
     * Dead-letter topic → the topic it guards, from the services' configuration: every consumed topic of every
     * channel, {@code <topic>.dlq.<group>} (platform DeadLetters).
     */
    static Map<String, String> deadLetterTopics() throws Exception {
        Map<String, String> topics = new TreeMap<>();
        for (String service : ThreeServices.SERVICES) {
            Properties config = new Properties();
            try (var in = Files.newInputStream(ThreeServices.ROOT.resolve(service
                    + "-service/src/main/resources/application.properties"))) {
                config.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String name : config.stringPropertyNames()) {
                if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".failure-strategy")) {
                    String channel = name.substring(0, name.length() - ".failure-strategy".length());
                    String group = config.getProperty(channel + ".group.id");
                    String consumed = config.getProperty(channel + ".topic", config.getProperty(channel + ".topics"));
                    for (String topic : consumed.split(",")) {
                        topics.put(topic.trim() + ".dlq." + group, topic.trim());
                    }
                }
            }
        }
        assertFalse(topics.isEmpty());
        return topics;
    }

    static void awaitOutboxesDrained() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            long unsent = 0;
            for (String service : ThreeServices.SERVICES) {
                try (Connection connection = system.connect(service)) {
                    unsent += Fingerprints.unsent(connection);
                }
            }
            return unsent == 0;
        });
    }

    /** The ids of the cycle's finalized events in evaluation-service's outbox. */
    static List<String> finalizedEvents(String cycleId) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection evaluation = system.connect("evaluation");
                PreparedStatement select = evaluation.prepareStatement("select event_id::text from outbox_event"
                        + " where event_type like '%.finalized.v1' and payload like ?")) {
            select.setString(1, "%" + cycleId + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /** Every event id recorded exactly once by each of the consumers (processed_event's key forbids twice). */
    static void assertEachAppliedOnce(List<String> eventIds, String... consumers) throws Exception {
        try (Connection award = system.connect("award")) {
            for (String consumer : consumers) {
                PreparedStatement select = award.prepareStatement("select count(*) from processed_event"
                        + " where consumer = ? and event_id::text = any (?)");
                select.setString(1, consumer);
                select.setArray(2, award.createArrayOf("text", eventIds.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    assertEquals(eventIds.size(), rows.getInt(1), consumer + " applied each finalized event once");
                }
            }
        }
    }

    static long count(Connection connection, String sql, String parameter) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
