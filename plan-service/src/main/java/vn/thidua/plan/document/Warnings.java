package vn.thidua.plan.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects import warnings; the codes are stable for API clients, the messages are for people. */
final class Warnings {

    static final String NO_HEADER = "NO_HEADER";
    static final String NO_DOCUMENT_NUMBER = "NO_DOCUMENT_NUMBER";
    static final String NO_DOCUMENT_DATE = "NO_DOCUMENT_DATE";
    static final String INVALID_DATE = "INVALID_DATE";
    static final String UNIT_MISMATCH = "UNIT_MISMATCH";
    static final String NO_TITLE = "NO_TITLE";
    static final String NO_YEAR = "NO_YEAR";
    static final String CONTEXT_YEAR_MISMATCH = "CONTEXT_YEAR_MISMATCH";
    static final String YEAR_MISMATCH = "YEAR_MISMATCH";
    static final String SCHOOL_YEAR_NOT_CONSECUTIVE = "SCHOOL_YEAR_NOT_CONSECUTIVE";
    static final String UNKNOWN_BASIS_DOCUMENT = "UNKNOWN_BASIS_DOCUMENT";
    static final String NO_CONTENTS = "NO_CONTENTS";
    static final String MISSING_SECTION = "MISSING_SECTION";
    static final String UNSPLIT_PURPOSES = "UNSPLIT_PURPOSES";
    static final String UNKNOWN_SECTION = "UNKNOWN_SECTION";
    static final String UNRECOGNISED_TEXT = "UNRECOGNISED_TEXT";
    static final String NUMBERING_GAP = "NUMBERING_GAP";
    static final String NUMBERING_REPEAT = "NUMBERING_REPEAT";
    static final String NUMBERING_ORDER = "NUMBERING_ORDER";
    static final String NO_ROLE = "NO_ROLE";
    static final String NO_RECIPIENTS = "NO_RECIPIENTS";
    static final String NO_SIGNER = "NO_SIGNER";

    private final List<ImportWarning> warnings = new ArrayList<>();

    void add(String code, Integer line, String vietnamese, String english) {
        warnings.add(new ImportWarning(code, line, vietnamese + " (" + english + ")"));
    }

    /** Document-wide warnings first, then by line; equal lines keep the order they were found in. */
    List<ImportWarning> list() {
        List<ImportWarning> sorted = new ArrayList<>(warnings);
        sorted.sort(Comparator.comparing(ImportWarning::line, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(sorted);
    }

    /** Quotes a text in full: for text the importer could not place, the warning is where it stays visible. */
    static String quote(String text) {
        return "«" + text + "»";
    }
}
