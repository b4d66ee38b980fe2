package vn.thidua.platform.document;

/**
 * One paragraph of an official document with its look: a single Times New Roman run of the given size in points.
 * An indented paragraph starts its first line 1 cm in, as body text does.
 */
public record Para(String text, boolean bold, boolean italic, boolean underline, Align align, boolean indent,
        int size) implements Block {

    public static Para centred(String text, boolean bold, boolean italic, boolean underline, int size) {
        return new Para(text, bold, italic, underline, Align.CENTER, false, size);
    }

    public static Para justified(String text, boolean bold, boolean indent, int size) {
        return new Para(text, bold, false, false, Align.JUSTIFY, indent, size);
    }

    public static Para left(String text, boolean bold, boolean italic, int size) {
        return new Para(text, bold, italic, false, Align.LEFT, false, size);
    }

    /** An empty line, e.g. the room for a handwritten signature. */
    public static Para blank(int size) {
        return centred("", false, false, false, size);
    }
}
