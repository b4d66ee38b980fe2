package vn.thidua.plan.document;

/**
 * One line handed to the parser.
 *
 * @param number 1-based line of a text file, or 1-based paragraph index of a .docx
 * @param text   the line as written (NFC)
 */
record SourceLine(int number, String text) {

    String stripped() {
        return VietnameseText.strip(text);
    }

    boolean isBlank() {
        return stripped().isEmpty();
    }
}
