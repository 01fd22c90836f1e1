package org.salondesk.print;

import java.util.List;

/**
 * What a printed page says, whatever it is (a receipt, a master's day sheet, a client's card, a day's close, a
 * report): a title, a few heading lines, then blocks in order. {@link PdfSheets} lays it out; features only fill it.
 */
public record Sheet(Paper paper, String title, List<String> heading, List<Block> blocks, String footer) {

    public Sheet {
        heading = heading == null ? List.of() : List.copyOf(heading);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /** The paper a sheet is laid out for: a sheet of A4, or a receipt printer's 80 mm roll. */
    public enum Paper {
        A4(595.28f, 841.89f, 42f),
        RECEIPT(226.77f, 566.93f, 12f);

        final float width;
        final float height;
        final float margin;

        Paper(float width, float height, float margin) {
            this.width = width;
            this.height = height;
            this.margin = margin;
        }
    }

    /** One part of a sheet. */
    public sealed interface Block permits Paragraph, Table, Totals, Picture {
    }

    /** Text in lines (a line break starts a new one), wrapped to the page. */
    public record Paragraph(String text, boolean bold) implements Block {
        public static Paragraph of(String text) {
            return new Paragraph(text, false);
        }
    }

    /** A column of a table: its header, its share of the width, and whether its figures align right. */
    public record Column(String header, float weight, boolean right) {
        public static Column text(String header, float weight) {
            return new Column(header, weight, false);
        }

        public static Column figure(String header, float weight) {
            return new Column(header, weight, true);
        }
    }

    /** Rows under a header (repeated on every page it spans); cells wrap within their column. */
    public record Table(List<Column> columns, List<List<String>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " cells in " + columns.size()
                            + " columns");
                }
            }
        }
    }

    /** Label and figure pairs aligned right under a table: total, discount, paid, change. */
    public record Totals(List<Total> lines) implements Block {
        public Totals {
            lines = List.copyOf(lines);
        }
    }

    /** One line of {@link Totals}; a bold one stands out (the amount due). */
    public record Total(String label, String value, boolean bold) {
    }

    /** A picture (a chart) as PNG bytes, scaled to the page's width. */
    public record Picture(byte[] png) implements Block {
    }
}
