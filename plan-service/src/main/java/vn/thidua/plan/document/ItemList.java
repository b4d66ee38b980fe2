package vn.thidua.plan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The items of one section in the order written. The first item's marker style ("1.", "a)", "-", "+", or none) is
 * the list's style: a line with that style starts an item, any other line (a sub-item "a)", "-", "+", or a plain
 * continuation paragraph) joins the current item's text on a new line.
 */
final class ItemList {

    /** One item: its number as written (null for a plain paragraph) and its lines, the first without its marker. */
    static final class Item {
        final String number;
        final int line;
        final List<String> lines = new ArrayList<>();

        Item(String number, int line, String first) {
            this.number = number;
            this.line = line;
            lines.add(first);
        }

        String text() {
            return String.join("\n", lines);
        }
    }

    private final boolean keepMarkers;
    private final List<Item> items = new ArrayList<>();
    private Marker.Style style;
    private String bullet;

    /**
     * @param keepMarkers true for paragraph lists (purposes, requirements) kept whole as written; false for
     *                    numbered lists, whose numbers are kept apart from the text
     */
    ItemList(boolean keepMarkers) {
        this.keepMarkers = keepMarkers;
    }

    /**
     * Places a non-blank line. Returns false for a numbered list's lead-in before its first item ("Gồm các nội dung
     * sau:"), which has no place in the structure.
     */
    boolean accept(SourceLine line) {
        String text = line.stripped();
        Marker marker = Marker.of(text);
        Marker.Style lineStyle = marker == null ? null : marker.style();
        // Bullets are told apart by their character: "+" items under "-" items are sub-items.
        String lineBullet = lineStyle == Marker.Style.BULLET ? marker.number() : null;
        if (items.isEmpty()) {
            if (!keepMarkers && marker == null && text.endsWith(":")) {
                return false;
            }
            style = lineStyle;
            bullet = lineBullet;
        } else if (lineStyle != style || !Objects.equals(lineBullet, bullet)) {
            items.get(items.size() - 1).lines.add(text);
            return true;
        }
        if (keepMarkers || marker == null) {
            items.add(new Item(null, line.number(), text));
        } else {
            items.add(new Item(marker.number(), line.number(), marker.text()));
        }
        return true;
    }

    List<Item> items() {
        return items;
    }

    Marker.Style style() {
        return style;
    }

    List<String> texts() {
        return items.stream().map(Item::text).toList();
    }
}
