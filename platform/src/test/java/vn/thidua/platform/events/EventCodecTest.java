package vn.thidua.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
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
}
