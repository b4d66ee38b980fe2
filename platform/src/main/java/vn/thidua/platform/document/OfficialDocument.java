package vn.thidua.platform.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/**
 * Writes a Vietnamese official document (Nghị định 30/2020/NĐ-CP, Phụ lục I) from a list of blocks, as a
 * self-contained HTML page or as a .docx: A4, margins 20 mm top, bottom and right and 30 mm left, Times New Roman.
 * What the document says and how each line looks is the caller's; this class only lays the blocks on the page, so
 * that the HTML and the .docx of a document never differ in content.
 *
 * <p>Needs Apache POI (poi-ooxml) on the class path for {@link #docx}; platform declares it optional, so a service
 * that writes documents depends on it itself.
 */
public final class OfficialDocument {

    public static final String FONT = "Times New Roman";
    /** Quốc hiệu and tiêu ngữ, the right side of the header of every official document. */
    public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    public static final int A4_WIDTH_MM = 210;
    public static final int A4_HEIGHT_MM = 297;
    public static final int MARGIN_TOP_MM = 20;
    public static final int MARGIN_BOTTOM_MM = 20;
    public static final int MARGIN_LEFT_MM = 30;
    /** The decree allows 15–20 mm on the right; these documents use 20. */
    public static final int MARGIN_RIGHT_MM = 20;

    // In twentieths of a point, as Word measures.
    private static final int FIRST_LINE_INDENT = 567;
    private static final int SPACING_AFTER = 120;

    private OfficialDocument() {
    }

    /** The national name (bold) and the motto (bold, underlined) as the header's right column opens. */
    public static List<Para> nationalMotto(int nameSize, int mottoSize) {
        return List.of(Para.centred(NATIONAL_NAME, true, false, false, nameSize),
                Para.centred(MOTTO, true, false, true, mottoSize));
    }

    /** A length in millimetres as twentieths of a point, rounded: 20 mm is 1134. */
    public static long twips(int millimetres) {
        return Math.round(millimetres * 1440 / 25.4);
    }

    /** A complete UTF-8 HTML page with inline CSS and no external resources; the page text is bodySize points. */
    public static String html(String title, int bodySize, List<Block> blocks) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{margin:0;background:#eee}\n")
                .append(".page{box-sizing:border-box;max-width:").append(A4_WIDTH_MM).append("mm;margin:0 auto;")
                .append("padding:").append(MARGIN_TOP_MM).append("mm ").append(MARGIN_RIGHT_MM).append("mm ")
                .append(MARGIN_BOTTOM_MM).append("mm ").append(MARGIN_LEFT_MM).append("mm;")
                .append("background:#fff;font-family:'Times New Roman',Times,serif;font-size:").append(bodySize)
                .append("pt;line-height:1.3;color:#000}\n")
                .append("p{margin:0 0 6pt}\n.block{width:100%;border-collapse:collapse}\n")
                .append(".block td{vertical-align:top;padding:0}\n")
                .append(".grid{width:100%;border-collapse:collapse;margin:6pt 0}\n")
                .append(".grid th,.grid td{border:1px solid #000;padding:2pt 4pt;vertical-align:top}\n")
                .append(".center{text-align:center}.justify{text-align:justify}.left{text-align:left}\n")
                .append(".indent{text-indent:1cm}.b{font-weight:bold}.i{font-style:italic}")
                .append(".u{text-decoration:underline}\n")
                .append(".page-break{border:0;border-top:1px dashed #999;margin:12pt 0;page-break-after:always;"
                        + "break-after:page}\n");
        int tables = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Table table) {
                columnRules(html, ++tables, table);
            }
        }
        html.append("</style>\n</head>\n<body>\n<main class=\"page\">\n");
        tables = 0;
        for (Block block : blocks) {
            if (block instanceof Para para) {
                paragraph(html, para);
            } else if (block instanceof Block.Columns columns) {
                columns(html, columns);
            } else if (block instanceof Block.Table table) {
                table(html, ++tables, table);
            } else if (block instanceof Block.PageBreak) {
                html.append("<hr class=\"page-break\">\n");
            }
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    /** A Word document with the page of the decree. */
    public static byte[] docx(List<Block> blocks) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(docx);
            for (Block block : blocks) {
                if (block instanceof Para para) {
                    format(docx.createParagraph(), para);
                } else if (block instanceof Block.Columns columns) {
                    columns(docx, columns);
                } else if (block instanceof Block.Table table) {
                    table(docx, table);
                } else if (block instanceof Block.PageBreak) {
                    docx.createParagraph().setPageBreak(true);
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a .docx in memory", e);
        }
    }

    /** Text for HTML content and attribute values: the five characters HTML gives a meaning to are escaped. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static void paragraph(StringBuilder html, Para para) {
        html.append("<p class=\"").append(para.align().name().toLowerCase(Locale.ROOT));
        if (para.indent()) {
            html.append(" indent");
        }
        if (para.bold()) {
            html.append(" b");
        }
        if (para.italic()) {
            html.append(" i");
        }
        if (para.underline()) {
            html.append(" u");
        }
        html.append("\" style=\"font-size:").append(para.size()).append("pt\">")
                .append(para.text().isEmpty() ? "&nbsp;" : escape(para.text())).append("</p>\n");
    }

    private static void columns(StringBuilder html, Block.Columns columns) {
        if (columns.left().isEmpty() && columns.right().isEmpty()) {
            return;
        }
        html.append("<table class=\"block\"><tr><td style=\"width:").append(columns.leftPercent()).append("%\">\n");
        columns.left().forEach(para -> paragraph(html, para));
        html.append("</td><td>\n");
        columns.right().forEach(para -> paragraph(html, para));
        html.append("</td></tr></table>\n");
    }

    /** Alignment and width per column as CSS, so that the cells themselves stay plain {@code <td>text</td>}. */
    private static void columnRules(StringBuilder html, int number, Block.Table table) {
        for (int c = 0; c < table.aligns().size(); c++) {
            List<String> rules = new ArrayList<>();
            Align align = table.aligns().get(c);
            if (align != Align.LEFT) {
                rules.add("text-align:" + align.name().toLowerCase(Locale.ROOT));
            }
            if (c < table.widths().size()) {
                rules.add("width:" + table.widths().get(c) + "%");
            }
            if (!rules.isEmpty()) {
                html.append(".grid-").append(number).append(" td:nth-child(").append(c + 1).append("){")
                        .append(String.join(";", rules)).append("}\n");
            }
        }
    }

    private static void table(StringBuilder html, int number, Block.Table table) {
        html.append("<table class=\"grid grid-").append(number).append("\" style=\"font-size:").append(table.size())
                .append("pt\">\n<tr>");
        for (String text : table.header()) {
            html.append("<th>").append(escape(text)).append("</th>");
        }
        html.append("</tr>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (String text : row) {
                html.append("<td>").append(escape(text)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(A4_WIDTH_MM)));
        size.setH(BigInteger.valueOf(twips(A4_HEIGHT_MM)));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(MARGIN_TOP_MM)));
        margins.setBottom(BigInteger.valueOf(twips(MARGIN_BOTTOM_MM)));
        margins.setRight(BigInteger.valueOf(twips(MARGIN_RIGHT_MM)));
        margins.setLeft(BigInteger.valueOf(twips(MARGIN_LEFT_MM)));
    }

    private static void columns(XWPFDocument docx, Block.Columns columns) {
        if (columns.left().isEmpty() && columns.right().isEmpty()) {
            return;
        }
        XWPFTable table = docx.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        cell(table.getRow(0).getCell(0), columns.left(), columns.leftPercent());
        cell(table.getRow(0).getCell(1), columns.right(), 100 - columns.leftPercent());
    }

    private static void cell(XWPFTableCell cell, List<Para> paras, int percent) {
        cell.setWidth(percent + "%");
        for (int i = 0; i < paras.size(); i++) {
            // A new cell already holds one empty paragraph: use it for the first line.
            format(i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph(), paras.get(i));
        }
    }

    private static void table(XWPFDocument docx, Block.Table table) {
        int columns = table.header().size();
        XWPFTable grid = docx.createTable(table.rows().size() + 1, columns);
        grid.setWidth("100%");
        for (int c = 0; c < columns; c++) {
            gridCell(grid.getRow(0).getCell(c), table, c,
                    Para.centred(table.header().get(c), true, false, false, table.size()));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < columns; c++) {
                gridCell(grid.getRow(r + 1).getCell(c), table, c,
                        new Para(row.get(c), false, false, false, table.aligns().get(c), false, table.size()));
            }
        }
    }

    private static void gridCell(XWPFTableCell cell, Block.Table table, int column, Para para) {
        if (column < table.widths().size()) {
            cell.setWidth(table.widths().get(column) + "%");
        }
        format(cell.getParagraphs().get(0), para);
    }

    private static void format(XWPFParagraph paragraph, Para para) {
        paragraph.setAlignment(switch (para.align()) {
            case CENTER -> ParagraphAlignment.CENTER;
            case JUSTIFY -> ParagraphAlignment.BOTH;
            case LEFT -> ParagraphAlignment.LEFT;
        });
        if (para.indent()) {
            paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        }
        paragraph.setSpacingAfter(para.align() == Align.JUSTIFY ? SPACING_AFTER : 0);
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
}
