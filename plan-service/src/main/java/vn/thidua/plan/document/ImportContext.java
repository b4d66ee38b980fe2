package vn.thidua.plan.document;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the caller knows about the document being imported, used only to warn, never to change the text.
 *
 * @param unitName      the unit the plan should belong to, e.g. "Trường Tiểu học Tràm Chim 2"; null when not known
 * @param year          the plan's year, or the first calendar year of its school year (2023 for 2023-2024); used
 *                      when the document names no year, and compared with the year it names (a calendar-year plan
 *                      agrees with either year of the school year); null when not known
 * @param knownDocument tells whether a document number such as "67/KH-PGDĐT" exists in the system
 */
public record ImportContext(String unitName, Integer year, Predicate<String> knownDocument) {

    public ImportContext {
        Objects.requireNonNull(knownDocument, "knownDocument");
    }
}
