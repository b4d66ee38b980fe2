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
}
