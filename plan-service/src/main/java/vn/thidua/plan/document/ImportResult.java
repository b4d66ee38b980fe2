package vn.thidua.plan.document;

import java.util.List;

/** What an import gives back: the draft structure and every warning, in document order. */
public record ImportResult(PlanDocument document, List<ImportWarning> warnings) {
}
