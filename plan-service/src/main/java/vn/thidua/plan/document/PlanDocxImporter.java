package vn.thidua.plan.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.thidua.plan.document.UnreadableDocumentException.Reason;

/**
 * Imports a plan from a Word .docx. Paragraphs and tables are read in document order (Vietnamese documents put
 * the header and the recipients/signature block in two-column tables; a table's cells are read row by row, each
 * cell top to bottom), automatic numbering is written out as the reader sees it ({@link WordNumbering}), and
 * the lines go through the same parser as text. A warning's line is the 1-based index of the paragraph, counting
 * the paragraphs inside tables.
 *
 * <p>The upload is checked before POI parses it: the size, the zip's central directory (a truncated file has
 * none), the parts a Word document must have, and the size the parts unzip to, which stops zip bombs before
 * anything is inflated into memory. POI's own ZipSecureFile limits stay in force behind these (they are JVM-wide
 * statics, so this class does not change them). The extracted text is capped as well.
 */
final class PlanDocxImporter {

    /** Word XML compresses about ten times; more than this per byte of upload is not a plan but a bomb. */
    private static final int MAX_UNZIP_FACTOR = 10;
    private static final int MAX_ENTRIES = 1000;
    private static final int END_OF_CENTRAL_DIRECTORY_SIZE = 22;
    private static final int MAX_ZIP_COMMENT = 0xFFFF;

    private final long maxBytes;

    /** @param maxBytes the largest upload accepted; the text read from it is capped at as many characters */
    PlanDocxImporter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    ImportResult read(InputStream docx, ImportContext context) throws UnreadableDocumentException {
        Objects.requireNonNull(docx, "docx");
        byte[] bytes;
        try {
            bytes = docx.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.NOT_DOCX,
                    "Không đọc được tệp tải lên (the upload could not be read)", e);
        }
        return read(bytes, context);
    }

    ImportResult read(byte[] bytes, ImportContext context) throws UnreadableDocumentException {
        Objects.requireNonNull(context, "context");
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(Reason.EMPTY, "Tệp rỗng (the file is empty)");
        }
        if (bytes.length > maxBytes) {
            throw PlanDocumentReader.tooLarge(maxBytes);
        }
        checkPackage(bytes);
        List<SourceLine> lines;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            lines = Extraction.lines(document, maxBytes);
        } catch (IOException | RuntimeException e) {
            // POI reports a broken package with assorted runtime exceptions; none of them may reach the caller.
            throw notDocx("tệp Word bị hỏng, không mở được", "the Word file is damaged and cannot be opened", e);
        }
        if (lines.stream().allMatch(SourceLine::isBlank)) {
            throw new UnreadableDocumentException(Reason.EMPTY,
                    "Tệp Word không có chữ nào (the Word document has no text)");
        }
        return PlanParser.parse(lines, context);
    }

    private void checkPackage(byte[] bytes) throws UnreadableDocumentException {
        if (!hasEndOfCentralDirectory(bytes)) {
            throw notDocx("tệp bị hỏng hoặc tải lên không trọn vẹn", "the file is damaged or truncated", null);
        }
        boolean contentTypes = false;
        boolean wordPart = false;
        long unzipped = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw PlanDocumentReader.tooLarge(maxBytes);
                }
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                wordPart |= entry.getName().startsWith("word/");
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unzipped += n;
                    if (unzipped > maxBytes * MAX_UNZIP_FACTOR) {
                        throw new UnreadableDocumentException(Reason.TOO_LARGE,
                                "Tệp Word giải nén ra quá lớn, không phải một kế hoạch bình thường "
                                        + "(the Word file expands far beyond a normal plan)");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw notDocx("tệp bị hỏng, không giải nén được", "the file is damaged and cannot be unzipped", e);
        }
        if (!contentTypes || !wordPart) {
            throw notDocx("đây là tệp nén nhưng không phải tài liệu Word", "a zip file but not a Word document",
                    null);
        }
    }

    /** A zip ends with its central directory; a file cut short has lost it. */
    private static boolean hasEndOfCentralDirectory(byte[] bytes) {
        int last = bytes.length - END_OF_CENTRAL_DIRECTORY_SIZE;
        int first = Math.max(0, last - MAX_ZIP_COMMENT);
        for (int i = last; i >= first; i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private static UnreadableDocumentException notDocx(String vietnamese, String english, Exception cause) {
        return new UnreadableDocumentException(Reason.NOT_DOCX,
                "Không đọc được tệp .docx: " + vietnamese + "; hãy mở bằng Word và lưu lại dạng .docx (" + english
                        + "; open it in Word and save it as .docx again)", cause);
    }

    /** The lines of one document, in order, with a running paragraph index and a cap on the text read. */
    private static final class Extraction {

        private final WordNumbering numbering;
        private final long maxChars;
        private final List<SourceLine> lines = new ArrayList<>();
        private int paragraph;
        private long chars;

        private Extraction(WordNumbering numbering, long maxChars) {
            this.numbering = numbering;
            this.maxChars = maxChars;
        }

        static List<SourceLine> lines(XWPFDocument document, long maxChars) throws UnreadableDocumentException {
            Extraction extraction = new Extraction(new WordNumbering(document), maxChars);
            extraction.body(document);
            if (extraction.chars > maxChars) {
                throw PlanDocumentReader.tooLarge(maxChars);
            }
            return extraction.lines;
        }

        private void body(IBody body) {
            for (IBodyElement element : body.getBodyElements()) {
                if (chars > maxChars) {
                    return;
                }
                if (element instanceof XWPFParagraph p) {
                    String label = numbering.label(p);
                    add(label == null || label.isEmpty() ? p.getText() : label + " " + p.getText());
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            body(cell);
                        }
                    }
                } else if (element instanceof XWPFSDT sdt) {
                    add(sdt.getContent().getText());
                }
            }
        }

        /** One paragraph; a manual line break inside it gives lines that share its index. */
        private void add(String text) {
            paragraph++;
            chars += text.length();
            for (String line : VietnameseText.lines(VietnameseText.normalise(text))) {
                lines.add(new SourceLine(paragraph, line));
            }
        }
    }
}
