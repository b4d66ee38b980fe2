package vn.thidua.award.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.award.report.Report.Counts;
import vn.thidua.platform.text.Csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reports and annexes as tables, written as CSV (UTF-8 with a byte order mark, semicolon-separated:
 * what Excel opens directly with Vietnamese regional settings, where the comma is the decimal mark)
 * or as an .xlsx sheet. Both formats carry the same rows.
 */
final class ReportExports {

    /** A header and rows; cells are strings or numbers. */
    record Table(String sheet, List<String> header, List<List<Object>> rows) {
    }

    /** The key of the prize fund's row: tiền thưởng of the decided, not revoked awards, đồng. */
    static final String PRIZE_MONEY = "PRIZE_MONEY";

    private ReportExports() {
    }

    static Table reportTable(Report report) {
        List<List<Object>> rows = new ArrayList<>();
        addCounts(rows, report.unit(), report.unitName(), report.current(), report.previous(), report.change());
        for (Report.UnitRow school : report.schools()) {
            addCounts(rows, school.unit(), school.name(), school.current(), school.previous(), school.change());
        }
        return new Table("Báo cáo " + report.schoolYear(), List.of("Đơn vị", "Tên đơn vị", "Nhóm", "Mã", "Tên",
                "Năm học " + report.schoolYear(), "Năm học " + report.previousSchoolYear(), "Chênh lệch"), rows);
    }

    private static void addCounts(List<List<Object>> rows, String unit, String name, Counts now, Counts before,
            Counts change) {
        add(rows, unit, name, "Xếp loại", now.ratings(), before.ratings(), change.ratings());
        add(rows, unit, name, "Danh hiệu, hình thức khen thưởng", now.awards(), before.awards(), change.awards());
        add(rows, unit, name, "Đề nghị theo trạng thái", now.nominations(), before.nominations(), change.nominations());
        rows.add(List.of(unit, name == null ? "" : name, "Tiền thưởng (đồng)", PRIZE_MONEY, now.prizeMoney(),
                before.prizeMoney(), change.prizeMoney()));
    }

    private static void add(List<List<Object>> rows, String unit, String name, String group, Map<String, Long> now,
            Map<String, Long> before, Map<String, Long> change) {
        now.forEach((key, value) -> rows.add(List.of(unit, name == null ? "" : name, group, key,
                Report.LABELS.getOrDefault(key, key), value, before.get(key), change.get(key))));
    }

    static Table annexTable(Annex annex) {
        List<List<Object>> rows = new ArrayList<>();
        for (Annex.Decision decision : annex.decisions()) {
            for (Annex.Group group : decision.awards()) {
                int number = 0;
                for (Annex.Nominee nominee : group.nominees()) {
                    rows.add(List.of(decision.decisionNumber(), decision.decisionDate().toString(), decision.signer(),
                            decision.decidingUnit(), group.awardCode(), group.awardName(), ++number,
                            nz(nominee.nomineeType()), nz(nominee.nomineeId()), nz(nominee.nomineeName()),
                            nz(nominee.unitCode()),
                            nz(nominee.unitName()), nominee.revoked() ? "Đã thu hồi" : "", nz(nominee.revokedReason()),
                            nominee.prizeAmount() == null ? "" : nominee.prizeAmount()));
                }
            }
        }
        return new Table("Phụ lục " + annex.schoolYear(), List.of("Số quyết định", "Ngày quyết định", "Người ký",
                "Đơn vị quyết định", "Mã", "Danh hiệu, hình thức", "STT", "Loại", "Mã cá nhân/tập thể", "Họ và tên", "Đơn vị",
                "Tên đơn vị", "Thu hồi", "Lý do thu hồi", "Tiền thưởng (đồng)"), rows);
    }

    static byte[] csv(Table table) {
        return Csv.write(';', table.header(), table.rows());
    }

    static byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.sheet());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.header().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.header().get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(i).setCellValue(String.valueOf(value));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < table.header().size(); i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the .xlsx export", e);
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
