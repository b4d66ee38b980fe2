package vn.thidua.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.format.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ExactFormats against networknt's own uuid and date formats: the same answer on every string. */
class ExactFormatsTest {

    // Characters a broken value may carry: digits, hex letters of both cases, their neighbours, separators,
    // a line feed (a regular expression's "$" would let it through at the end), digits of other scripts.
    private static final String ALPHABET = "0123456789abcdefABCDEFgG-:T+ \n\u0660\u0967\uFF11";

    private static Format networknt(String name) {
        return Formats.DEFAULT.stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theContractsSchemasAreReadWithTheseFormats() {
        // Every schema names draft 2020-12 in $schema; the registry must resolve it to the dialect carrying them.
        assertSame(EventContracts.DIALECT, EventContracts.REGISTRY.getDialect(Dialects.getDraft202012().getId()));
    }

    @Test
    void uuidAnswersAsTheValidatorsRegularExpression() {
        Format reference = networknt("uuid");
        Format exact = ExactFormats.UUID;
        for (String value : cases(List.of("c480e253-ee58-55d5-8835-e6a1741a2c76", "C480E253-EE58-55D5-8835-E6A1741A2C76",
                "00000000-0000-0000-0000-000000000000"), 20_000)) {
            assertEquals(reference.matches(null, value), exact.matches(null, value), () -> "uuid " + escaped(value));
        }
        assertTrue(exact.matches(null, "c480e253-ee58-55d5-8835-e6a1741a2c76"));
        assertFalse(exact.matches(null, "c480e253-ee58-55d5-8835-e6a1741a2c76\n"));
        assertFalse(exact.matches(null, "c480e253ee5855d58835e6a1741a2c76"));
        assertFalse(exact.matches(null, "c480e253-ee58-55d5-8835-e6a1741a2c7\uFF11"));
    }

    @Test
    void dateAnswersAsTheValidatorsDateParse() {
        Format reference = networknt("date");
        Format exact = ExactFormats.FULL_DATE;
        List<String> seeds = List.of("2023-05-26", "2024-02-29", "2023-02-28", "2000-02-29", "1900-02-28", "0000-01-01",
                "9999-12-31", "2023-04-30", "2023-12-31");
        for (String value : cases(seeds, 20_000)) {
            assertEquals(reference.matches(null, value), exact.matches(null, value), () -> "date " + escaped(value));
        }
        for (String value : List.of("2023-02-29", "1900-02-29", "2023-04-31", "2023-13-01", "2023-00-10", "2023-01-00",
                "+2023-01-01", "2023-1-01", "20230101", "2023-01-01T00:00:00Z", "２０２３-01-01", "")) {
            assertEquals(reference.matches(null, value), exact.matches(null, value), () -> "date " + escaped(value));
            assertFalse(exact.matches(null, value), value);
        }
        assertTrue(exact.matches(null, "2024-02-29"));
    }

    /** The seeds, and random variants of them: characters replaced, removed or added (fixed seed: reproducible). */
    private static List<String> cases(List<String> seeds, int count) {
        Random random = new Random(20261203);
        List<String> cases = new ArrayList<>(seeds);
        while (cases.size() < count) {
            StringBuilder value = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            int changes = 1 + random.nextInt(2);
            for (int i = 0; i < changes; i++) {
                int at = random.nextInt(value.length() + 1);
                char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                switch (random.nextInt(3)) {
                    case 0 -> value.insert(at, c);
                    case 1 -> {
                        if (at < value.length()) {
                            value.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < value.length()) {
                            value.setCharAt(at, c);
                        }
                    }
                }
            }
            cases.add(value.toString());
        }
        return cases;
    }

    private static String escaped(String value) {
        return "'" + value.replace("\n", "\\n") + "'";
    }
}
