package vn.thidua.award.eligibility;

import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.award.eligibility.EligibilityFlowTest.SCHOOL;
import static vn.thidua.award.eligibility.EligibilityFlowTest.YEAR;

/** How a polled batch is split by cycle: lightest first, each cycle's events in their order, the tails marked. */
class CycleBatchesTest {

    static final String AT = "2025-05-26T09:00:00Z";

    @Test
    void aLightCycleBehindAHeavyOneComesFirstWithItsEventsInOrder() {
        UUID heavy = UUID.randomUUID();
        UUID light = UUID.randomUUID();
        List<CycleBatches.Polled> polled = new ArrayList<>();
        List<String> heavyEvents = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String event = Finalized.of(heavy, SCHOOL, YEAR, AT).json();
            heavyEvents.add(event);
            polled.add(new CycleBatches.Polled(2, heavy.toString(), event));
        }
        Finalized reopenedOne = Finalized.of(light, SCHOOL, YEAR, AT);
        List<String> lightEvents = List.of(reopenedOne.json(), AwardApi.reopened(reopenedOne, "2025-05-27T09:00:00Z"),
                Finalized.of(light, SCHOOL, YEAR, AT).json());
        lightEvents.forEach(event -> polled.add(new CycleBatches.Polled(2, light.toString(), event)));
        // One more heavy event after the light ones, as a bulk's retry could interleave.
        String lateHeavy = Finalized.of(heavy, SCHOOL, YEAR, AT).json();
        heavyEvents.add(lateHeavy);
        polled.add(new CycleBatches.Polled(2, heavy.toString(), lateHeavy));

        List<CycleBatches.Group> groups = CycleBatches.of(polled);

        assertEquals(List.of(light.toString(), heavy.toString()), groups.stream().map(CycleBatches.Group::cycle).toList());
        assertEquals(lightEvents, groups.get(0).payloads(), "the light cycle's events in their order");
        assertEquals(List.of(6, 7, 8), groups.get(0).places());
        assertEquals(heavyEvents, groups.get(1).payloads(), "the heavy cycle's events in their order");
        assertEquals(reopenedOne.evaluationId(), groups.get(0).evaluationIds().get(0));
        assertEquals(3, groups.get(0).evaluationIds().size());
        assertFalse(groups.get(0).tail(), "followed by another cycle's event in its partition: complete here");
        assertTrue(groups.get(1).tail(), "the partition's last cycle may go on in the next poll");
    }

    @Test
    void eachPartitionHasItsTailAndAnUnreadableEventIsGroupedByItsKey() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        List<CycleBatches.Polled> polled = List.of(
                new CycleBatches.Polled(0, a.toString(), Finalized.of(a, SCHOOL, YEAR, AT).json()),
                new CycleBatches.Polled(1, b.toString(), Finalized.of(b, SCHOOL, YEAR, AT).json()),
                new CycleBatches.Polled(0, c.toString(), Finalized.of(c, SCHOOL, YEAR, AT).json()),
                new CycleBatches.Polled(0, c.toString(), "{not json"),
                new CycleBatches.Polled(1, b.toString(), Finalized.of(b, SCHOOL, YEAR, AT).json()));

        List<CycleBatches.Group> groups = CycleBatches.of(polled);

        assertEquals(List.of(a.toString(), c.toString(), "key:" + c, b.toString()),
                groups.stream().map(CycleBatches.Group::cycle).toList(), "lightest first, ties in arrival order");
        assertEquals(List.of(false, false, true, true), groups.stream().map(CycleBatches.Group::tail).toList());
        assertEquals(List.of(3), groups.get(2).places());
        assertEquals(List.of(), groups.get(2).evaluationIds());
    }
}
