package vn.thidua.plan.document;

import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.time.DateRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The limits of a plan document, the same whichever way it came (JSON, text or .docx import, amendment),
 * and never looser than the event contracts it is published under: contents numbered and written, years
 * and dates within 1900–2100, no null entries in lists, and bounded text — a document whose contents
 * alone could exceed the broker's message limit is refused here rather than at publication.
 */
public final class PlanDocumentLimits {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_TITLE = 1_000;
    public static final int MAX_NUMBER = 20;
    public static final int MAX_ITEMS = 500;
    /** All text of a document; a real plan is about 15,000 characters, and 300,000 stay under 1 MiB in UTF-8. */
    public static final int MAX_DOCUMENT_CHARS = 300_000;

    private PlanDocumentLimits() {
    }

    /** Every field of {@code document} over a limit, named under {@code prefix} ("document."). */
    public static List<FieldError> check(PlanDocument document, String prefix) {
        Checks checks = new Checks(prefix);
        if (document == null) {
            return List.of(new FieldError(prefix.isEmpty() ? "document" : prefix.substring(0, prefix.length() - 1),
                    "bắt buộc (required)"));
        }
        checks.text("issuingBody", document.issuingBody(), MAX_TEXT);
        checks.text("unitName", document.unitName(), MAX_TEXT);
        checks.text("documentNumber", document.documentNumber(), MAX_TEXT);
        checks.text("place", document.place(), MAX_TEXT);
        checks.date("documentDate", document.documentDate());
        checks.text("kind", document.kind(), MAX_TEXT);
        checks.text("title", document.title(), MAX_TITLE);
        if (document.year() != null && !DateRange.acceptsYear(document.year())) {
            checks.error("year", DateRange.message());
        }
        checks.list("bases", document.bases(), (at, basis) -> {
            checks.text(at + ".text", basis.text(), MAX_TEXT);
            checks.text(at + ".documentNumber", basis.documentNumber(), MAX_TEXT);
            checks.date(at + ".documentDate", basis.documentDate());
            checks.text(at + ".issuer", basis.issuer(), MAX_TEXT);
        });
        checks.list("occasions", document.occasions(), (at, text) -> checks.text(at, text, MAX_TEXT));
        checks.list("purposes", document.purposes(), (at, text) -> checks.text(at, text, MAX_TEXT));
        checks.list("requirements", document.requirements(), (at, text) -> checks.text(at, text, MAX_TEXT));
        checks.list("contents", document.contents(), (at, item) -> {
            // A content becomes a criterion and an event item: both need a number and a text (the contract).
            checks.required(at + ".number", item.number(), MAX_NUMBER);
            checks.required(at + ".text", item.text(), MAX_TEXT);
        });
        checks.list("measures", document.measures(), (at, item) -> {
            checks.text(at + ".number", item.number(), MAX_NUMBER);
            checks.text(at + ".text", item.text(), MAX_TEXT);
        });
        checks.list("responsibilities", document.responsibilities(), (at, item) -> {
            checks.text(at + ".number", item.number(), MAX_NUMBER);
            checks.text(at + ".role", item.role(), MAX_TEXT);
            checks.text(at + ".duties", item.duties(), MAX_TEXT);
        });
        checks.text("closing", document.closing(), MAX_TEXT);
        checks.list("recipients", document.recipients(), (at, item) -> {
            checks.text(at + ".name", item.name(), MAX_TEXT);
            checks.text(at + ".purpose", item.purpose(), MAX_TEXT);
        });
        if (document.signer() != null) {
            checks.text("signer.authority", document.signer().authority(), MAX_TEXT);
            checks.text("signer.title", document.signer().title(), MAX_TEXT);
            checks.text("signer.name", document.signer().name(), MAX_TEXT);
        }
        if (checks.chars > MAX_DOCUMENT_CHARS) {
            checks.error("", "văn bản dài " + checks.chars + " ký tự, tối đa " + MAX_DOCUMENT_CHARS + " (the document "
                    + "has " + checks.chars + " characters, at most " + MAX_DOCUMENT_CHARS + ")");
        }
        return checks.errors;
    }

    private static final class Checks {

        final String prefix;
        final List<FieldError> errors = new ArrayList<>();
        long chars;

        Checks(String prefix) {
            this.prefix = prefix;
        }

        void error(String field, String message) {
            String name = field.isEmpty() ? (prefix.isEmpty() ? "document" : prefix.substring(0, prefix.length() - 1))
                    : prefix + field;
            errors.add(new FieldError(name, message));
        }

        void text(String field, String value, int max) {
            if (value != null) {
                chars += value.length();
                if (value.length() > max) {
                    error(field, "tối đa " + max + " ký tự (at most " + max + " characters)");
                }
            }
        }

        void required(String field, String value, int max) {
            if (value == null || value.isBlank()) {
                error(field, "bắt buộc (required)");
            } else {
                text(field, value, max);
            }
        }

        void date(String field, LocalDate value) {
            if (!DateRange.accepts(value)) {
                error(field, DateRange.message());
            }
        }

        <T> void list(String field, List<T> items, BiConsumer<String, T> each) {
            if (items == null) {
                return;
            }
            if (items.size() > MAX_ITEMS) {
                error(field, "tối đa " + MAX_ITEMS + " mục (at most " + MAX_ITEMS + " items)");
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                String at = field + "[" + i + "]";
                if (items.get(i) == null) {
                    error(at, "không được để trống (must not be null)");
                } else {
                    each.accept(at, items.get(i));
                }
            }
        }
    }
}
