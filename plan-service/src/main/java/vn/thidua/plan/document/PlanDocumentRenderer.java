package vn.thidua.plan.document;

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
import vn.thidua.plan.document.PlanDocument.Basis;
import vn.thidua.plan.document.PlanDocument.NumberedItem;
import vn.thidua.plan.document.PlanDocument.Recipient;
import vn.thidua.plan.document.PlanDocument.Responsibility;
import vn.thidua.plan.document.PlanDocument.Signer;

/**
 * Renders a plan in the layout of Vietnamese state documents (Nghị định 30/2020/NĐ-CP): a two-column header
 * (issuing body, unit and number on the left; national motto, place and date on the right), the kind and title,
 * the bases and occasions, the sections I–IV, the closing, and a two-column block with the recipients and the
 * signature. Numbers are written as stored, never renumbered; absent fields are left out rather than shown as
 * "…" placeholders, so that a rendered document imports back to the same structure.
 *
 * <p>Both outputs come from one list of paragraphs, so HTML and .docx never differ in content.
 */
public final class PlanDocumentRenderer {

    private static final String FONT = "Times New Roman";
    private static final int BODY_SIZE = 14;
    private static final int HEADER_SIZE = 13;
    private static final int RECIPIENT_SIZE = 11;
    private static final int RECIPIENTS_LABEL_SIZE = 12;
    private static final String DEFAULT_KIND = "KẾ HOẠCH";
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};
    private static final int SIGNATURE_SPACE_LINES = 3;
    // A4 in twentieths of a point, margins 20 mm top, bottom and right and 30 mm left (NĐ 30/2020, Phụ lục I).
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;
    private static final long MARGIN_20_MM = 1134;
    private static final long MARGIN_30_MM = 1701;
    private static final int FIRST_LINE_INDENT = 567;
    private static final int SPACING_AFTER = 120;

    private enum Align { CENTER, JUSTIFY, LEFT }

    /** One paragraph of the rendered document with its look. */
    private record Para(String text, boolean bold, boolean italic, boolean underline, Align align, boolean indent,
            int size) {

        static Para body(String text) {
            return new Para(text, false, false, false, Align.JUSTIFY, true, BODY_SIZE);
        }

        static Para heading(String text) {
            return new Para(text, true, false, false, Align.JUSTIFY, true, BODY_SIZE);
        }

        static Para centred(String text, boolean bold, boolean italic, boolean underline, int size) {
            return new Para(text, bold, italic, underline, Align.CENTER, false, size);
        }
    }

    /** The page: header cells, body paragraphs, recipients and signature cells. */
    private record Layout(List<Para> headerLeft, List<Para> headerRight, List<Para> body, List<Para> recipients,
            List<Para> signature) {
    }

    /** A complete, self-contained UTF-8 HTML page with inline CSS and no external resources. */
    public String html(PlanDocument plan) {
        Layout layout = layout(plan);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(plan.title() == null ? kind(plan) : kind(plan) + " " + plan.title()))
                .append("</title>\n<style>\n")
                .append("body{margin:0;background:#eee}\n")
                .append(".page{box-sizing:border-box;max-width:210mm;margin:0 auto;padding:20mm 20mm 20mm 30mm;")
                .append("background:#fff;font-family:'Times New Roman',Times,serif;font-size:14pt;line-height:1.3;")
                .append("color:#000}\n")
                .append("p{margin:0 0 6pt}\n.block{width:100%;border-collapse:collapse}\n")
                .append(".block td{vertical-align:top;padding:0}\n.block td.side{width:42%}\n")
                .append(".center{text-align:center}.justify{text-align:justify}.left{text-align:left}\n")
                .append(".indent{text-indent:1cm}.b{font-weight:bold}.i{font-style:italic}")
                .append(".u{text-decoration:underline}\n")
                .append("</style>\n</head>\n<body>\n<main class=\"page\">\n");
        block(html, layout.headerLeft(), layout.headerRight());
        layout.body().forEach(para -> paragraph(html, para));
        block(html, layout.recipients(), layout.signature());
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    /** A Word document, A4, Times New Roman. */
    public byte[] docx(PlanDocument plan) {
        Layout layout = layout(plan);
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(docx);
            table(docx, layout.headerLeft(), layout.headerRight());
            layout.body().forEach(para -> format(docx.createParagraph(), para));
            table(docx, layout.recipients(), layout.signature());
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a .docx in memory", e);
        }
    }

    private static Layout layout(PlanDocument plan) {
        List<Para> body = new ArrayList<>();
        body.add(Para.centred(kind(plan), true, false, false, BODY_SIZE));
        if (plan.title() != null) {
            body.add(Para.centred(plan.title(), true, false, false, BODY_SIZE));
        }
        for (Basis basis : list(plan.bases())) {
            body.add(Para.body(basis.text()));
        }
        list(plan.occasions()).forEach(occasion -> lines(body, occasion));
        sections(plan, body);
        if (plan.closing() != null) {
            lines(body, plan.closing());
        }
        return new Layout(headerLeft(plan), headerRight(plan), body, recipients(plan), signature(plan.signer()));
    }

    private static List<Para> headerLeft(PlanDocument plan) {
        List<Para> left = new ArrayList<>();
        if (plan.issuingBody() != null) {
            left.add(Para.centred(plan.issuingBody(), false, false, false, HEADER_SIZE));
        }
        if (plan.unitName() != null) {
            left.add(Para.centred(plan.unitName(), true, false, false, HEADER_SIZE));
        }
        if (plan.documentNumber() != null) {
            left.add(Para.centred("Số: " + plan.documentNumber(), false, false, false, HEADER_SIZE));
        }
        return left;
    }

    private static List<Para> headerRight(PlanDocument plan) {
        List<Para> right = new ArrayList<>();
        right.add(Para.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, false, HEADER_SIZE));
        right.add(Para.centred("Độc lập - Tự do - Hạnh phúc", true, false, true, BODY_SIZE));
        String date = plan.documentDate() == null ? null : Dates.write(plan.documentDate());
        if (plan.place() != null || date != null) {
            // A place without a date is a draft awaiting its date: the blanks are left as drafts leave them.
            String when = date != null ? date : "ngày      tháng      năm      ";
            right.add(Para.centred(plan.place() == null ? when : plan.place() + ", " + when, false, true, false,
                    BODY_SIZE));
        }
        return right;
    }

    private static void sections(PlanDocument plan, List<Para> body) {
        int section = 0;
        if (!list(plan.purposes()).isEmpty() || !list(plan.requirements()).isEmpty()) {
            body.add(Para.heading(ROMAN[section++] + ". MỤC ĐÍCH - YÊU CẦU"));
            int sub = 0;
            if (!list(plan.purposes()).isEmpty()) {
                body.add(Para.heading(++sub + ". Mục đích"));
                plan.purposes().forEach(purpose -> lines(body, purpose));
            }
            if (!list(plan.requirements()).isEmpty()) {
                body.add(Para.heading(++sub + ". Yêu cầu"));
                plan.requirements().forEach(requirement -> lines(body, requirement));
            }
        }
        if (!list(plan.contents()).isEmpty()) {
            body.add(Para.heading(ROMAN[section++] + ". NỘI DUNG THỰC HIỆN"));
            plan.contents().forEach(item -> numbered(body, item));
        }
        if (!list(plan.measures()).isEmpty()) {
            body.add(Para.heading(ROMAN[section++] + ". GIẢI PHÁP THỰC HIỆN"));
            plan.measures().forEach(item -> numbered(body, item));
        }
        if (!list(plan.responsibilities()).isEmpty()) {
            body.add(Para.heading(ROMAN[section] + ". TỔ CHỨC THỰC HIỆN"));
            plan.responsibilities().forEach(responsibility -> lines(body, responsibility(responsibility)));
        }
    }

    private static void numbered(List<Para> body, NumberedItem item) {
        String number = item.number() == null ? "" : Marker.render(item.number()) + " ";
        lines(body, number + (item.text() == null ? "" : item.text()));
    }

    /**
     * "n. Role duties" as the original usually reads when the duties go on in lower case ("Hiệu trưởng xây dựng…"),
     * otherwise "n. Role: duties"; the form chosen is one the importer reads back into the same role and duties.
     */
    private static String responsibility(Responsibility responsibility) {
        String number = responsibility.number() == null ? "" : Marker.render(responsibility.number()) + " ";
        String duties = responsibility.duties() == null ? "" : responsibility.duties();
        String role = responsibility.role();
        if (role == null) {
            return number + duties;
        }
        int newline = duties.indexOf('\n');
        String first = newline < 0 ? duties : duties.substring(0, newline);
        String rest = newline < 0 ? "" : duties.substring(newline);
        if (!first.isEmpty() && Character.isLowerCase(first.codePointAt(0))
                && readsBack(role + " " + first, role, first)) {
            return number + role + " " + first + rest;
        }
        if ((first.isEmpty() || Marker.of(first) != null) && readsBack(role + ":", role, "")) {
            return number + role + ":" + (duties.isEmpty() ? "" : "\n" + duties);
        }
        return number + role + ": " + first + rest;
    }

    private static boolean readsBack(String line, String role, String rest) {
        Roles.Split split = Roles.split(line);
        return role.equals(split.role()) && rest.equals(split.rest());
    }

    private static List<Para> recipients(PlanDocument plan) {
        List<Para> left = new ArrayList<>();
        List<Recipient> recipients = list(plan.recipients());
        if (recipients.isEmpty()) {
            return left;
        }
        left.add(new Para("Nơi nhận:", true, true, false, Align.LEFT, false, RECIPIENTS_LABEL_SIZE));
        for (int i = 0; i < recipients.size(); i++) {
            Recipient recipient = recipients.get(i);
            String purpose = recipient.purpose() == null ? "" : " (" + recipient.purpose() + ")";
            String end = i == recipients.size() - 1 ? "." : ";";
            left.add(new Para("- " + recipient.name() + purpose + end, false, false, false, Align.LEFT, false,
                    RECIPIENT_SIZE));
        }
        return left;
    }

    private static List<Para> signature(Signer signer) {
        List<Para> right = new ArrayList<>();
        if (signer == null) {
            return right;
        }
        if (signer.authority() != null) {
            right.add(Para.centred(signer.authority(), true, false, false, BODY_SIZE));
        }
        if (signer.title() != null) {
            right.add(Para.centred(signer.title(), true, false, false, BODY_SIZE));
        }
        if (signer.name() != null) {
            for (int i = 0; i < SIGNATURE_SPACE_LINES; i++) {
                right.add(Para.centred("", false, false, false, BODY_SIZE));
            }
            right.add(Para.centred(signer.name(), true, false, false, BODY_SIZE));
        }
        return right;
    }

    /** A stored text with line breaks is several paragraphs (an item and its sub-items). */
    private static void lines(List<Para> body, String text) {
        for (String line : text.split("\n", -1)) {
            body.add(Para.body(line));
        }
    }

    private static String kind(PlanDocument plan) {
        return plan.kind() == null ? DEFAULT_KIND : plan.kind();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static void block(StringBuilder html, List<Para> left, List<Para> right) {
        if (left.isEmpty() && right.isEmpty()) {
            return;
        }
        html.append("<table class=\"block\"><tr><td class=\"side\">\n");
        left.forEach(para -> paragraph(html, para));
        html.append("</td><td>\n");
        right.forEach(para -> paragraph(html, para));
        html.append("</td></tr></table>\n");
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

    private static String escape(String text) {
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

    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_20_MM));
        margins.setBottom(BigInteger.valueOf(MARGIN_20_MM));
        margins.setRight(BigInteger.valueOf(MARGIN_20_MM));
        margins.setLeft(BigInteger.valueOf(MARGIN_30_MM));
    }

    /** A borderless two-column table; an empty side stays an empty cell. */
    private static void table(XWPFDocument docx, List<Para> left, List<Para> right) {
        if (left.isEmpty() && right.isEmpty()) {
            return;
        }
        XWPFTable table = docx.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        cell(table.getRow(0).getCell(0), left, "42%");
        cell(table.getRow(0).getCell(1), right, "58%");
    }

    private static void cell(XWPFTableCell cell, List<Para> paras, String width) {
        cell.setWidth(width);
        for (int i = 0; i < paras.size(); i++) {
            // A new cell already holds one empty paragraph: use it for the first line.
            format(i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph(), paras.get(i));
        }
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
