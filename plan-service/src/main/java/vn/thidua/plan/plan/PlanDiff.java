package vn.thidua.plan.plan;

import vn.thidua.plan.document.PlanDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What changed between two versions of a plan, section by section and item by item. */
final class PlanDiff {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * One change. {@code key} identifies the item within its section: the number as written for
     * numbered items, the position (1-based) for paragraphs, the name for recipients.
     */
    public record Change(String section, String key, Kind kind, String before, String after) {
    }

    private PlanDiff() {
    }

    static List<Change> between(PlanDocument before, PlanDocument after) {
        List<Change> changes = new ArrayList<>();
        field(changes, "title", before.title(), after.title());
        field(changes, "documentNumber", before.documentNumber(), after.documentNumber());
        field(changes, "documentDate", str(before.documentDate()), str(after.documentDate()));
        field(changes, "closing", before.closing(), after.closing());
        field(changes, "signer", signer(before), signer(after));
        items(changes, "bases", byPosition(before.bases(), PlanDocument.Basis::text),
                byPosition(after.bases(), PlanDocument.Basis::text));
        items(changes, "occasions", byPosition(before.occasions(), s -> s), byPosition(after.occasions(), s -> s));
        items(changes, "purposes", byPosition(before.purposes(), s -> s), byPosition(after.purposes(), s -> s));
        items(changes, "requirements", byPosition(before.requirements(), s -> s), byPosition(after.requirements(), s -> s));
        items(changes, "contents", byNumber(before.contents()), byNumber(after.contents()));
        items(changes, "measures", byNumber(before.measures()), byNumber(after.measures()));
        items(changes, "responsibilities", responsibilities(before), responsibilities(after));
        items(changes, "recipients", recipients(before), recipients(after));
        return changes;
    }

    private static void field(List<Change> changes, String section, String before, String after) {
        if (!Objects.equals(before, after)) {
            Kind kind = before == null ? Kind.ADDED : after == null ? Kind.REMOVED : Kind.CHANGED;
            changes.add(new Change(section, section, kind, before, after));
        }
    }

    private static void items(List<Change> changes, String section, Map<String, String> before, Map<String, String> after) {
        before.forEach((key, text) -> {
            if (!after.containsKey(key)) {
                changes.add(new Change(section, key, Kind.REMOVED, text, null));
            } else if (!Objects.equals(text, after.get(key))) {
                changes.add(new Change(section, key, Kind.CHANGED, text, after.get(key)));
            }
        });
        after.forEach((key, text) -> {
            if (!before.containsKey(key)) {
                changes.add(new Change(section, key, Kind.ADDED, null, text));
            }
        });
    }

    /** Items by their number as written; a repeated number gets a suffix so neither copy is lost. */
    private static Map<String, String> byNumber(List<PlanDocument.NumberedItem> items) {
        Map<String, String> map = new LinkedHashMap<>();
        if (items != null) {
            for (PlanDocument.NumberedItem item : items) {
                String key = item.number();
                for (int copy = 2; map.containsKey(key); copy++) {
                    key = item.number() + "#" + copy;
                }
                map.put(key, item.text());
            }
        }
        return map;
    }

    private static <T> Map<String, String> byPosition(List<T> items, Function<T, String> text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                map.put(String.valueOf(i + 1), text.apply(items.get(i)));
            }
        }
        return map;
    }

    private static Map<String, String> responsibilities(PlanDocument document) {
        Map<String, String> map = new LinkedHashMap<>();
        if (document.responsibilities() != null) {
            document.responsibilities().forEach(r -> map.put(r.number() + " " + r.role(), r.duties()));
        }
        return map;
    }

    private static Map<String, String> recipients(PlanDocument document) {
        Map<String, String> map = new LinkedHashMap<>();
        if (document.recipients() != null) {
            document.recipients().forEach(r -> map.put(r.name(), r.purpose() == null ? "" : r.purpose()));
        }
        return map;
    }

    private static String signer(PlanDocument document) {
        PlanDocument.Signer s = document.signer();
        return s == null ? null : String.join(" / ", Objects.toString(s.authority(), ""), Objects.toString(s.title(), ""),
                Objects.toString(s.name(), ""));
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
