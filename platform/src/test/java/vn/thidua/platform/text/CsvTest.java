package vn.thidua.platform.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void startsWithTheByteOrderMarkAndEndsLinesWithCrLf() {
        byte[] csv = Csv.write(';', List.of("Mã", "Tên"), List.of(List.of("TH-TC2", "Trường Tiểu học Tràm Chim 2")));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertEquals("\uFEFFMã;Tên\r\nTH-TC2;Trường Tiểu học Tràm Chim 2\r\n", new String(csv, StandardCharsets.UTF_8));
    }

    @Test
    void quotesOnlyWhatNeedsItForTheDelimiterInUse() {
        assertEquals("\"CĐCS, Chi đoàn\"", Csv.cell("CĐCS, Chi đoàn", ','));
        assertEquals("CĐCS, Chi đoàn", Csv.cell("CĐCS, Chi đoàn", ';'));
        assertEquals("\"a;b\"", Csv.cell("a;b", ';'));
        assertEquals("\"nói \"\"có\"\"\"", Csv.cell("nói \"có\"", ','));
        assertEquals("\"hai\ndòng\"", Csv.cell("hai\ndòng", ';'));
        assertEquals("", Csv.cell(null, ','));
        assertEquals("12", Csv.cell(12L, ','));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaGetALeadingQuote() {
        for (String trigger : List.of("=", "+", "-", "@", "\t", "\r")) {
            String cell = Csv.cell(trigger + "1+1", ';');
            String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
            assertEquals("'" + trigger + "1+1", unquoted, "cell starting with " + (int) trigger.charAt(0));
        }
        assertEquals("'=HYPERLINK(\"\"x\"\")", Csv.cell("=HYPERLINK(\"x\")", ';').replaceAll("^\"|\"$", ""));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"", Csv.cell("=HYPERLINK(\"http://x\";\"y\")", ';'));
        assertEquals("\"'\rx\"", Csv.cell("\rx", ','), "still quoted for the carriage return");
        assertEquals("'-5 trường", Csv.cell("-5 trường", ','));
    }

    @Test
    void ordinaryTextNumbersAndDatesAreUnchanged() {
        assertEquals("Trường Tiểu học Tràm Chim 2", Csv.cell("Trường Tiểu học Tràm Chim 2", ','));
        assertEquals("Hoàn thành tốt nhiệm vụ", Csv.cell("Hoàn thành tốt nhiệm vụ", ','));
        assertEquals("a=b", Csv.cell("a=b", ','), "only the first character counts");
        assertEquals("-3", Csv.cell(-3L, ','), "a negative number is a number, not a formula");
        assertEquals("2024-05-31", Csv.cell(java.time.LocalDate.of(2024, 5, 31), ','));
        String csv = new String(Csv.write(',', List.of("Tên"), List.of(List.of("=1+1"))), StandardCharsets.UTF_8);
        assertEquals("\uFEFFTên\r\n'=1+1\r\n", csv);
    }

    @Test
    void formulaLikeIsTheOneRuleImportsWarnWith() {
        assertEquals(true, Csv.formulaLike("@SUM(A1)"));
        assertEquals(false, Csv.formulaLike("Trường"));
        assertEquals(false, Csv.formulaLike(""));
        assertEquals(false, Csv.formulaLike(null));
    }
}
