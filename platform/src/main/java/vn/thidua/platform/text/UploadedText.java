package vn.thidua.platform.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of an uploaded file (CSV imports): strict UTF-8, so a byte that is not UTF-8 refuses the file instead of
 * turning into '?' in people's names, the byte order mark dropped, and the line of each character offset for
 * messages that name line and column.
 */
public final class UploadedText {

    private UploadedText() {
    }

    /** The file is not UTF-8: where, and whether it looks like UTF-16 ("Unicode Text" from Excel). */
    public static final class NotUtf8Exception extends RuntimeException {

        private final int line;

        NotUtf8Exception(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Decodes strictly and drops a leading byte order mark. */
    public static String decode(byte[] content) {
        if (content.length >= 2 && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE
                || (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF)) {
            throw notUtf8("Tệp là UTF-16 (\"Unicode Text\"), không phải UTF-8 (UTF-16, not UTF-8)", 1, content[0]);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int position = in.position();
            int line = 1;
            for (int i = 0; i < position; i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw notUtf8("Tệp không phải UTF-8 (the file is not UTF-8)", line, content[position]);
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static NotUtf8Exception notUtf8(String what, int line, byte first) {
        return new NotUtf8Exception(what + ": byte 0x" + String.format("%02X", first & 0xFF) + " ở dòng " + line
                + ". Trong Excel hãy chọn Lưu thành \"CSV UTF-8 (Comma delimited)\" (in Excel, Save As \"CSV UTF-8\"); "
                + "bảng mã TCVN3 hay Windows-1258 không được nhận (legacy Vietnamese encodings are not accepted)", line);
    }

    /** Comma or semicolon, whichever the first line has more of outside quotes; comma when neither. */
    public static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Maps a character offset to its 1-based line; CRLF, LF and lone CR each end a line, as in commons-csv. */
    public static final class LineIndex {

        private final int[] starts;
        private final String text;

        public LineIndex(String text) {
            this.text = text;
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        /** A record's position may point at blank lines skipped before it; its line is that of its first character. */
        public int lineOf(long position) {
            int offset = (int) position;
            while (offset < text.length() && (text.charAt(offset) == '\n' || text.charAt(offset) == '\r')) {
                offset++;
            }
            int found = Arrays.binarySearch(starts, offset);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
