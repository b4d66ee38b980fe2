package vn.thidua.plan.document;

/**
 * The uploaded bytes cannot be read as a plan document at all. A readable document is never rejected: whatever
 * it lacks is reported as import warnings instead.
 */
public class UnreadableDocumentException extends Exception {

    /** Why the document could not be read; stable codes for API clients. */
    public enum Reason {
        /** Claimed or looked like Word, but is not a readable .docx (corrupt, truncated, another zip, .doc). */
        NOT_DOCX,
        /** No bytes, or nothing but spaces. */
        EMPTY,
        /** Over the size limit, or expands beyond it when unzipped. */
        TOO_LARGE,
        /** Binary content, not text. */
        NOT_TEXT,
        /** Text that is not valid UTF-8. */
        BAD_ENCODING
    }

    private final Reason reason;

    /** @param message in Vietnamese (English in brackets), fit to show to the person who uploaded the file */
    public UnreadableDocumentException(Reason reason, String message) {
        this(reason, message, null);
    }

    public UnreadableDocumentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
