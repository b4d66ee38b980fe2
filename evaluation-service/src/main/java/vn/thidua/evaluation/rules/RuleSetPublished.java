package vn.thidua.evaluation.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Data of vn.thidua.rules.ruleset-published.v1 as this service reads it (contracts/). */
public record RuleSetPublished(String version, LocalDate effectiveFrom, LocalDate effectiveTo,
        List<LegalDocument> legalBasis, List<Parameter> parameters, String publishedBy, OffsetDateTime publishedAt) {

    public record LegalDocument(String number, String title, LocalDate date) {
    }

    public record Parameter(String key, Object value, String unit, String description, String source) {
    }
}
