package vn.thidua.award.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.CsvCells;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Formula payloads in every text column of the report and annex exports (issue 16): the CSV neutralises
 * each (a leading quote, the OWASP rule), the XLSX holds each as a text cell, never a formula.
 */
class ReportExportsTest {

    /** One payload per OWASP start character; each text field below gets its own. */
    private static final List<String> STARTS = List.of("=", "+", "-", "@", "\t", "\r");
    private final List<String> payloads = new ArrayList<>();

    private String payload() {
        String start = STARTS.get(payloads.size() % STARTS.size());
        String value = start + "HYPERLINK(\"http://x.example/" + payloads.size() + "\";\"Bấm\")";
        payloads.add(value);
        return value;
    }

    private Report report() {
        Report.Counts counts = Report.Counts.of(Map.of("HTT", 3L), Map.of(), Map.of());
        return new Report(payload(), payload(), "2022-2023", "2021-2022", counts, counts, counts.minus(counts),
                List.of(new Report.UnitRow(payload(), payload(), counts, counts, counts.minus(counts))), Report.LABELS);
    }

    private Annex annex() {
        Annex.Nominee nominee = new Annex.Nominee(UUID.randomUUID(), payload(), payload(), payload(), payload(),
                payload(), true, payload(), 710_000L);
        Annex.Group group = new Annex.Group(payload(), payload(), 1, List.of(nominee));
        return new Annex("PGD-TAMNONG", "2022-2023", List.of(new Annex.Decision(UUID.randomUUID(), payload(),
                LocalDate.of(2023, 5, 30), payload(), payload(), List.of(group))));
    }

    @Test
    void everyTextColumnOfTheReportIsNeutralisedInCsvAndTextInXlsx() throws Exception {
        check(ReportExports.reportTable(report()));
    }

    @Test
    void everyTextColumnOfTheAnnexIsNeutralisedInCsvAndTextInXlsx() throws Exception {
        check(ReportExports.annexTable(annex()));
    }

    private void check(ReportExports.Table table) throws Exception {
        Set<String> expected = new HashSet<>(payloads);
        Set<String> seen = new HashSet<>();
        for (List<String> row : CsvCells.read(ReportExports.csv(table), ';')) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && STARTS.contains(cell.substring(0, 1)), "live formula in CSV: " + cell);
                if (cell.startsWith("'") && expected.contains(cell.substring(1))) {
                    seen.add(cell.substring(1));
                }
            }
        }
        assertEquals(expected, seen, "every payload is in the CSV, neutralised");

        Set<String> inSheet = new HashSet<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportExports.xlsx(table)))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, "formula cell " + cell.getAddress());
                    if (cell.getCellType() == CellType.STRING && expected.contains(cell.getStringCellValue())) {
                        inSheet.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertEquals(expected, inSheet, "every payload is a text cell of the sheet, as written");
    }
}
