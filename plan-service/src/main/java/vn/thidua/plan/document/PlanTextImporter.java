package vn.thidua.plan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Imports a plan from plain text such as a copy or text export of the Word document. Any text is read: what the
 * importer could not recognise or place is reported in warnings, never dropped, and the text itself is kept as
 * written (NFC). Warning lines are 1-based line numbers of the text. For bytes of unknown kind, use
 * {@link PlanDocumentReader}.
 */
final class PlanTextImporter {

    /** @param text the document's text; CRLF or LF, with or without a byte order mark */
    ImportResult read(String text, ImportContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        List<String> raw = VietnameseText.lines(VietnameseText.normalise(text));
        List<SourceLine> lines = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            lines.add(new SourceLine(i + 1, raw.get(i)));
        }
        return PlanParser.parse(lines, context);
    }
}
