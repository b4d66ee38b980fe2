package vn.thidua.award.eligibility;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.award.eligibility.EligibilityBatchTest.awaitCurrent;
import static vn.thidua.award.eligibility.EligibilityBatchTest.cycle;
import static vn.thidua.award.eligibility.EligibilityBatchTest.sendTogether;
import static vn.thidua.award.eligibility.EligibilityFlowTest.SCHOOL;
import static vn.thidua.award.eligibility.EligibilityFlowTest.YEAR;

/**
 * Head of line (issue 15) through the real broker: in one polled batch a light cycle behind a heavy one is
 * applied first, in its own transaction, and recomputed; both complete, each cycle's events in their order; a
 * redelivered batch is applied once; a poison event fails only its own cycle's events, which are then applied
 * one by one around it.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class HeadOfLineTest {

    static final String FINALIZED_AT = "2025-05-26T09:00:00Z";
    static final String[] GROUPS = {"TO-KHOI-1", "TO-KHOI-2", "TO-KHOI-3", "VAN-PHONG"};

    @BeforeAll
    static void units() {
        AwardApi.units();
    }

    @BeforeEach
    void unitTreeKnown() {
        AwardApi.awaitUnitTree();
    }

    static List<OffsetDateTime> receivedAt(UUID cycleId) {
        return QuarkusTransaction.requiringNew().call(() -> EvaluationResult.<EvaluationResult>list("cycleId", cycleId)
                .stream().map(r -> r.receivedAt).sorted().toList());
    }

    @Test
    void aLightCycleBehindAHeavyOneIsAppliedFirstAndBothComplete() {
        UUID heavy = UUID.randomUUID();
        UUID light = UUID.randomUUID();
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            batch.add(Finalized.of(heavy, SCHOOL, YEAR, FINALIZED_AT).group(GROUPS[i % GROUPS.length]).json());
        }
        // The light school's events after the heavy one's, in one poll: finalized, reopened, another finalized.
        Finalized withdrawn = Finalized.of(light, SCHOOL, YEAR, FINALIZED_AT);
        Finalized kept = Finalized.of(light, SCHOOL, YEAR, FINALIZED_AT).rated("HTXS");
        batch.add(withdrawn.json());
        batch.add(AwardApi.reopened(withdrawn, "2025-05-27T09:00:00Z"));
        batch.add(kept.json());
        sendTogether(batch);

        JsonPath lightCycle = awaitCurrent(light, 3);
        assertEquals(3, lightCycle.getInt("[0].eventsApplied"), "the reopening applied after its finalization");
        assertEquals(1, lightCycle.getInt("[0].computations"));
        assertEquals(1, lightCycle.getList("[0].staff").size(), "only the staff member not reopened");
        JsonPath heavyCycle = awaitCurrent(heavy, 120);
        assertEquals(120, heavyCycle.getInt("[0].eventsApplied"));
        assertEquals(120, heavyCycle.getList("[0].staff").size());
        int heavyComputations = heavyCycle.getInt("[0].computations");
        // Applied before the heavy cycle's events though produced after them.
        OffsetDateTime lightLast = receivedAt(light).get(receivedAt(light).size() - 1);
        OffsetDateTime heavyFirst = receivedAt(heavy).get(0);
        assertFalse(lightLast.isAfter(heavyFirst), lightLast + " after " + heavyFirst);

        // The same batch again (same event ids), then a marker behind it on the same partition: nothing applied twice.
        sendTogether(batch);
        UUID marker = UUID.randomUUID();
        sendTogether(List.of(Finalized.of(marker, SCHOOL, YEAR, FINALIZED_AT).json()));
        awaitCurrent(marker, 1);
        assertEquals(3, cycle(light).getInt("[0].eventsApplied"));
        assertEquals(1, cycle(light).getInt("[0].computations"));
        assertEquals(120, cycle(heavy).getInt("[0].eventsApplied"));
        assertEquals(heavyComputations, cycle(heavy).getInt("[0].computations"));
        assertEquals(2, receivedAt(light).size(), "two evaluations, one of them reopened");
    }

    @Test
    void aPoisonEventFailsOnlyItsOwnCycleWhoseOtherEventsAreAppliedAroundIt() {
        UUID poisoned = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID poisonId = UUID.randomUUID();
        // Names its cycle, so it is grouped with the cycle's good events, but breaks the contract.
        String poison = """
                {"specversion":"1.0","id":"%s","source":"/thidua/evaluation-service",
                 "type":"vn.thidua.evaluation.finalized.v1","subject":"x","time":"%s",
                 "datacontenttype":"application/json","unit":"%s","schoolyear":"%s",
                 "data":{"cycleId":"%s","rating":"HTT"}}""".formatted(poisonId, FINALIZED_AT, SCHOOL, YEAR, poisoned);
        Finalized before = Finalized.of(poisoned, SCHOOL, YEAR, FINALIZED_AT);
        Finalized after = Finalized.of(poisoned, SCHOOL, YEAR, FINALIZED_AT).rated("HTXS");
        Finalized elsewhere = Finalized.of(other, SCHOOL, YEAR, FINALIZED_AT);
        sendTogether(List.of(before.json(), poison, elsewhere.json(), after.json()));

        assertEquals(1, awaitCurrent(other, 1).getInt("[0].eventsApplied"));
        JsonPath cycle = awaitCurrent(poisoned, 2);
        assertEquals(2, cycle.getInt("[0].eventsApplied"));
        assertEquals(2, cycle.getList("[0].staff").size());
        await().atMost(Duration.ofSeconds(30)).until(() -> TestKafka.readAll(AwardApi.kafka(),
                "thidua.evaluation.v1.dlq.award-service", Duration.ofSeconds(3)).stream()
                .anyMatch(r -> r.value().contains(poisonId.toString())));
        assertTrue(TestKafka.readAll(AwardApi.kafka(), "thidua.evaluation.v1.dlq.award-service", Duration.ofSeconds(3))
                .stream().noneMatch(r -> r.value().contains(before.evaluationId().toString())
                        || r.value().contains(after.evaluationId().toString())),
                "the cycle's good events are not dead letters");
        assertEquals(2, receivedAt(poisoned).size());
    }
}
