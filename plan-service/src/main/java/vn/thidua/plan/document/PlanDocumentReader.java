package vn.thidua.plan.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import vn.thidua.plan.document.UnreadableDocumentException.Reason;
import vn.thidua.platform.rest.MediaTypes;
import vn.thidua.platform.text.ControlCharacters;

/**
 * Entry point for an uploaded plan document: decides by content (a zip is a .docx, anything else must be text)
 * and rejects only what cannot be read at all. A readable document always imports, with warnings for what it
 * lacks.
 *
 * <p>Text must be UTF-8 (a byte order mark is allowed; UTF-16 with a byte order mark, as Notepad's "Unicode",
 * is read too). Other encodings are refused rather than guessed: Windows-1258, TCVN3 and VNI bytes decode to
 * plausible-looking wrong letters, so guessing would import a corrupted plan without a word.
 */
public final class PlanDocumentReader {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private static final double MAX_CONTROL_SHARE = 0.01;
    /** A few stray controls in a short text are a typing accident, refused by position, not "binary". */
    private static final int MAX_STRAY_CONTROLS = 2;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] UTF16_BE = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16_LE = {(byte) 0xFF, (byte) 0xFE};

    private final long maxBytes;
    private final PlanTextImporter text = new PlanTextImporter();
    private final PlanDocxImporter docx;

    /** @param maxBytes the largest upload accepted, e.g. {@link #DEFAULT_MAX_BYTES} */
    public PlanDocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
        this.docx = new PlanDocxImporter(maxBytes);
    }

    /**
     * @param fileName    the uploaded file's name, or null; used only to explain a refusal
     * @param contentType the declared media type, or null; the content decides, the declaration only explains
     */
    public ImportResult read(byte[] content, String fileName, String contentType, ImportContext context)
            throws UnreadableDocumentException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(context, "context");
        if (content.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (content.length == 0) {
            throw empty();
        }
        if (startsWith(content, ZIP) || startsWith(content, EMPTY_ZIP)) {
            return docx.read(content, context);
        }
        if (startsWith(content, OLE2)) {
            throw new UnreadableDocumentException(Reason.NOT_DOCX,
                    "Đây là tệp Word 97-2003 (.doc); hãy mở bằng Word và lưu lại dạng .docx "
                            + "(a Word 97-2003 .doc file; save it as .docx)");
        }
        if (claimsDocx(fileName, contentType)) {
            throw new UnreadableDocumentException(Reason.NOT_DOCX,
                    "Tệp mang tên hoặc kiểu .docx nhưng nội dung không phải tài liệu Word "
                            + "(named or typed as .docx, but the content is not a Word document)");
        }
        if (startsWith(content, PDF)) {
            throw new UnreadableDocumentException(Reason.NOT_TEXT,
                    "Tệp PDF chưa được hỗ trợ; hãy tải lên bản Word (.docx) hoặc văn bản (.txt) "
                            + "(PDF is not supported; upload the .docx or a text file)");
        }
        return text.read(decode(content), context);
    }

    private static String decode(byte[] content) throws UnreadableDocumentException {
        String decoded;
        // Binary content is "not text" rather than "not UTF-8": look for control characters before decoding strictly.
        if (startsWith(content, UTF16_BE) || startsWith(content, UTF16_LE)) {
            String lenient = new String(content, StandardCharsets.UTF_16);
            requireText(lenient.length(), lenient::charAt);
            decoded = decodeStrict(content, StandardCharsets.UTF_16, "UTF-16");
        } else {
            requireText(content.length, i -> content[i] & 0xFF);
            decoded = decodeStrict(content, StandardCharsets.UTF_8, "UTF-8");
        }
        if (VietnameseText.strip(decoded.replace("\uFEFF", "")).isEmpty()) {
            throw empty();
        }
        // Vertical tab and form feed are line breaks to this reader (Word's page breaks); any other control is refused.
        Optional<ControlCharacters.Position> control = ControlCharacters.first(decoded.replace('\u000B', '\n')
                .replace('\f', '\n'));
        if (control.isPresent()) {
            ControlCharacters.Position at = control.get();
            String name = ControlCharacters.name(at.character());
            throw new UnreadableDocumentException(Reason.NOT_TEXT, "Văn bản chứa ký tự điều khiển " + name + " ở dòng "
                    + at.line() + ", cột " + at.column() + "; hãy xóa ký tự đó rồi tải lên lại (the control character "
                    + name + " at line " + at.line() + ", column " + at.column() + " is not allowed in a plan)");
        }
        return decoded;
    }

    /**
     * Text has no NUL and hardly any other control characters; binary files have many. A stray control in
     * text is refused by its position after decoding.
     */
    private static void requireText(int length, IntUnaryOperator unit) throws UnreadableDocumentException {
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int c = unit.applyAsInt(i);
            if (c == 0) {
                throw notText();
            }
            if (isControl(c)) {
                controls++;
            }
        }
        if (controls > Math.max(MAX_STRAY_CONTROLS, length * MAX_CONTROL_SHARE)) {
            throw notText();
        }
    }

    /** C0 controls and DEL, except tab, line feed, carriage return, vertical tab and form feed (line breaks). */
    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != '\f' || c == 0x7F;
    }

    private static String decodeStrict(byte[] content, Charset charset, String name)
            throws UnreadableDocumentException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw badEncoding(name, e);
        }
    }

    private static UnreadableDocumentException badEncoding(String name, CharacterCodingException cause) {
        return new UnreadableDocumentException(Reason.BAD_ENCODING,
                "Tệp văn bản không phải mã " + name + " (có thể là Windows-1258, TCVN3 hoặc VNI); hãy lưu lại tệp "
                        + "với bảng mã UTF-8 (Unicode) rồi tải lên lại (the text is not " + name
                        + "; save it as UTF-8 and upload it again)", cause);
    }

    private static boolean claimsDocx(String fileName, String contentType) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".docx")
                || contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(MediaTypes.DOCX);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static UnreadableDocumentException tooLarge(long limit) {
        String size = String.format(Locale.ROOT, "%.1f MB", limit / (1024.0 * 1024.0));
        return new UnreadableDocumentException(Reason.TOO_LARGE,
                "Tệp quá lớn, giới hạn là " + size + " (the file is over the " + size + " limit)");
    }

    private static UnreadableDocumentException empty() {
        return new UnreadableDocumentException(Reason.EMPTY, "Tệp không có nội dung (the file is empty)");
    }

    private static UnreadableDocumentException notText() {
        return new UnreadableDocumentException(Reason.NOT_TEXT,
                "Tệp không phải văn bản hay tài liệu Word; hãy tải lên tệp .docx hoặc .txt "
                        + "(the file is neither text nor a Word document; upload a .docx or .txt file)");
    }
}
