package vn.thidua.platform.text;

import java.util.Optional;

/**
 * C0 control characters other than tab, line feed and carriage return: never legitimate in text the
 * services store (PostgreSQL refuses NUL outright, the others are invisible garbage from binary files or
 * bad copy-paste). One rule for JSON fields, parameters and uploaded files, so each refusal can say where.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Where the first control character is: line and column from 1, counted in characters. */
    public record Position(int line, int column, char character) {

        /** "U+0000 ở dòng 3, cột 5 (at line 3, column 5)". */
        public String describe() {
            return name(character) + " ở dòng " + line + ", cột " + column + " (at line " + line + ", column " + column
                    + ")";
        }
    }

    /** Whether {@code c} is refused: U+0000–U+001F except tab, line feed and carriage return. */
    public static boolean forbidden(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    /** Index of the first refused character, or -1. */
    public static int indexOf(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    public static boolean contains(CharSequence text) {
        return text != null && indexOf(text) >= 0;
    }

    /** The first refused character with its line and column; CRLF, CR and LF each end a line. */
    public static Optional<Position> first(CharSequence text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
            } else if (forbidden(c)) {
                return Optional.of(new Position(line, i - lineStart + 1, c));
            }
        }
        return Optional.empty();
    }

    /** The character as a client can look it up: "U+0000". */
    public static String name(char c) {
        return String.format("U+%04X", (int) c);
    }

    /** The message for a field or parameter holding one: names the character and its place in the value. */
    public static String message(String value) {
        int at = indexOf(value);
        return "chứa ký tự điều khiển " + name(value.charAt(at)) + " ở vị trí " + (at + 1)
                + " (contains the control character " + name(value.charAt(at)) + " at position " + (at + 1) + ")";
    }
}
