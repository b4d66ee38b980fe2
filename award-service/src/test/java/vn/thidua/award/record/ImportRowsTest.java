package vn.thidua.award.record;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.award.rules.Title;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import file read as text: columns by their headers, every bad cell named by line and column. */
class ImportRowsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final String HEADER = "STT;Mã cán bộ;Họ và tên;Danh hiệu;Năm học;Số quyết định;Ngày quyết định;Cơ quan ban hành\n";

    static ImportRows.Result read(String csv) {
        return ImportRows.read(ImportSheet.csv(csv.getBytes(StandardCharsets.UTF_8)), TODAY);
    }

    @Test
    void goodRowsReadWithCodesNamesAndBothDateForms() {
        ImportRows.Result result = read(HEADER
                + "1;GV01;Nguyễn Thị Lan;Chiến sĩ thi đua cơ sở;2020-2021;45/QĐ-PGDĐT;15/06/2021;Phòng GD&ĐT Tam Nông\n"
                + "2;GV01;Nguyễn Thị Lan;CSTĐCS;2021 - 2022;51/QĐ-PGDĐT;2022-06-20;Phòng GD&ĐT Tam Nông\n"
                + "3;GV02;Trần Văn Bình;lao dong tien tien;2021-2022;50/QĐ-PGDĐT;20.06.2022;Phòng GD&ĐT Tam Nông\n");
        assertEquals(List.of(), result.errors());
        assertEquals(3, result.rows().size());
        ImportRows.Row second = result.rows().get(1);
        assertEquals(3, second.line());
        assertEquals(Title.CSTDCS, second.award());
        assertEquals("2021-2022", second.schoolYear().toString());
        assertEquals(LocalDate.of(2022, 6, 20), second.decisionDate());
        assertEquals(ImportColumn.STAFF_CODE, second.person().column());
        assertEquals(Title.LDTT, result.rows().get(2).award());
    }

    @Test
    void everyBadCellIsNamedByLineAndColumnAsTheFileWritesIt() {
        ImportRows.Result result = read(HEADER
                + "1;GV01;Lan;Chiến sĩ thi đua;2020-2021;45/QĐ;15/06/2021;Phòng\n"
                + "2;GV01;Lan;CSTDCS;2021-2023;46/QĐ;31/02/2022;Phòng\n"
                + "3;;Lan;LDTT;2021-2022;;20/06/2022;\n"
                + "4;GV03;Bình;LDTT;2021-2022;47/QĐ;01/08/2021;Phòng\n");
        List<String> where = result.errors().stream().map(e -> e.line() + ": " + e.column()).toList();
        assertEquals(List.of("2: Danh hiệu", "3: Năm học", "3: Ngày quyết định", "4: Mã cán bộ", "4: Số quyết định",
                "4: Cơ quan ban hành", "5: Ngày quyết định"), where);
        assertTrue(result.errors().get(6).message().contains("trước năm học 2021-2022"), result.errors().get(6).message());
        assertEquals(List.of(), result.rows());
    }

    @Test
    void aMissingColumnOrPersonColumnRefusesTheHeader() {
        ImportRows.BadHeaderException e = assertThrows(ImportRows.BadHeaderException.class,
                () -> read("Họ và tên;Danh hiệu;Năm học;Số quyết định\nLan;LDTT;2021-2022;1/QĐ\n"));
        List<String> columns = e.errors.stream().map(ImportRows.LineError::column).toList();
        assertEquals(List.of(ImportColumn.DECISION_DATE.label, ImportColumn.ISSUER.label, ImportColumn.PERSON_ID.label),
                columns);
        assertTrue(e.errors.stream().allMatch(err -> err.line() == 1));
    }

    @Test
    void controlCharactersRefuseTheFileAndFormulasWarn() {
        ImportSheet.UnreadableException control = assertThrows(ImportSheet.UnreadableException.class,
                () -> read(HEADER + "1;GV01;La\u0000n;LDTT;2021-2022;1/QĐ;20/06/2022;Phòng\n"));
        assertEquals(ImportSheet.Reason.CONTROL_CHARACTER, control.reason);
        assertEquals(2, control.line);
        assertEquals("3", control.column);
        ImportRows.Result formula = read(HEADER + "1;GV01;Lan;LDTT;2021-2022;1/QĐ;20/06/2022;=HYPERLINK(\"x\")\n");
        assertEquals(1, formula.rows().size());
        assertTrue(formula.warnings().stream().anyMatch(w -> w.contains("Dòng 2") && w.contains("Cơ quan ban hành")),
                formula.warnings().toString());
    }

    @Test
    void notUtf8EmptyAndTooLargeAreRefusedWhole() {
        byte[] latin1 = (HEADER + "1;GV01;Lan;LDTT;2021-2022;1/QĐ;20/06/2022;Phòng\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(ImportSheet.Reason.NOT_UTF8,
                assertThrows(ImportSheet.UnreadableException.class, () -> ImportSheet.csv(latin1)).reason);
        assertEquals(ImportSheet.Reason.EMPTY,
                assertThrows(ImportSheet.UnreadableException.class, () -> read(HEADER)).reason);
        assertEquals(ImportSheet.Reason.TOO_LARGE, assertThrows(ImportSheet.UnreadableException.class,
                () -> ImportSheet.csv(new byte[ImportSheet.MAX_BYTES + 1])).reason);
        assertEquals(ImportSheet.Reason.NOT_XLSX, assertThrows(ImportSheet.UnreadableException.class,
                () -> ImportSheet.xlsx("not a zip".getBytes(StandardCharsets.UTF_8))).reason);
    }

    @Test
    void anXlsxSheetReadsWithRowNumbersAsLinesAndDateCells() throws IOException {
        byte[] xlsx = xlsx(List.of(
                List.of("Mã cán bộ", "Danh hiệu", "Năm học", "Số quyết định", "Ngày quyết định", "Cơ quan ban hành"),
                List.of("GV01", "CSTDCS", "2020-2021", "45/QĐ-PGDĐT", LocalDate.of(2021, 6, 15), "Phòng GD&ĐT"),
                List.of("GV01", "CSTDCS", "2021-2022", "51/QĐ-PGDĐT", "không rõ", "Phòng GD&ĐT")));
        ImportRows.Result result = ImportRows.read(ImportSheet.xlsx(xlsx), TODAY);
        assertEquals(1, result.rows().size());
        assertEquals(LocalDate.of(2021, 6, 15), result.rows().get(0).decisionDate());
        assertEquals(2, result.rows().get(0).line());
        assertEquals("3: Ngày quyết định", result.errors().get(0).line() + ": " + result.errors().get(0).column());
    }

    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Khen thưởng");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
