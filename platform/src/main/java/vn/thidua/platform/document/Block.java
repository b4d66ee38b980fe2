package vn.thidua.platform.document;

import java.util.List;

/**
 * What an official document is made of, top to bottom: paragraphs, borderless two-column blocks, tables and page
 * breaks (an annex — phụ lục, danh sách kèm theo — starts on a page of its own).
 */
public sealed interface Block permits Para, Block.Columns, Block.Table, Block.PageBreak {

    /** The next block starts a new page: in Word a page break, in HTML a rule that prints as a page break. */
    record PageBreak() implements Block {
    }

    /**
     * A borderless two-column block: the header (issuing body | national motto) or the foot (recipients | signature).
     * A block with both sides empty is left out; an empty side stays an empty cell.
     *
     * @param leftPercent the width of the left column, in percent of the text width
     */
    record Columns(List<Para> left, List<Para> right, int leftPercent) implements Block {
    }

    /**
     * A bordered table: a bold, centred header row, then the rows as plain text.
     *
     * @param aligns one per column, for the rows below the header
     * @param widths column widths in percent of the text width, or empty to let the table lay itself out
     * @param size   the size of every cell's text, in points
     */
    record Table(List<String> header, List<List<String>> rows, List<Align> aligns, List<Integer> widths, int size)
            implements Block {

        public Table {
            int columns = header.size();
            if (aligns.size() != columns || widths.size() > columns
                    || rows.stream().anyMatch(row -> row.size() != columns)) {
                throw new IllegalArgumentException("a table has " + columns + " columns: one alignment each, "
                        + "at most one width each and that many cells in every row");
            }
        }
    }
}
