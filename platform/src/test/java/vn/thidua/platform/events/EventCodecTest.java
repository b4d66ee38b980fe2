package vn.thidua.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.EventContracts;
import vn.thidua.platform.rest.StrictJson;
import vn.thidua.platform.security.UnitEvents;

class EventCodecTest {

    private static final String UNIT_WITH_VERTICAL_TAB = """
            {"specversion":"1.0","id":"6f1c2f4e-3a57-4d55-9f3e-0c1f3f7a9b21","source":"/thidua/plan-service",
             "type":"vn.thidua.unit.upserted.v1","subject":"TH-A","time":"2023-01-01T00:00:00Z",
             "datacontenttype":"application/json","unit":"TH-A",
             "data":{"code":"TH-A","name":"Trường A\\u000bcơ sở 2","level":"SCHOOL","parentCode":null,
                     "validFrom":"2020-01-01","validTo":null}}""";

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void anEventAlreadyWrittenStaysReadableWhateverItsText() {
        // Request bodies are refused before binding (NfcJsonBodies); the mapper itself stays lenient.
        EventCodec codec = new EventCodec(strictMapper());
        EventEnvelope event = codec.parse(UNIT_WITH_VERTICAL_TAB);
        assertEquals("Trường A" + (char) 0x0B + "cơ sở 2", codec.dataAs(event, UnitEvents.Upserted.class).name());
    }

    @Test
    void anInboundEventIsReadOnceAndBecomesTheEnvelopeItWasCheckedAs() {
        EventCodec codec = new EventCodec(strictMapper());
        EventEnvelope event = codec.parse(UNIT_WITH_VERTICAL_TAB);
        assertEquals("6f1c2f4e-3a57-4d55-9f3e-0c1f3f7a9b21", event.id());
        assertEquals(OffsetDateTime.of(2023, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), event.time().withOffsetSameInstant(
                ZoneOffset.UTC));
        assertEquals(LocalDate.of(2020, 1, 1), codec.dataAs(event, UnitEvents.Upserted.class).validFrom());
    }

    @Test
    void theTreeTheOutboxChecksIsWrittenAsTheTextItWouldHaveSent() {
        ObjectMapper mapper = strictMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        EventCodec codec = new EventCodec(mapper);
        EventEnvelope attributes = EventEnvelope.create("plan-service", EventTypes.UNIT_UPSERTED, "TH-A", "TH-A", null,
                null);
        UnitEvents.Upserted data = new UnitEvents.Upserted("TH-A", "Trường A \"cơ sở\" 2", "SCHOOL", null,
                LocalDate.of(2020, 1, 1), null);
        String text = codec.toJson(attributes, data);
        assertEquals(text, codec.write(codec.toTree(attributes, data)));
        assertEquals(Set.of(), EventContracts.validate(codec.toTree(attributes, data)));
        // Numbers as the services hold them: decimals (months worked, amounts) keep their digits.
        Numbers numbers = new Numbers(new BigDecimal("10"), new BigDecimal("11.50"), new BigDecimal("0"), 10.0, 3L);
        String written = codec.write(codec.toTree(attributes, numbers));
        assertEquals(codec.toJson(attributes, numbers), written);
        assertTrue(written.contains("\"data\":{\"months\":10,\"amount\":11.50,\"zero\":0,\"share\":10.0,\"count\":3}"),
                written);
    }

    record Numbers(BigDecimal months, BigDecimal amount, BigDecimal zero, double share, long count) {
    }

    @Test
    void whatIsNotOneValidEnvelopeIsPoison() {
        EventCodec codec = new EventCodec(strictMapper());
        assertPoison(codec, UNIT_WITH_VERTICAL_TAB + " {}", "unreadable event");
        assertPoison(codec, UNIT_WITH_VERTICAL_TAB.replace("\"unit\":\"TH-A\",", "\"unit\":\"TH-A\",\"unit\":\"TH-B\","),
                "unreadable event");
        assertPoison(codec, "{nope", "unreadable event");
        assertPoison(codec, "[]", "violates its contract");
        assertPoison(codec, "null", "violates its contract");
        assertPoison(codec, UNIT_WITH_VERTICAL_TAB.replace("6f1c2f4e-3a57", "6f1c2f4e-3a5"), "$.id:");
        assertPoison(codec, UNIT_WITH_VERTICAL_TAB.replace("2020-01-01", "2020-02-30"), "$.data.validFrom:");
        assertPoison(codec, "  ", "empty");
    }

    private static void assertPoison(EventCodec codec, String json, String expected) {
        PoisonEventException e = assertThrows(PoisonEventException.class, () -> codec.parse(json));
        assertTrue(e.getMessage().contains(expected), e::getMessage);
    }
}
