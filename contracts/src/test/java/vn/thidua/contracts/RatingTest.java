package vn.thidua.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;

class RatingTest {

    @Test
    void namesAreTheFinalizedSchemasEnumInOrder() throws Exception {
        JsonNode schema = EventContracts.readTree(Files.readString(
                Path.of("src/main/resources/contracts/schemas/vn.thidua.evaluation.finalized.v1.schema.json")));
        List<String> inSchema = new ArrayList<>();
        schema.findValue("rating").get("enum").forEach(value -> inSchema.add(value.asText()));
        assertEquals(inSchema, Arrays.stream(Rating.values()).map(Enum::name).toList());
        assertEquals(String.join(", ", inSchema), Rating.names());
    }

    @Test
    void orderAndParse() {
        assertTrue(Rating.HTXS.atLeastHtt());
        assertTrue(Rating.HTT.atLeast(Rating.HT));
        assertFalse(Rating.HT.atLeastHtt());
        assertFalse(Rating.NOT_RATED.atLeast(Rating.KHT));
        assertFalse(Rating.NOT_RATED.rated());
        assertEquals(Rating.HT, Rating.parse(" HT ").orElseThrow());
        assertTrue(Rating.parse("htt").isEmpty());
        assertEquals("Hoàn thành tốt nhiệm vụ (HTT)", Rating.HTT.describe());
    }
}
