package vn.thidua.plan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanDocumentRendererTest {

    private final PlanDocumentRenderer renderer = new PlanDocumentRenderer();
    private final PlanTextImporter text = new PlanTextImporter();
    private final PlanDocxImporter docx = new PlanDocxImporter(PlanDocumentReader.DEFAULT_MAX_BYTES);

    private PlanDocument imported(String name) {
        return text.read(Documents.text(name), Documents.ANY).document();
    }

    @ParameterizedTest
    @ValueSource(strings = {Documents.TRAM_CHIM_2, Documents.DISTRICT_OFFICE, Documents.SECONDARY_SCHOOL})
    void aRenderedDocxImportsBackToTheSameStructure(String name) throws Exception {
        PlanDocument plan = imported(name);
        PlanDocument again = docx.read(new ByteArrayInputStream(renderer.docx(plan)), Documents.ANY).document();
        assertEquals(plan, again);
    }

    @Test
    void theFixtureRoundTripKeepsAbsentFieldsAbsentAndWarnsTheSame() throws Exception {
        PlanDocument plan = imported(Documents.TRAM_CHIM_2);
        ImportResult again = docx.read(new ByteArrayInputStream(renderer.docx(plan)), Documents.ANY);
        assertNull(again.document().issuingBody());
        assertNull(again.document().unitName());
        assertNull(again.document().documentNumber());
        assertNull(again.document().documentDate());
        assertNull(again.document().place());
        assertEquals(List.of("NO_HEADER", "NO_DOCUMENT_NUMBER", "NO_DOCUMENT_DATE", "YEAR_MISMATCH", "NUMBERING_GAP"),
                Documents.codes(again));
    }

    @Test
    void laysTheDocxOutAsAStateDocument() throws Exception {
        PlanDocument plan = imported(Documents.SECONDARY_SCHOOL);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(renderer.docx(plan)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertEquals(2, document.getTables().size());
            List<XWPFParagraph> left = document.getTables().get(0).getRow(0).getCell(0).getParagraphs();
            assertEquals(List.of("UBND HUYỆN TAM NÔNG", "TRƯỜNG THCS TRÀM CHIM", "Số: 08/KH-THCSTC"),
                    left.stream().map(XWPFParagraph::getText).toList());
            assertTrue(left.get(1).getRuns().get(0).isBold());
            List<XWPFParagraph> right = document.getTables().get(0).getRow(0).getCell(1).getParagraphs();
            assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", right.get(0).getText());
            assertTrue(right.get(0).getRuns().get(0).isBold());
            assertEquals("Độc lập - Tự do - Hạnh phúc", right.get(1).getText());
            assertTrue(right.get(1).getRuns().get(0).isBold());
            assertEquals(UnderlinePatterns.SINGLE, right.get(1).getRuns().get(0).getUnderline());
            assertEquals("Tràm Chim, ngày 18 tháng 9 năm 2024", right.get(2).getText());
            assertTrue(right.get(2).getRuns().get(0).isItalic());
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                for (XWPFRun run : paragraph.getRuns()) {
                    assertEquals("Times New Roman", run.getFontFamily());
                    assertTrue(run.getFontSizeAsDouble() >= 13 && run.getFontSizeAsDouble() <= 14);
                }
            }
            String all = extractor.getText();
            assertTrue(all.contains("\nKẾ HOẠCH\nTổ chức phong trào thi đua \"Dạy tốt - Học tốt\" năm học 2024 - 2025\n"));
            assertTrue(all.contains("\nđ) Giáo viên chủ nhiệm:\n- Đăng ký danh hiệu thi đua của lớp;\n"));
            List<String> recipients = document.getTables().get(1).getRow(0).getCell(0).getParagraphs().stream()
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("Nơi nhận:", "- Phòng GDĐT huyện Tam Nông;", "- Chi bộ, Công đoàn, Chi đoàn;",
                    "- Các tổ chuyên môn, tổ Văn phòng;", "- Đăng website trường;", "- Lưu: VT."), recipients);
            List<String> signature = document.getTables().get(1).getRow(0).getCell(1).getParagraphs().stream()
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "", "", "", "Trần Minh Khoa"), signature);
        }
    }

    @Test
    void writesResponsibilitiesInTheFormTheyWereWritten() throws Exception {
        PlanDocument plan = imported(Documents.TRAM_CHIM_2);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(renderer.docx(plan)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String all = extractor.getText();
            assertTrue(all.contains("\n1. Hiệu trưởng xây dựng kế hoạch, triển khai kế hoạch"));
            assertTrue(all.contains("\n3. Các tổ chuyên môn, Văn phòng: Theo dõi việc thực hiện"));
            assertTrue(all.contains("\n6. Căn cứ vào chức năng, nhiệm vụ"), "numbers as stored");
            assertFalse(all.contains("\n5. Căn cứ vào chức năng"));
        }
    }

    @Test
    void rendersAbsentFieldsAsAbsentNotAsPlaceholders() throws Exception {
        PlanDocument plan = new PlanDocument(null, null, null, null, null, null, "Thi đua năm 2024", 2024, null,
                null, null, null, List.of(new PlanDocument.NumberedItem("1", "Dạy tốt.")), null, null, null, null,
                null);
        String html = renderer.html(plan);
        assertFalse(html.contains("Số:"));
        assertFalse(html.contains("…"));
        assertFalse(html.contains("ngày"));
        assertFalse(html.contains("Nơi nhận"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(renderer.docx(plan)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertFalse(extractor.getText().contains("Số:"));
            assertFalse(extractor.getText().contains("…"));
        }
    }

    @Test
    void rendersAPlaceWithoutDateAsADraftDateLine() throws Exception {
        PlanDocument plan = new PlanDocument(null, "TRƯỜNG THCS AN LONG", null, "An Long", null, "KẾ HOẠCH",
                "Thi đua năm 2024", 2024, null, null, null, null, null, null, null, null, null, null);
        ImportResult again = docx.read(new ByteArrayInputStream(renderer.docx(plan)), Documents.ANY);
        assertEquals("An Long", again.document().place());
        assertNull(again.document().documentDate());
    }

    @Test
    void writesDatesAsTheDecreeAsks() {
        assertEquals("ngày 05 tháng 02 năm 2023", Dates.write(LocalDate.of(2023, 2, 5)));
        assertEquals("ngày 18 tháng 9 năm 2024", Dates.write(LocalDate.of(2024, 9, 18)));
        assertEquals("ngày 20 tháng 11 năm 2024", Dates.write(LocalDate.of(2024, 11, 20)));
    }

    @Test
    void rendersACompleteSelfContainedHtmlPage() {
        String html = renderer.html(imported(Documents.TRAM_CHIM_2));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<html lang=\"vi\">"));
        assertTrue(html.contains("<style>"));
        assertFalse(html.contains("<link") || html.contains("<script") || html.contains("src=")
                || html.contains("http://") || html.contains("https://"));
        assertTrue(html.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertTrue(html.contains("Phát động phong trào thi đua yêu nước năm 2023"));
        assertTrue(html.contains("Căn cứ Kế hoạch số 67/KH-PGDĐT ngày 17 tháng 02 năm 2023"));
        assertTrue(html.contains("I. MỤC ĐÍCH - YÊU CẦU"));
        assertTrue(html.contains("IV. TỔ CHỨC THỰC HIỆN"));
        assertTrue(html.contains("6. Căn cứ vào chức năng"));
        assertTrue(html.contains("- PGD&amp;ĐT (để báo cáo);"), "escaped");
        assertTrue(html.contains("“Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”"));
        assertTrue(html.contains("Lê Văn Định"));
        assertTrue(html.endsWith("</html>\n"));
    }

    @Test
    void escapesEveryTextInHtml() {
        PlanDocument plan = new PlanDocument("<b>PHÒNG</b>", "TRƯỜNG \"A\" & 'B'", null, null, null, "KẾ HOẠCH",
                "Thi đua <script>alert(1)</script>", 2024, null, List.of("Chào mừng <i>20/11</i>"), null, null,
                List.of(new PlanDocument.NumberedItem("1", "a < b & c > d")), null, null, null,
                List.of(new PlanDocument.Recipient("PGD&ĐT", "b/c")), null);
        String html = renderer.html(plan);
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("<b>PHÒNG"));
        assertFalse(html.contains("<i>20/11"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("TRƯỜNG &quot;A&quot; &amp; &#39;B&#39;"));
        assertTrue(html.contains("1. a &lt; b &amp; c &gt; d"));
        assertTrue(html.contains("- PGD&amp;ĐT (b/c)."));
    }
}
