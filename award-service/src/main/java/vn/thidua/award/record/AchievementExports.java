package vn.thidua.award.record;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.platform.document.Align;
import vn.thidua.platform.document.Block;
import vn.thidua.platform.document.OfficialDocument;
import vn.thidua.platform.document.Para;
import vn.thidua.platform.text.Csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An achievement file as a table (CSV through platform's CSV-safe writer, .xlsx) and as a printable page through
 * platform's official document writer. The three carry the same lines.
 */
final class AchievementExports {

    static final List<String> HEADER = List.of("Năm học", "Danh hiệu, hình thức", "Mã", "Số quyết định",
            "Ngày quyết định", "Cơ quan ban hành", "Cấp", "Người / tập thể", "Đơn vị", "Nguồn", "Thu hồi",
            "Lý do thu hồi", "Người nhập", "Ngày nhập");

    private AchievementExports() {
    }

    static List<List<Object>> rows(List<Achievement> file) {
        List<List<Object>> rows = new ArrayList<>();
        for (Achievement a : file) {
            rows.add(List.of(a.schoolYear(), a.awardName(), a.awardCode().name(), a.decisionNumber(), day(a.decisionDate()),
                    nz(a.issuer()), nz(a.issuerLevel()), nz(a.holderName()), nz(a.unitCode()),
                    a.source() == Achievement.Source.DECIDED ? "Quyết định trong hệ thống" : "Nhập từ hồ sơ",
                    a.revoked() ? "Đã thu hồi" : "", nz(a.revokedReason()), nz(a.importedBy()),
                    a.importedAt() == null ? "" : day(a.importedAt().toLocalDate())));
        }
        return rows;
    }

    static byte[] csv(List<Achievement> file) {
        return Csv.write(';', HEADER, rows(file));
    }

    static byte[] xlsx(String sheetName, List<Achievement> file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            XSSFCellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> values : rows(file)) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(String.valueOf(values.get(i)));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the .xlsx file", e);
        }
    }

    /** "HỒ SƠ THI ĐUA" of a person or a collective: who, then one line per title or form, revoked ones marked. */
    static String html(String title, String holder, List<Achievement> file) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Para.centred("HỒ SƠ THI ĐUA, KHEN THƯỞNG", true, false, false, 14));
        blocks.add(Para.centred(holder, true, false, false, 14));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Achievement a : file) {
            rows.add(List.of(String.valueOf(++n), a.schoolYear(), a.awardName(), a.decisionNumber() + ", "
                    + day(a.decisionDate()), nz(a.issuer()), (a.source() == Achievement.Source.DECIDED ? "Trong hệ thống"
                    : "Nhập từ hồ sơ") + (a.revoked() ? "; đã thu hồi: " + nz(a.revokedReason()) : "")));
        }
        blocks.add(new Block.Table(List.of("STT", "Năm học", "Danh hiệu, hình thức", "Quyết định số, ngày",
                "Cơ quan ban hành", "Ghi chú"), rows, List.of(Align.CENTER, Align.CENTER, Align.LEFT, Align.LEFT, Align.LEFT,
                Align.LEFT), List.of(6, 13, 25, 20, 18, 18), 12));
        if (file.isEmpty()) {
            blocks.add(Para.left("Chưa có danh hiệu, hình thức khen thưởng nào trong hồ sơ.", false, true, 13));
        }
        return OfficialDocument.html(title, 13, blocks);
    }

    private static String day(LocalDate date) {
        return date == null ? "" : String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
