package vn.thidua.platform.problem;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonControlCharactersTest {

    private static String fieldOf(String json) {
        ProblemException problem = assertThrows(ProblemException.class, () -> JsonControlCharacters.refuse(json));
        assertEquals(400, problem.status());
        return problem.toProblem("/x").errors().get(0).field();
    }

    @Test
    void theFirstControlCharacterIsNamedByItsJsonPath() {
        assertEquals("document.title", fieldOf("{\"document\":{\"title\":\"Kế hoạch\\u0000NUL\"}}"));
        assertEquals("document.contents[1].text",
                fieldOf("{\"document\":{\"contents\":[{\"text\":\"a\"},{\"text\":\"b\\u0007c\"}]}}"));
        assertEquals("records[0].facts.note", fieldOf("{\"records\":[{\"facts\":{\"note\":\"x\\fy\"}}]}"));
        assertEquals("body", fieldOf("\"\\b\""));
        assertTrue(assertThrows(ProblemException.class, () -> JsonControlCharacters.refuse("{\"a\":\"\\u0000\"}"))
                .toProblem("/x").errors().get(0).message().contains("U+0000"));
    }

    @Test
    void tabsLineBreaksEscapedBackslashesAndMalformedJsonPass() {
        assertDoesNotThrow(() -> JsonControlCharacters.refuse("{\"a\":\"x\\ty\\r\\nz\",\"b\":\"\\\\u0000 is text\"}"));
        assertDoesNotThrow(() -> JsonControlCharacters.refuse("{\"a\":\"Trường Tiểu học Tràm Chim 2\"}"));
        // Binding reports malformed JSON with its line and column; this check leaves it alone.
        assertDoesNotThrow(() -> JsonControlCharacters.refuse("{\"a\": nope, \"b\":\"\\u0000\"}"));
    }
}
