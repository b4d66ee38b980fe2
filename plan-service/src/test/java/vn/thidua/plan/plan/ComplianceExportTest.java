package vn.thidua.plan.plan;

import org.junit.jupiter.api.Test;
import vn.thidua.testing.CsvCells;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Formula payloads in every text column of the compliance CSV (issue 16): each is written neutralised. */
class ComplianceExportTest {

    @Test
    void everyTextColumnIsNeutralised() {
        List<String> payloads = List.of("=HYPERLINK(\"http://x\",\"Bấm\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
                "\tTrường", "\rTrường");
        List<ComplianceService.Row> rows = List.of(
                new ComplianceService.Row(payloads.get(0), payloads.get(1), "PGD-TAMNONG",
                        ComplianceService.State.PUBLISHED, UUID.randomUUID(), payloads.get(2),
                        OffsetDateTime.parse("2023-02-20T08:00:00+07:00"), true),
                new ComplianceService.Row(payloads.get(3), payloads.get(4), "PGD-TAMNONG",
                        ComplianceService.State.DRAFT, UUID.randomUUID(), payloads.get(5), null, false));
        byte[] csv = PlanOutputResource.csv(new ComplianceService.Report(UUID.randomUUID(), "PGD-TAMNONG",
                LocalDate.of(2023, 3, 1), 2, 1, 1, rows));
        List<List<String>> cells = CsvCells.read(csv, ',');
        for (List<String> row : cells) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "live formula: " + cell);
            }
        }
        Set<String> neutralised = cells.stream().flatMap(List::stream).filter(c -> c.startsWith("'"))
                .map(c -> c.substring(1)).collect(Collectors.toSet());
        assertEquals(Set.copyOf(payloads), neutralised);
    }
}
