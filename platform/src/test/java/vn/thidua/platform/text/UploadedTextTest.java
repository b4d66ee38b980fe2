package vn.thidua.platform.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploaded text: strict UTF-8 with the line of the bad byte, BOM dropped, delimiter guessed, offsets to lines. */
class UploadedTextTest {

    @Test
    void utf8WithOrWithoutBomDecodesAndTheBomIsDropped() {
        assertEquals("Mã;Tên\nGV01;Lan", UploadedText.decode("\uFEFFMã;Tên\nGV01;Lan".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Mã", UploadedText.decode("Mã".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aByteThatIsNotUtf8RefusesTheFileNamingItsLine() {
        byte[] latin1 = "Mã\nGV01;Nguyễn Lan\nTrần".getBytes(StandardCharsets.ISO_8859_1);
        UploadedText.NotUtf8Exception e = assertThrows(UploadedText.NotUtf8Exception.class,
                () -> UploadedText.decode(latin1));
        assertEquals(1, e.line());
        byte[] laterLine = ("Ma\nGV01\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[laterLine.length + 1];
        System.arraycopy(laterLine, 0, bad, 0, laterLine.length);
        bad[laterLine.length] = (byte) 0xE1;
        assertEquals(3, assertThrows(UploadedText.NotUtf8Exception.class, () -> UploadedText.decode(bad)).line());
        UploadedText.NotUtf8Exception utf16 = assertThrows(UploadedText.NotUtf8Exception.class,
                () -> UploadedText.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x4D, 0x00}));
        assertTrue(utf16.getMessage().contains("UTF-16"), utf16.getMessage());
    }

    @Test
    void theDelimiterIsTheOneTheHeaderHasMoreOfOutsideQuotes() {
        assertEquals(';', UploadedText.delimiterOf("Mã;Tên;\"a,b,c\"\n1,2,3,4"));
        assertEquals(',', UploadedText.delimiterOf("Mã,Tên\n1;2;3"));
        assertEquals(',', UploadedText.delimiterOf("Mã"));
        assertEquals(';', UploadedText.delimiterOf("\"Họ, tên\";Mã;Chức vụ\nA,B,C,D,E"));
        assertEquals(',', UploadedText.delimiterOf("\"Mã;CB\",Họ tên,Chức vụ"));
    }

    @Test
    void offsetsMapToLinesWhateverTheLineEnds() {
        String text = "a\r\nb\nc\rd";
        UploadedText.LineIndex lines = new UploadedText.LineIndex(text);
        assertEquals(1, lines.lineOf(0));
        assertEquals(2, lines.lineOf(text.indexOf('b')));
        assertEquals(3, lines.lineOf(text.indexOf('c')));
        assertEquals(4, lines.lineOf(text.indexOf('d')));
        assertEquals(2, lines.lineOf(1), "a position on the line end belongs to the next line's first character");
    }
}
