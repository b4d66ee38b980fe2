package vn.thidua.platform.text;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlCharactersTest {

    @Test
    void refusesC0ControlsButTabLineFeedAndCarriageReturn() {
        for (char c = 0; c < 0x20; c++) {
            assertEquals(c != '\t' && c != '\n' && c != '\r', ControlCharacters.forbidden(c), "U+" + (int) c);
        }
        assertFalse(ControlCharacters.forbidden(' '));
        assertFalse(ControlCharacters.contains("Trường Tiểu học\tTràm Chim\r\n2"));
        assertTrue(ControlCharacters.contains("a\u0000b"));
        assertFalse(ControlCharacters.contains(null));
    }

    @Test
    void findsTheFirstByLineAndColumnWhateverTheLineEnds() {
        assertEquals(Optional.empty(), ControlCharacters.first("một\r\nhai\nba\r"));
        ControlCharacters.Position at = ControlCharacters.first("dòng một\r\ndòng hai\nab\u0007c\u0000").orElseThrow();
        assertEquals(3, at.line());
        assertEquals(3, at.column());
        assertEquals('\u0007', at.character());
        assertEquals("U+0007 ở dòng 3, cột 3 (at line 3, column 3)", at.describe());
        assertEquals(2, ControlCharacters.first("a\rb\u001F").orElseThrow().line(), "a lone CR ends a line");
        assertEquals(1, ControlCharacters.first("\u0000").orElseThrow().column());
    }

    @Test
    void namesTheCharacterAndItsPositionInAValue() {
        assertEquals("U+0000", ControlCharacters.name('\u0000'));
        assertEquals("chứa ký tự điều khiển U+001B ở vị trí 3 (contains the control character U+001B at position 3)",
                ControlCharacters.message("ab\u001Bc"));
    }
}
