package vn.thidua.award.eligibility;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.ThiduaTestResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.award.eligibility.EligibilityBatchTest.awaitCurrent;
import static vn.thidua.award.eligibility.EligibilityFlowTest.SCHOOL;
import static vn.thidua.award.eligibility.EligibilityFlowTest.YEAR;

/**
 * The end of a bulk as the broker says it (issue 15, head of line): how many events wait in a partition behind
 * the last one applied, and a bulk's recomputation held while any do and started once none do, instead of a
 * fixed quiet time after its last batch.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class BulkEndTest {

    static final String FINALIZED_AT = "2025-05-26T09:00:00Z";

    @Inject
    PartitionLag lag;

    @Inject
    CycleRecomputer recomputer;

    @Inject
    EligibilityService eligibility;

    @BeforeAll
    static void units() {
        AwardApi.units();
    }

    @BeforeEach
    void unitTreeKnown() {
        AwardApi.awaitUnitTree();
    }

    @Test
    void theBrokerSaysHowManyEventsWaitBehindTheLastApplied() throws Exception {
        UUID cycle = UUID.randomUUID();
        List<RecordMetadata> sent = new ArrayList<>();
        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = 0; i < 3; i++) {
                ProducerRecord<String, String> record = new ProducerRecord<>(AwardApi.EVALUATION_TOPIC, 3,
                        cycle.toString(), Finalized.of(cycle, SCHOOL, YEAR, FINALIZED_AT).json());
                record.headers().add(TestKafka.CONTENT_TYPE_HEADER,
                        TestKafka.CLOUDEVENTS_JSON.getBytes(StandardCharsets.UTF_8));
                sent.add(producer.send(record).get());
            }
        }
        awaitCurrent(cycle, 3);
        long first = sent.get(0).offset();
        long last = sent.get(2).offset();
        // Nothing else is produced to partition 3 by this test class.
        assertEquals(OptionalLong.of(0), lag.behind(3, last + 1), "none behind the partition's last event");
        assertEquals(OptionalLong.of(2), lag.behind(3, first + 1), "two behind the first of three");
        assertEquals(OptionalLong.empty(), lag.behind(3, -1), "an unknown offset: unknown");
    }

    @Test
    void aBulkWaitsWhileEventsAreBehindItAndIsRecomputedOnceNoneAre() {
        UUID cycle = UUID.randomUUID();
        AwardApi.send(cycle, Finalized.of(cycle, SCHOOL, YEAR, FINALIZED_AT).json());
        assertEquals(1, awaitCurrent(cycle, 1).getInt("[0].computations"));
        // As if a bulk's batch had just been applied, with events still in the broker behind it.
        QuarkusTransaction.requiringNew().run(() -> eligibility.markStale(
                List.of(new EligibilityService.Touched(cycle, SCHOOL, YEAR, null))));
        AtomicLong behind = new AtomicLong(40);
        AtomicInteger asked = new AtomicInteger();
        recomputer.afterBatch(Set.of(cycle), true, () -> {
            asked.incrementAndGet();
            return OptionalLong.of(behind.get());
        });
        assertTrue(recomputer.waiting(cycle));
        await().atMost(Duration.ofSeconds(30)).until(() -> asked.get() >= 2);
        assertTrue(recomputer.waiting(cycle), "still waiting: events are behind it");
        assertEquals(1, computations(cycle), "not recomputed while events are behind it");

        behind.set(0);
        await().atMost(Duration.ofSeconds(30)).until(() -> computations(cycle) == 2);
        assertFalse(recomputer.waiting(cycle));
        assertTrue(EligibilityBatchTest.cycle(cycle).getBoolean("[0].current"));
    }

    private static int computations(UUID cycle) {
        return QuarkusTransaction.requiringNew().call(() -> EligibilityCycle.<EligibilityCycle>findById(cycle)
                .computations);
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, AwardApi.kafka());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
