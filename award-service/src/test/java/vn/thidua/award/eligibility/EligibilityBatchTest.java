package vn.thidua.award.eligibility;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.award.rules.Title;
import vn.thidua.contracts.Rating;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.award.eligibility.EligibilityFlowTest.SCHOOL;
import static vn.thidua.award.eligibility.EligibilityFlowTest.YEAR;

/**
 * Issue 15 item 1 through the real broker: a batch of events recomputes each touched cycle once and emits
 * one snapshot per cycle, unchanged rows are not rewritten, a redelivered batch does nothing, a poison
 * event goes to the dead-letter topic alone, and two recomputations of one cycle never run at once.
 *
 * <p>The events of a batch are produced to one partition in one producer batch (one flush), so one poll
 * of the consumer returns them together, as a school's bulk arrives.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class EligibilityBatchTest {

    static final String FINALIZED_AT = "2025-05-26T09:00:00Z";

    @Inject
    EligibilityService eligibility;

    @Inject
    CycleLocks locks;

    @Inject
    StaleCycles staleCycles;

    @BeforeAll
    static void units() {
        AwardApi.units();
    }

    @BeforeEach
    void unitTreeKnown() {
        AwardApi.awaitUnitTree();
    }

    /** Sends the events to partition 0 of the evaluation topic in one producer batch. */
    static void sendTogether(List<String> events) {
        TestKafka.sendTogether(AwardApi.kafka(), AwardApi.EVALUATION_TOPIC, 0, events);
    }

    static JsonPath cycle(UUID cycleId) {
        return given().auth().oauth2(AwardApi.token("principal", SCHOOL)).queryParam("cycle", cycleId)
                .when().get("/api/v1/eligibility").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitCurrent(UUID cycleId, int events) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().auth().oauth2(AwardApi.token("principal", SCHOOL)).queryParam("cycle", cycleId)
                    .get("/api/v1/eligibility");
            return response.statusCode() == 200 && response.jsonPath().getInt("[0].eventsApplied") >= events
                    && response.jsonPath().getBoolean("[0].current");
        });
        return cycle(cycleId);
    }

    record Row(int revision, OffsetDateTime computedAt) {
    }

    static Map<String, Row> rows(UUID cycleId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Row> rows = StaffEligibility.ofCycle(cycleId, 0, 500).stream().collect(Collectors.toMap(
                    s -> s.key.staffId().toString(), s -> new Row(s.revision, s.computedAt)));
            CollectiveEligibility.ofCycle(cycleId).forEach(c -> rows.put(c.key.kind() + ":" + c.key.code(),
                    new Row(c.revision, c.computedAt)));
            return rows;
        });
    }

    @Test
    void aBatchForTwoCyclesRecomputesEachOnceWritesOnlyChangesAndIgnoresRedelivery() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<Finalized> firstStaff = EligibilityFlowTest.school(first);
        List<Finalized> secondStaff = IntStream.range(0, 5)
                .mapToObj(i -> Finalized.of(second, SCHOOL, YEAR, FINALIZED_AT).group("TO-KHOI-2")).toList();
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            batch.add(firstStaff.get(i).json());
            if (i < 5) {
                batch.add(secondStaff.get(i).json());
            }
        }
        sendTogether(batch);

        JsonPath one = awaitCurrent(first, 8);
        JsonPath two = awaitCurrent(second, 5);
        assertEquals(8, one.getInt("[0].eventsApplied"));
        assertEquals(1, one.getInt("[0].computations"), "the first cycle recomputed once for its 8 events");
        assertEquals(5, two.getInt("[0].eventsApplied"));
        assertEquals(1, two.getInt("[0].computations"), "the second cycle recomputed once for its 5 events");
        assertEquals(8, one.getList("[0].staff").size());
        assertEquals(List.of("LDTT", "CSTDCS", "GIAY_KHEN"),
                EligibilityFlowTest.eligibleOf(one, firstStaff.get(0).staffId()));
        assertEquals(List.of("TTLDTT", "TTLDXS"), EligibilityFlowTest.collective(one, SCHOOL));
        // One snapshot per cycle, read from the broker, with every subject of the batch.
        await().atMost(Duration.ofSeconds(30)).until(() -> AwardApi.awardEvents(first).size() >= 1);
        assertEquals(1, AwardApi.awardEvents(first).size());
        assertEquals(1, AwardApi.awardEvents(second).size());
        assertTrue(AwardApi.awardEvents(first).get(0).value().contains(firstStaff.get(7).staffId().toString()));

        // A second batch: one more HT staff member in TO-KHOI-2 changes only their row, the group and the
        // school (members); the other eight rows are not rewritten.
        Map<String, Row> before = rows(first);
        assertTrue(before.values().stream().allMatch(r -> r.revision() == 1), before.toString());
        Finalized extra = Finalized.of(first, SCHOOL, YEAR, FINALIZED_AT).rated("HT").group("TO-KHOI-2");
        sendTogether(List.of(extra.json()));
        JsonPath after = awaitCurrent(first, 9);
        assertEquals(2, after.getInt("[0].computations"));
        Map<String, Row> rows = rows(first);
        for (Finalized staff : firstStaff) {
            assertEquals(before.get(staff.staffId().toString()), rows.get(staff.staffId().toString()),
                    "unchanged row of " + staff.staffId() + " not rewritten");
        }
        assertEquals(before.get("GROUP:TO-KHOI-1"), rows.get("GROUP:TO-KHOI-1"), "TO-KHOI-1 unchanged");
        assertEquals(1, rows.get(extra.staffId().toString()).revision());
        assertEquals(2, rows.get("GROUP:TO-KHOI-2").revision(), "TO-KHOI-2 has one member more");
        assertEquals(2, rows.get("SCHOOL:" + SCHOOL).revision());
        assertNotEquals(before.get("SCHOOL:" + SCHOOL).computedAt(), rows.get("SCHOOL:" + SCHOOL).computedAt());

        // The first batch redelivered (same event ids), then a marker event on the same partition: once the
        // marker is applied the redelivery has been seen, and changed nothing.
        sendTogether(batch);
        UUID marker = UUID.randomUUID();
        sendTogether(List.of(Finalized.of(marker, SCHOOL, YEAR, FINALIZED_AT).json()));
        awaitCurrent(marker, 1);
        JsonPath redelivered = cycle(first);
        assertEquals(9, redelivered.getInt("[0].eventsApplied"));
        assertEquals(2, redelivered.getInt("[0].computations"));
        assertEquals(5, cycle(second).getInt("[0].eventsApplied"));
        assertEquals(1, cycle(second).getInt("[0].computations"));
        assertEquals(rows, rows(first), "nothing rewritten by the redelivery");
        assertEquals(2, AwardApi.awardEvents(first).size());
        assertEquals(1, AwardApi.awardEvents(second).size());

        // A staff member finalized again with a lower rating: their row is rewritten whole from the new result
        // (never read back first), with the next revision, the new rating and explanation.
        Finalized rerated = firstStaff.get(0).rated("HT");
        sendTogether(List.of(rerated.json()));
        JsonPath rewritten = awaitCurrent(first, 10);
        assertEquals(3, rewritten.getInt("[0].computations"));
        assertFalse(EligibilityFlowTest.eligibleOf(rewritten, rerated.staffId()).contains("CSTDCS"));
        assertEquals(2, rows(first).get(rerated.staffId().toString()).revision());
        StaffEligibility row = QuarkusTransaction.requiringNew().call(() -> StaffEligibility.findById(
                new StaffEligibility.Key(first, rerated.staffId())));
        assertEquals(Rating.HT, row.rating);
        assertEquals(rerated.evaluationId(), row.evaluationId);
        assertEquals(SCHOOL, row.unitCode);
        assertFalse(row.explanation.stream().filter(t -> t.title() == Title.CSTDCS).findFirst().orElseThrow()
                .eligible(), row.explanation.toString());
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAloneAndTheRestOfItsBatchIsApplied() {
        UUID cycleId = UUID.randomUUID();
        UUID poisonId = UUID.randomUUID();
        Finalized good = Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT);
        String poison = """
                {"specversion":"1.0","id":"%s","source":"/thidua/evaluation-service",
                 "type":"vn.thidua.evaluation.finalized.v1","subject":"x","time":"%s",
                 "datacontenttype":"application/json","unit":"%s","schoolyear":"%s","data":{"rating":"HTT"}}"""
                .formatted(poisonId, FINALIZED_AT, SCHOOL, YEAR);
        Finalized after = Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT).rated("HTXS");
        sendTogether(List.of(good.json(), poison, after.json()));

        JsonPath cycle = awaitCurrent(cycleId, 2);
        assertEquals(2, cycle.getInt("[0].eventsApplied"));
        assertEquals(2, cycle.getList("[0].staff").size());
        await().atMost(Duration.ofSeconds(30)).until(() -> TestKafka.readAll(AwardApi.kafka(),
                "thidua.evaluation.v1.dlq.award-service", Duration.ofSeconds(3)).stream()
                .anyMatch(r -> r.value().contains(poisonId.toString())));
        assertTrue(TestKafka.readAll(AwardApi.kafka(), "thidua.evaluation.v1.dlq.award-service", Duration.ofSeconds(3))
                .stream().noneMatch(r -> r.value().contains(good.evaluationId().toString())),
                "the good events of the batch are not dead letters");
    }

    @Test
    void twoRecomputationsOfOneCycleNeverRunAtOnce() throws Exception {
        UUID cycleId = UUID.randomUUID();
        List<Finalized> staff = EligibilityFlowTest.school(cycleId);
        sendTogether(staff.stream().map(Finalized::json).toList());
        int computed = awaitCurrent(cycleId, 8).getInt("[0].computations");

        // Stale again (as after a revocation elsewhere); this replica's worker and two more race for it: one
        // computes, the others find it busy or already current. Never two computations for one revision.
        QuarkusTransaction.requiringNew().run(() -> staleCycles.markStale(List.of(cycleId)));
        CyclicBarrier start = new CyclicBarrier(2);
        Function<Integer, CompletableFuture<EligibilityService.Recomputed>> worker = n -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return eligibility.recomputeStale(cycleId);
        });
        var a = worker.apply(1);
        var b = worker.apply(2);
        List<EligibilityService.Recomputed> outcomes = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
        assertTrue(outcomes.stream().filter(o -> o == EligibilityService.Recomputed.DONE).count() <= 1, outcomes.toString());
        JsonPath cycle = awaitCurrent(cycleId, 8);
        assertEquals(computed + 1, cycle.getInt("[0].computations"), "one recomputation for the one stale revision");
        assertEquals(8, cycle.getInt("[0].eventsApplied"), "a stale mark is not an event");

        // A replica holding the cycle's lock: this one's worker waits its turn, then brings the cycle current.
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            locks.lock(cycleId);
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertTrue(locked.await(10, TimeUnit.SECONDS));
        assertEquals(EligibilityService.Recomputed.BUSY, eligibility.recomputeStale(cycleId));
        sendTogether(List.of(Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT).json()));
        await().atMost(Duration.ofSeconds(30)).until(() -> cycle(cycleId).getInt("[0].eventsApplied") == 9);
        assertEquals(false, cycle(cycleId).getBoolean("[0].current"), "not recomputed while the other holds the lock");
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
        JsonPath current = awaitCurrent(cycleId, 9);
        assertEquals(computed + 2, current.getInt("[0].computations"));
        assertEquals(9, current.getList("[0].staff").size());
    }
}
