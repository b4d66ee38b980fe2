package vn.thidua.platform.events;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.EventContracts;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventTypesTest {

    @Test
    void registryAndContractsNameTheSameTypes() {
        Set<String> registered = EventTypes.ALL.stream().map(EventType::type).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(EventContracts.eventTypes()), registered);
    }

    @Test
    void typeStringFollowsTheConvention() {
        assertEquals("vn.thidua.plan.phase-changed.v1", EventTypes.PLAN_PHASE_CHANGED.type());
        assertEquals(EventTypes.PLAN_TOPIC, EventTypes.byType("vn.thidua.plan.published.v1").orElseThrow().topic());
    }
}
