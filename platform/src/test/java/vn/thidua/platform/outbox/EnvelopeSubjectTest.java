package vn.thidua.platform.outbox;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The relay's order key reads the envelope's top-level subject, never one inside data. */
class EnvelopeSubjectTest {

    @Test
    void readsTheTopLevelSubjectWhereverItStandsAndSkipsData() {
        assertEquals("e-1", EnvelopeSubject.of("""
                {"specversion":"1.0","data":{"subject":"inner","list":[{"subject":"x"}]},"subject":"e-1","id":"1"}"""));
        assertEquals("e-2", EnvelopeSubject.of("{\"subject\":\"e-2\",\"data\":{}}"));
    }

    @Test
    void noSubjectOrAnUnreadablePayloadGivesNull() {
        assertNull(EnvelopeSubject.of("{\"id\":\"1\",\"data\":{\"subject\":\"inner\"}}"));
        assertNull(EnvelopeSubject.of("{\"subject\":42}"));
        assertNull(EnvelopeSubject.of("not json"));
        assertNull(EnvelopeSubject.of("[\"subject\"]"));
    }
}
