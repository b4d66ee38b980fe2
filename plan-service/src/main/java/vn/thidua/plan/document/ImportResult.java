package vn.thidua.plan.document;

import java.util.List;

/**
 * What an import gives back: the draft structure, every warning in document order, and the school year
 * the document names ("năm học 2024 - 2025" → "2024-2025"; null when it names a calendar year or none).
 */
public record ImportResult(PlanDocument document, List<ImportWarning> warnings, String schoolYear) {

    public ImportResult(PlanDocument document, List<ImportWarning> warnings) {
        this(document, warnings, null);
    }
}
