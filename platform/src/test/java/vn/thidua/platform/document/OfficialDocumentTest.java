package vn.thidua.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

class OfficialDocumentTest {

    private static final Block.Columns HEADER = new Block.Columns(
            List.of(Para.centred("UBND HUYỆN TAM NÔNG", false, false, false, 13),
                    Para.centred("TRƯỜNG TIỂU HỌC TRÀM CHIM 2", true, false, false, 13)),
            OfficialDocument.nationalMotto(13, 14), 42);

    private static XWPFDocument read(List<Block> blocks) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(OfficialDocument.docx(blocks)));
    }

    @Test
    void escapesTheFiveCharactersHtmlGivesAMeaningTo() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; – Phòng GD&amp;ĐT",
                OfficialDocument.escape("a <b> & \"c\" 'd' – Phòng GD&ĐT"));
        assertEquals("Độc lập - Tự do - Hạnh phúc", OfficialDocument.escape(OfficialDocument.MOTTO));
    }

    @Test
    void everyTextOfTheHtmlIsEscaped() {
        String html = OfficialDocument.html("Kế hoạch <script>", 14, List.of(
                new Block.Columns(List.of(Para.left("<b>trái</b>", false, false, 12)), List.of(), 50),
                Para.justified("a < b & c", false, true, 14),
                new Block.Table(List.of("<th>"), List.of(List.of("<td>")), List.of(Align.LEFT), List.of(), 11)));
        assertTrue(html.contains("<title>Kế hoạch &lt;script&gt;</title>"));
        assertTrue(html.contains("&lt;b&gt;trái&lt;/b&gt;"));
        assertTrue(html.contains(">a &lt; b &amp; c</p>"));
        assertTrue(html.contains("<th>&lt;th&gt;</th>"));
        assertTrue(html.contains("<td>&lt;td&gt;</td>"));
        assertFalse(html.contains("<script>") || html.contains("<b>"));
    }

    @Test
    void aParagraphKeepsItsFormattingInTheDocx() throws IOException {
        try (XWPFDocument docx = read(List.of(
                new Para("Độc lập - Tự do - Hạnh phúc", true, true, true, Align.CENTER, false, 13),
                Para.justified("Căn cứ Luật Thi đua, khen thưởng;", false, true, 14),
                Para.left("Nơi nhận:", true, true, 12)))) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            assertEquals(3, paragraphs.size());

            XWPFParagraph centred = paragraphs.get(0);
            XWPFRun run = centred.getRuns().get(0);
            assertEquals(ParagraphAlignment.CENTER, centred.getAlignment());
            assertEquals("Times New Roman", run.getFontFamily());
            assertEquals(13.0, run.getFontSizeAsDouble());
            assertTrue(run.isBold());
            assertTrue(run.isItalic());
            assertEquals(UnderlinePatterns.SINGLE, run.getUnderline());
            assertEquals(0, centred.getSpacingAfter());

            XWPFParagraph body = paragraphs.get(1);
            assertEquals(ParagraphAlignment.BOTH, body.getAlignment());
            assertEquals(567, body.getIndentationFirstLine(), "1 cm");
            assertEquals(120, body.getSpacingAfter(), "6 pt");
            assertEquals(14.0, body.getRuns().get(0).getFontSizeAsDouble());
            assertFalse(body.getRuns().get(0).isBold());
            assertEquals(UnderlinePatterns.NONE, body.getRuns().get(0).getUnderline());

            XWPFParagraph left = paragraphs.get(2);
            assertEquals(ParagraphAlignment.LEFT, left.getAlignment());
            assertEquals(-1, left.getIndentationFirstLine(), "not indented");
            assertEquals("Nơi nhận:", left.getText());
        }
    }

    @Test
    void aParagraphKeepsItsFormattingInTheHtml() {
        String html = OfficialDocument.html("t", 13, List.of(
                new Para("Độc lập - Tự do - Hạnh phúc", true, true, true, Align.CENTER, false, 14),
                Para.justified("Thân bài", false, true, 13), Para.blank(13)));
        assertTrue(html.contains("<p class=\"center b i u\" style=\"font-size:14pt\">Độc lập - Tự do - Hạnh phúc</p>"));
        assertTrue(html.contains("<p class=\"justify indent\" style=\"font-size:13pt\">Thân bài</p>"));
        assertTrue(html.contains("<p class=\"center\" style=\"font-size:13pt\">&nbsp;</p>"), "a blank line keeps its height");
        assertTrue(html.contains("font-size:13pt;line-height:1.3"), "the page's text size");
    }

    @Test
    void theTwoColumnHeaderHoldsTheIssuingBodyBesideTheNationalMotto() throws IOException {
        String html = OfficialDocument.html("Kế hoạch", 14, List.of(HEADER));
        assertTrue(html.contains("<table class=\"block\"><tr><td style=\"width:42%\">\n"
                + "<p class=\"center\" style=\"font-size:13pt\">UBND HUYỆN TAM NÔNG</p>\n"
                + "<p class=\"center b\" style=\"font-size:13pt\">TRƯỜNG TIỂU HỌC TRÀM CHIM 2</p>\n</td><td>\n"
                + "<p class=\"center b\" style=\"font-size:13pt\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>\n"
                + "<p class=\"center b u\" style=\"font-size:14pt\">Độc lập - Tự do - Hạnh phúc</p>\n</td></tr></table>"),
                html);

        try (XWPFDocument docx = read(List.of(HEADER))) {
            assertEquals(1, docx.getTables().size());
            XWPFTable table = docx.getTables().get(0);
            assertEquals(1, table.getNumberOfRows());
            assertEquals(List.of("UBND HUYỆN TAM NÔNG", "TRƯỜNG TIỂU HỌC TRÀM CHIM 2"),
                    table.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getText).toList());
            List<XWPFParagraph> right = table.getRow(0).getCell(1).getParagraphs();
            assertEquals(List.of(OfficialDocument.NATIONAL_NAME, OfficialDocument.MOTTO),
                    right.stream().map(XWPFParagraph::getText).toList());
            assertTrue(right.get(0).getRuns().get(0).isBold());
            assertEquals(UnderlinePatterns.SINGLE, right.get(1).getRuns().get(0).getUnderline());
            assertEquals(TableWidthType.PCT, table.getRow(0).getCell(0).getWidthType());
            assertEquals(42.0, table.getRow(0).getCell(0).getWidthDecimal());
            assertEquals(58.0, table.getRow(0).getCell(1).getWidthDecimal());
            assertNull(table.getTopBorderType(), "borderless");
            assertNull(table.getInsideVBorderType(), "borderless");
        }
    }

    @Test
    void aTwoColumnBlockWithNothingInItIsLeftOut() throws IOException {
        Block.Columns empty = new Block.Columns(List.of(), List.of(), 42);
        assertFalse(OfficialDocument.html("t", 14, List.of(empty)).contains("<table"));
        try (XWPFDocument docx = read(List.of(empty, Para.blank(14)))) {
            assertEquals(0, docx.getTables().size());
        }
    }

    @Test
    void aTableHasABoldCentredHeaderRowAndItsColumnsLook() throws IOException {
        Block.Table table = new Block.Table(List.of("STT", "Họ và tên"), List.of(List.of("1", "Nguyễn Thị Lan"),
                List.of("2", "Tổ khối 1")), List.of(Align.CENTER, Align.LEFT), List.of(10, 90), 11);
        String html = OfficialDocument.html("t", 14, List.of(Para.blank(14), table));
        assertTrue(html.contains(".grid-1 td:nth-child(1){text-align:center;width:10%}"));
        assertTrue(html.contains(".grid-1 td:nth-child(2){width:90%}"));
        assertTrue(html.contains("<table class=\"grid grid-1\" style=\"font-size:11pt\">\n<tr><th>STT</th><th>Họ và tên"
                + "</th></tr>\n<tr><td>1</td><td>Nguyễn Thị Lan</td></tr>\n<tr><td>2</td><td>Tổ khối 1</td></tr>"));

        try (XWPFDocument docx = read(List.of(table))) {
            XWPFTable grid = docx.getTables().get(0);
            assertEquals(3, grid.getNumberOfRows());
            XWPFParagraph head = grid.getRow(0).getCell(1).getParagraphs().get(0);
            assertEquals("Họ và tên", head.getText());
            assertEquals(ParagraphAlignment.CENTER, head.getAlignment());
            assertTrue(head.getRuns().get(0).isBold());
            XWPFParagraph name = grid.getRow(1).getCell(1).getParagraphs().get(0);
            assertEquals("Nguyễn Thị Lan", name.getText());
            assertEquals(ParagraphAlignment.LEFT, name.getAlignment());
            assertFalse(name.getRuns().get(0).isBold());
            assertEquals(11.0, name.getRuns().get(0).getFontSizeAsDouble());
            assertEquals(ParagraphAlignment.CENTER, grid.getRow(2).getCell(0).getParagraphs().get(0).getAlignment());
            assertEquals(10.0, grid.getRow(2).getCell(0).getWidthDecimal());
            assertEquals(XWPFTable.XWPFBorderType.SINGLE, grid.getTopBorderType(), "bordered");
        }
    }

    @Test
    void aTableIsRefusedWhenItsRowsOrColumnsDoNotMatchItsHeader() {
        List<String> header = List.of("STT", "Họ và tên");
        List<Align> aligns = List.of(Align.CENTER, Align.LEFT);
        assertThrows(IllegalArgumentException.class,
                () -> new Block.Table(header, List.of(List.of("1")), aligns, List.of(), 11));
        assertThrows(IllegalArgumentException.class,
                () -> new Block.Table(header, List.of(), List.of(Align.LEFT), List.of(), 11));
        assertThrows(IllegalArgumentException.class,
                () -> new Block.Table(header, List.of(), aligns, List.of(10, 40, 50), 11));
    }

    @Test
    void thePageIsA4WithTheMarginsOfTheDecree() throws IOException {
        assertEquals(1134, OfficialDocument.twips(20));
        assertEquals(1701, OfficialDocument.twips(30));
        try (XWPFDocument docx = read(List.of(Para.blank(14)))) {
            CTPageSz size = docx.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(BigInteger.valueOf(11906), size.getW());
            assertEquals(BigInteger.valueOf(16838), size.getH());
            CTPageMar margins = docx.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(BigInteger.valueOf(1134), margins.getTop());
            assertEquals(BigInteger.valueOf(1134), margins.getBottom());
            assertEquals(BigInteger.valueOf(1701), margins.getLeft());
            assertEquals(BigInteger.valueOf(1134), margins.getRight());
        }
        String html = OfficialDocument.html("t", 14, List.of());
        assertTrue(html.contains("max-width:210mm;"));
        assertTrue(html.contains("padding:20mm 20mm 20mm 30mm;"), "top, right, bottom, left");
    }

    @Test
    void aPageBreakStartsTheNextBlockOnANewPage() throws IOException {
        List<Block> blocks = List.of(Para.left("Quyết định", false, false, 14), new Block.PageBreak(),
                Para.left("Danh sách kèm theo", false, false, 14));
        try (XWPFDocument docx = read(blocks)) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            assertEquals(3, paragraphs.size());
            assertFalse(paragraphs.get(0).isPageBreak());
            assertTrue(paragraphs.get(1).isPageBreak());
            assertEquals("Danh sách kèm theo", paragraphs.get(2).getText());
        }
        String html = OfficialDocument.html("t", 14, blocks);
        int quyetDinh = html.indexOf("Quyết định</p>");
        int pageBreak = html.indexOf("<hr class=\"page-break\">");
        assertTrue(quyetDinh > 0 && pageBreak > quyetDinh && html.indexOf("Danh sách kèm theo") > pageBreak, html);
        assertTrue(html.contains("page-break-after:always"), "prints as a page break");
    }
}
