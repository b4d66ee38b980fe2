package vn.thidua.plan.document;

/**
 * Something the importer noticed and left as written, for the person to check.
 *
 * @param code    stable machine code, e.g. NUMBERING_GAP
 * @param line    1-based line (text) or paragraph (docx) where it was seen; null when document-wide
 * @param message in Vietnamese (English in brackets)
 */
public record ImportWarning(String code, Integer line, String message) {
}
