package vn.thidua.plan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.thidua.plan.document.UnreadableDocumentException.Reason;

/** What the upload entry point refuses, and that it refuses nothing readable. */
class PlanDocumentReaderTest {

    private static final byte[] FIXTURE = Documents.bytes(Documents.TRAM_CHIM_2);
    private final PlanDocumentReader reader = new PlanDocumentReader(PlanDocumentReader.DEFAULT_MAX_BYTES);

    private Reason refusal(byte[] content, String fileName, String contentType) {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> reader.read(content, fileName, contentType, Documents.ANY));
        assertTrue(e.getMessage().matches("(?s).+\\(.+\\).*"), "Vietnamese (English): " + e.getMessage());
        return e.reason();
    }

    @Test
    void readsUtf8Text() throws Exception {
        ImportResult result = reader.read(FIXTURE, "ke-hoach.txt", "text/plain", Documents.ANY);
        assertEquals(new PlanTextImporter().read(Documents.text(Documents.TRAM_CHIM_2), Documents.ANY), result);
    }

    @Test
    void readsUtf16WithAByteOrderMark() throws Exception {
        byte[] utf16 = ("\uFEFF" + Documents.text(Documents.TRAM_CHIM_2)).getBytes(StandardCharsets.UTF_16LE);
        ImportResult result = reader.read(utf16, "ke-hoach.txt", null, Documents.ANY);
        assertEquals(10, result.document().contents().size());
    }

    @Test
    void decidesByContentNotByNameOrDeclaredType() throws Exception {
        PlanDocument plan = new PlanTextImporter().read(Documents.text(Documents.TRAM_CHIM_2), Documents.ANY)
                .document();
        byte[] docx = new PlanDocumentRenderer().docx(plan);
        assertEquals(plan, reader.read(docx, "ke-hoach.txt", "text/plain", Documents.ANY).document());
        assertEquals(plan, reader.read(docx, null, null, Documents.ANY).document());
    }

    @Test
    void refusesEmptyContent() {
        assertEquals(Reason.EMPTY, refusal(new byte[0], "a.txt", "text/plain"));
    }

    @Test
    void refusesWhitespaceOnly() {
        byte[] blank = "\uFEFF  \r\n\t\n   \u00A0\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.EMPTY, refusal(blank, "a.txt", "text/plain"));
    }

    @Test
    void refusesContentOverTheLimit() {
        byte[] big = new byte[10 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        assertEquals(Reason.TOO_LARGE, refusal(big, "a.txt", "text/plain"));
    }

    @Test
    void refusesBinaryContent() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        random[100] = 0;
        assertEquals(Reason.NOT_TEXT, refusal(random, "a.txt", "text/plain"));
        random[0] = (byte) 0xFF;
        random[1] = (byte) 0xFE;
        random[2] = 0;
        random[3] = 0;
        assertEquals(Reason.NOT_TEXT, refusal(random, "a.txt", null), "binary behind a UTF-16 byte order mark");
    }

    @Test
    void refusesAnImage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertEquals(Reason.NOT_TEXT, refusal(png, "scan.png", "image/png"));
    }

    @Test
    void refusesAPdf() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Reason.NOT_TEXT, refusal(pdf, "ke-hoach.pdf", "application/pdf"));
    }

    @Test
    void refusesVietnameseInWindows1258AndLatin1InsteadOfGuessing() {
        String text = Documents.text(Documents.TRAM_CHIM_2);
        assertEquals(Reason.BAD_ENCODING, refusal(text.getBytes(Charset.forName("windows-1258")), "a.txt", null));
        byte[] latin1 = "Kế hoạch thi đua: Tài liệu giáo dục".getBytes(StandardCharsets.ISO_8859_1);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> reader.read(latin1, "a.txt", "text/plain", Documents.ANY));
        assertEquals(Reason.BAD_ENCODING, e.reason());
        assertTrue(e.getMessage().contains("UTF-8"));
    }

    @Test
    void refusesATruncatedDocx() {
        PlanDocument plan = new PlanTextImporter().read(Documents.text(Documents.TRAM_CHIM_2), Documents.ANY)
                .document();
        byte[] docx = new PlanDocumentRenderer().docx(plan);
        assertEquals(Reason.NOT_DOCX, refusal(Arrays.copyOf(docx, docx.length / 2), "ke-hoach.docx", null));
    }

    @Test
    void refusesAZipThatIsNotADocx() {
        byte[] zip = PlanDocxImporterTest.zip("ke-hoach.txt", FIXTURE);
        assertEquals(Reason.NOT_DOCX, refusal(zip, "ke-hoach.zip", "application/zip"));
    }

    @Test
    void refusesAWord97DocumentWithAHint() {
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> reader.read(doc, "ke-hoach.doc", "application/msword", Documents.ANY));
        assertEquals(Reason.NOT_DOCX, e.reason());
        assertTrue(e.getMessage().contains(".docx"));
    }

    @Test
    void refusesTextNamedOrTypedAsDocx() {
        assertEquals(Reason.NOT_DOCX, refusal(FIXTURE, "ke-hoach.docx", null));
        assertEquals(Reason.NOT_DOCX, refusal(FIXTURE, null,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    @Test
    void importsReadableTextWithoutAnyPlanStructure() throws Exception {
        byte[] note = "Thông báo: họp hội đồng sư phạm lúc 14 giờ.".getBytes(StandardCharsets.UTF_8);
        ImportResult result = reader.read(note, "note.txt", "text/plain", Documents.ANY);
        assertTrue(Documents.codes(result).contains("NO_CONTENTS"));
        assertEquals(1, result.document().occasions().size());
    }
}
