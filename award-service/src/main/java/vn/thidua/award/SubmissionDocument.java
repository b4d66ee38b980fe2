package vn.thidua.award;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tờ trình đề nghị khen thưởng in the layout of Nghị định 30/2020/NĐ-CP, as plan-service renders
 * plans: two-column header (body above and school, number; national motto and date), kind and
 * subject, "Kính gửi", bases, the request, the list of nominees with their achievement summaries,
 * the attached file, then recipients and signature. HTML and .docx come from one layout.
 */
public final class SubmissionDocument {

    /** What the document says. */
    public record Content(String issuingBody, String schoolName, String documentNumber, LocalDate date,
            String toName, String schoolYear, List<String> bases, List<Row> rows, String signer) {
    }

    /** One nominee of the list. */
    public record Row(String nomineeName, String award, String achievementSummary, List<String> evidence) {
    }

    private static final String FONT = "Times New Roman";
    private static final String[] COLUMNS = {"STT", "Họ và tên / Tập thể", "Danh hiệu, hình thức đề nghị",
        "Tóm tắt thành tích"};

    private enum Align { CENTER, JUSTIFY, LEFT }

    private record Para(String text, boolean bold, boolean italic, boolean underline, Align align, int size) {

        static Para centred(String text, boolean bold, boolean italic, int size) {
            return new Para(text, bold, italic, false, Align.CENTER, size);
        }

        static Para body(String text) {
            return new Para(text, false, false, false, Align.JUSTIFY, 14);
        }
    }

    private record Layout(List<Para> headerLeft, List<Para> headerRight, List<Para> before, List<Para> after,
            List<Para> recipients, List<Para> signature) {
    }

    private SubmissionDocument() {
    }

    static Layout layout(Content c) {
        List<Para> left = new ArrayList<>();
        if (c.issuingBody() != null) {
            left.add(Para.centred(c.issuingBody().toUpperCase(Locale.forLanguageTag("vi")), false, false, 13));
        }
        left.add(Para.centred(c.schoolName().toUpperCase(Locale.forLanguageTag("vi")), true, false, 13));
        left.add(Para.centred("Số: " + (c.documentNumber() == null ? "      /TTr" : c.documentNumber()), false, false,
                13));
        List<Para> right = new ArrayList<>();
        right.add(Para.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 13));
        right.add(new Para("Độc lập - Tự do - Hạnh phúc", true, false, true, Align.CENTER, 14));
        right.add(Para.centred("ngày " + two(c.date().getDayOfMonth()) + " tháng " + two(c.date().getMonthValue())
                + " năm " + c.date().getYear(), false, true, 14));

        List<Para> before = new ArrayList<>();
        before.add(Para.centred("TỜ TRÌNH", true, false, 14));
        before.add(Para.centred("Về việc đề nghị công nhận danh hiệu thi đua và khen thưởng năm học " + c.schoolYear(),
                true, false, 14));
        before.add(Para.centred("Kính gửi: " + c.toName() + ".", false, false, 14));
        c.bases().forEach(basis -> before.add(Para.body("Căn cứ " + basis + ";")));
        before.add(Para.body("Căn cứ kết quả đánh giá, xếp loại và kết quả xét của Hội đồng Thi đua – Khen thưởng "
                + c.schoolName() + " năm học " + c.schoolYear() + ","));
        before.add(Para.body(c.schoolName() + " kính trình " + c.toName() + " xem xét, công nhận danh hiệu thi đua và "
                + "khen thưởng cho " + c.rows().size() + " cá nhân, tập thể có tên sau:"));

        List<Para> after = new ArrayList<>();
        List<String> evidence = c.rows().stream().flatMap(r -> r.evidence().stream()).distinct().toList();
        after.add(Para.body("Hồ sơ kèm theo: danh sách đề nghị, báo cáo thành tích của từng cá nhân, tập thể"
                + (evidence.isEmpty() ? "." : "; minh chứng: " + String.join("; ", evidence) + ".")));
        after.add(Para.body("Kính trình " + c.toName() + " xem xét, quyết định./."));

        List<Para> recipients = List.of(new Para("Nơi nhận:", true, true, false, Align.LEFT, 12),
                new Para("- Như trên;", false, false, false, Align.LEFT, 11),
                new Para("- Lưu: VT.", false, false, false, Align.LEFT, 11));
        List<Para> signature = new ArrayList<>();
        signature.add(Para.centred("HIỆU TRƯỞNG", true, false, 14));
        for (int i = 0; i < 3; i++) {
            signature.add(Para.centred("", false, false, 14));
        }
        if (c.signer() != null) {
            signature.add(Para.centred(c.signer(), true, false, 14));
        }
        return new Layout(left, right, before, after, recipients, signature);
    }

    static List<String> cells(int index, Row row) {
        return List.of(String.valueOf(index + 1), row.nomineeName(), row.award(), row.achievementSummary());
    }

    /** A self-contained UTF-8 HTML page. */
    public static String html(Content c) {
        Layout layout = layout(c);
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Tờ trình " + escape(c.schoolName()) + " năm học " + c.schoolYear() + "</title>\n<style>\n"
                + "body{margin:0;background:#eee}\n.page{box-sizing:border-box;max-width:210mm;margin:0 auto;"
                + "padding:20mm 20mm 20mm 30mm;background:#fff;font-family:'Times New Roman',Times,serif;"
                + "font-size:14pt;line-height:1.3}\np{margin:0 0 6pt}\n.block{width:100%;border-collapse:collapse}\n"
                + ".block td{vertical-align:top;padding:0}\n.block td.side{width:42%}\n"
                + ".list{width:100%;border-collapse:collapse;margin:6pt 0}\n"
                + ".list th,.list td{border:1px solid #000;padding:3pt;vertical-align:top;font-size:13pt}\n"
                + ".list td:first-child{width:7%;text-align:center}.list td:nth-child(2){width:24%}"
                + ".list td:nth-child(3){width:22%}\n"
                + ".center{text-align:center}.justify{text-align:justify;text-indent:1cm}.left{text-align:left}\n"
                + ".b{font-weight:bold}.i{font-style:italic}.u{text-decoration:underline}\n"
                + "</style>\n</head>\n<body>\n<main class=\"page\">\n");
        block(html, layout.headerLeft(), layout.headerRight());
        layout.before().forEach(p -> paragraph(html, p));
        html.append("<table class=\"list\"><tr>");
        for (String column : COLUMNS) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr>\n");
        for (int i = 0; i < c.rows().size(); i++) {
            html.append("<tr>");
            for (String cell : cells(i, c.rows().get(i))) {
                html.append("<td>").append(escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        layout.after().forEach(p -> paragraph(html, p));
        block(html, layout.recipients(), layout.signature());
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    /** A Word document, A4, Times New Roman, margins of Nghị định 30. */
    public static byte[] docx(Content c) {
        Layout layout = layout(c);
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTSectPr section = docx.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(1134));
            margins.setBottom(BigInteger.valueOf(1134));
            margins.setRight(BigInteger.valueOf(1134));
            margins.setLeft(BigInteger.valueOf(1701));
            twoColumns(docx, layout.headerLeft(), layout.headerRight());
            layout.before().forEach(p -> format(docx.createParagraph(), p));
            XWPFTable list = docx.createTable(c.rows().size() + 1, COLUMNS.length);
            list.setWidth("100%");
            for (int col = 0; col < COLUMNS.length; col++) {
                format(list.getRow(0).getCell(col).getParagraphs().get(0),
                        new Para(COLUMNS[col], true, false, false, Align.CENTER, 13));
            }
            for (int i = 0; i < c.rows().size(); i++) {
                List<String> cells = cells(i, c.rows().get(i));
                for (int col = 0; col < cells.size(); col++) {
                    format(list.getRow(i + 1).getCell(col).getParagraphs().get(0),
                            new Para(cells.get(col), false, false, false, col == 0 ? Align.CENTER : Align.LEFT, 13));
                }
            }
            layout.after().forEach(p -> format(docx.createParagraph(), p));
            twoColumns(docx, layout.recipients(), layout.signature());
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a .docx in memory", e);
        }
    }

    private static void twoColumns(XWPFDocument docx, List<Para> left, List<Para> right) {
        XWPFTable table = docx.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        cell(table.getRow(0).getCell(0), left, "42%");
        cell(table.getRow(0).getCell(1), right, "58%");
    }

    private static void cell(XWPFTableCell cell, List<Para> paras, String width) {
        cell.setWidth(width);
        for (int i = 0; i < paras.size(); i++) {
            format(i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph(), paras.get(i));
        }
    }

    private static void format(XWPFParagraph paragraph, Para para) {
        paragraph.setAlignment(switch (para.align()) {
            case CENTER -> ParagraphAlignment.CENTER;
            case JUSTIFY -> ParagraphAlignment.BOTH;
            case LEFT -> ParagraphAlignment.LEFT;
        });
        if (para.align() == Align.JUSTIFY) {
            paragraph.setIndentationFirstLine(567);
            paragraph.setSpacingAfter(120);
        }
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(para.size());
        run.setBold(para.bold());
        run.setItalic(para.italic());
        if (para.underline()) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setText(para.text());
    }

    private static void block(StringBuilder html, List<Para> left, List<Para> right) {
        html.append("<table class=\"block\"><tr><td class=\"side\">\n");
        left.forEach(p -> paragraph(html, p));
        html.append("</td><td>\n");
        right.forEach(p -> paragraph(html, p));
        html.append("</td></tr></table>\n");
    }

    private static void paragraph(StringBuilder html, Para p) {
        html.append("<p class=\"").append(p.align().name().toLowerCase(Locale.ROOT)).append(p.bold() ? " b" : "")
                .append(p.italic() ? " i" : "").append(p.underline() ? " u" : "").append("\" style=\"font-size:")
                .append(p.size()).append("pt\">").append(p.text().isEmpty() ? "&nbsp;" : escape(p.text()))
                .append("</p>\n");
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(ch);
            }
        }
        return escaped.toString();
    }
}
