package vn.thidua.plan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.plan.document.Documents.withCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import vn.thidua.plan.document.PlanDocument.NumberedItem;
import vn.thidua.plan.document.UnreadableDocumentException.Reason;

class PlanDocxImporterTest {

    private static final long LIMIT = 5L * 1024 * 1024;
    private final PlanDocxImporter importer = new PlanDocxImporter(LIMIT);

    private ImportResult read(byte[] docx) throws UnreadableDocumentException {
        return importer.read(new ByteArrayInputStream(docx), Documents.ANY);
    }

    @Test
    void writesOutAutomaticNumberingAsTheReaderSeesIt() throws Exception {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFNumbering numbering = document.createNumbering();
            BigInteger sections = numbering.addNum(abstractList(numbering, 0,
                    level(0, STNumberFormat.UPPER_ROMAN, "%1.")));
            BigInteger items = numbering.addNum(abstractList(numbering, 1,
                    level(0, STNumberFormat.DECIMAL, "%1."), level(1, STNumberFormat.LOWER_LETTER, "%2)")));
            BigInteger bullets = numbering.addNum(abstractList(numbering, 2,
                    level(0, STNumberFormat.BULLET, "\uF0B7")));
            BigInteger decimal = abstractList(numbering, 3, level(0, STNumberFormat.DECIMAL, "%1."));
            BigInteger styled = numbering.addNum(decimal);
            BigInteger fromFour = numbering.addNum(decimal);
            CTNumLvl override = numbering.getNum(fromFour).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.valueOf(4));
            listStyle(document, "ListNumber", styled);

            paragraph(document, "KẾ HOẠCH");
            paragraph(document, "Thi đua năm 2024");
            numbered(document, "NỘI DUNG THI ĐUA", sections, 0);
            numbered(document, "Thi đua dạy tốt:", items, 0);
            numbered(document, "Soạn giảng đúng chương trình.", items, 1);
            numbered(document, "Dự giờ thăm lớp.", items, 1);
            numbered(document, "Thi đua học tốt.", items, 0);
            numbered(document, "Giữ gìn vệ sinh trường lớp.", bullets, 0);
            numbered(document, "GIẢI PHÁP THỰC HIỆN", sections, 0);
            paragraph(document, "Phát động thi đua.").setStyle("ListNumber");
            paragraph(document, "Kiểm tra định kỳ.").setStyle("ListNumber");
            numbered(document, "Tổng kết, khen thưởng.", fromFour, 0);
            docx = write(document);
        }
        ImportResult result = read(docx);
        assertEquals(List.of(
                new NumberedItem("1", "Thi đua dạy tốt:\na) Soạn giảng đúng chương trình.\nb) Dự giờ thăm lớp."),
                new NumberedItem("2", "Thi đua học tốt.\n• Giữ gìn vệ sinh trường lớp.")),
                result.document().contents());
        assertEquals(List.of(new NumberedItem("1", "Phát động thi đua."), new NumberedItem("2", "Kiểm tra định kỳ."),
                new NumberedItem("4", "Tổng kết, khen thưởng.")), result.document().measures());
        List<ImportWarning> gaps = withCode(result, "NUMBERING_GAP");
        assertEquals(1, gaps.size());
        assertEquals(12, gaps.get(0).line(), "paragraph index");
    }

    @Test
    void readsTablesInDocumentOrderAndCountsTheirParagraphs() throws Exception {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable header = document.createTable(1, 2);
            cell(header, 0, "UBND HUYỆN TAM NÔNG", "TRƯỜNG TIỂU HỌC AN HÒA", "Số: 03/KH-THAH");
            cell(header, 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "An Hòa, ngày 05 tháng 3 năm 2024");
            XWPFRun kind = document.createParagraph().createRun();
            kind.setText("KẾ HOẠCH");
            kind.addBreak();
            kind.setText("Thi đua năm 2024");
            paragraph(document, "II. NỘI DUNG THI ĐUA");
            paragraph(document, "1. Hoàn thành nhiệm vụ năm 2021.");
            XWPFTable signature = document.createTable(1, 2);
            cell(signature, 0, "Nơi nhận:", "- PGDĐT (b/c);", "- Lưu: VT.");
            cell(signature, 1, "HIỆU TRƯỞNG", "", "Trần Văn Bình");
            docx = write(document);
        }
        ImportResult result = read(docx);
        PlanDocument plan = result.document();
        assertEquals("UBND HUYỆN TAM NÔNG", plan.issuingBody());
        assertEquals("TRƯỜNG TIỂU HỌC AN HÒA", plan.unitName());
        assertEquals("03/KH-THAH", plan.documentNumber());
        assertEquals("An Hòa", plan.place());
        assertEquals(LocalDate.of(2024, 3, 5), plan.documentDate());
        assertEquals("Thi đua năm 2024", plan.title());
        assertEquals(List.of(new PlanDocument.Recipient("PGDĐT", "b/c"), new PlanDocument.Recipient("Lưu: VT", null)),
                plan.recipients());
        assertEquals(new PlanDocument.Signer(null, "HIỆU TRƯỞNG", "Trần Văn Bình"), plan.signer());
        // Six header paragraphs, then the kind and title sharing paragraph 7 through a line break.
        assertEquals(List.of(9), withCode(result, "YEAR_MISMATCH").stream().map(ImportWarning::line).toList());
    }

    @Test
    void refusesATruncatedDocx() {
        byte[] docx = new PlanDocumentRenderer().docx(new PlanTextImporter()
                .read(Documents.text(Documents.TRAM_CHIM_2), Documents.ANY).document());
        byte[] half = Arrays.copyOf(docx, docx.length / 2);
        assertEquals(Reason.NOT_DOCX, assertThrows(UnreadableDocumentException.class, () -> read(half)).reason());
    }

    @Test
    void refusesAZipThatIsNotAWordDocument() {
        byte[] zip = zip("notes.txt", "Kế hoạch thi đua".getBytes(StandardCharsets.UTF_8));
        assertEquals(Reason.NOT_DOCX, assertThrows(UnreadableDocumentException.class, () -> read(zip)).reason());
    }

    @Test
    void refusesABrokenWordPackageWithoutLeakingPoiExceptions() {
        byte[] zip = zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", "<w:document>không phải XML hợp lệ".getBytes(StandardCharsets.UTF_8));
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> read(zip));
        assertEquals(Reason.NOT_DOCX, e.reason());
        assertTrue(e.getMessage().contains("(") && e.getMessage().contains(".docx"), e.getMessage());
    }

    @Test
    void refusesRandomBytes() {
        byte[] bytes = "this is not a zip at all".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Reason.NOT_DOCX, assertThrows(UnreadableDocumentException.class, () -> read(bytes)).reason());
    }

    @Test
    void refusesAnEmptyStreamAndADocumentWithoutText() throws Exception {
        assertEquals(Reason.EMPTY, assertThrows(UnreadableDocumentException.class, () -> read(new byte[0])).reason());
        byte[] blank;
        try (XWPFDocument document = new XWPFDocument()) {
            paragraph(document, "   ");
            blank = write(document);
        }
        assertEquals(Reason.EMPTY, assertThrows(UnreadableDocumentException.class, () -> read(blank)).reason());
    }

    @Test
    void refusesAnUploadOverTheLimitWithoutReadingItAll() {
        PlanDocxImporter small = new PlanDocxImporter(1000);
        ByteArrayInputStream big = new ByteArrayInputStream(new byte[10 * 1024 * 1024]);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> small.read(big, Documents.ANY));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(big.available() > 9 * 1024 * 1024, "stopped after the limit");
    }

    @Test
    void refusesAZipBombBeforeInflatingIt() {
        byte[] bomb = zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", new byte[2 * 1024 * 1024]);
        PlanDocxImporter small = new PlanDocxImporter(100_000);
        assertTrue(bomb.length < 100_000);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> small.read(new ByteArrayInputStream(bomb), Documents.ANY));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    private static BigInteger abstractList(XWPFNumbering numbering, int id, CTLvl... levels) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(BigInteger.valueOf(id));
        list.setLvlArray(levels);
        return numbering.addAbstractNum(new XWPFAbstractNum(list, numbering));
    }

    private static CTLvl level(int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl level = CTLvl.Factory.newInstance();
        level.setIlvl(BigInteger.valueOf(ilvl));
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        return level;
    }

    private static void listStyle(XWPFDocument document, String id, BigInteger numId) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(id);
        style.addNewPPr().addNewNumPr().addNewNumId().setVal(numId);
        document.createStyles().addStyle(new XWPFStyle(style));
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
        return paragraph;
    }

    private static void numbered(XWPFDocument document, String text, BigInteger numId, int level) {
        XWPFParagraph paragraph = paragraph(document, text);
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(level));
    }

    private static void cell(XWPFTable table, int column, String... lines) {
        List<XWPFParagraph> paragraphs = table.getRow(0).getCell(column).getParagraphs();
        paragraphs.get(0).createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            table.getRow(0).getCell(column).addParagraph().createRun().setText(lines[i]);
        }
    }

    private static byte[] write(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }

    /** @param entries name, content, name, content… */
    static byte[] zip(Object... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) entries[i]));
                zip.write((byte[]) entries[i + 1]);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
