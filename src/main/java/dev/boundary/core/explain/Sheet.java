package dev.boundary.core.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * A worked calculation as the page prints it: blocks in order, each a line ("name = formula =
 * value") or a table, each in a section (forward, backward, the step, or a note). Values are already
 * formatted, so the JVM, JavaScript and WebAssembly print the same digits; each value carries the
 * element id the page gives it, so tests can read it.
 */
public final class Sheet {
    /** Where a block belongs; the page colours forward green and backward red, as Rafay Khan's figures do. */
    public enum Section {
        FORWARD, BACKWARD, STEP, NOTE
    }

    /** One line or one table. */
    public static final class Block {
        private final Section section;
        private final String id;
        private final String text;
        private final String value;
        private final String caption;
        private final String[] header;
        private final String[][] cells;
        private final String[][] cellIds;

        private Block(Section section, String id, String text, String value, String caption, String[] header,
                String[][] cells, String[][] cellIds) {
            this.section = section;
            this.id = id;
            this.text = text;
            this.value = value;
            this.caption = caption;
            this.header = header;
            this.cells = cells;
            this.cellIds = cellIds;
        }

        public Section section() {
            return section;
        }

        public boolean isTable() {
            return cells != null;
        }

        /** The id of a line's value (null for a note without one). */
        public String id() {
            return id;
        }

        /** A line's text before its value, e.g. {@code "z = w₁·x₁ + b = 0.1·1 + 0 ="}. */
        public String text() {
            return text;
        }

        /** A line's formatted value, or null for a plain note. */
        public String value() {
            return value;
        }

        /** A table's caption. */
        public String caption() {
            return caption;
        }

        /** A table's column headings. */
        public String[] header() {
            return header.clone();
        }

        public int rowCount() {
            return cells.length;
        }

        /** A table's cell text; column 0 is the row's label. */
        public String cell(int row, int column) {
            return cells[row][column];
        }

        /** A cell's element id, or null. */
        public String cellId(int row, int column) {
            return cellIds[row][column];
        }

        public int columnCount() {
            return header.length;
        }
    }

    private final List<Block> blocks = new ArrayList<>();

    /** Adds a line whose value has an id. */
    public Sheet line(Section section, String id, String text, String value) {
        blocks.add(new Block(section, id, text, value, null, null, null, null));
        return this;
    }

    /** Adds a sentence without a value. */
    public Sheet note(Section section, String text) {
        blocks.add(new Block(section, null, text, null, null, null, null, null));
        return this;
    }

    /**
     * Adds a table; {@code cells[r][0]} labels row r. {@code cellIds} has the shape of {@code cells}
     * (null entries for cells without an id).
     */
    public Sheet table(Section section, String caption, String[] header, String[][] cells, String[][] cellIds) {
        for (String[] row : cells) {
            if (row.length != header.length) {
                throw new IllegalArgumentException("a row of the table \"" + caption + "\" has " + row.length
                        + " cells for " + header.length + " columns");
            }
        }
        blocks.add(new Block(section, null, null, null, caption, header.clone(), cells, cellIds));
        return this;
    }

    public int size() {
        return blocks.size();
    }

    public Block block(int index) {
        return blocks.get(index);
    }

    /** The value of the line with this id, or of the table cell with it; null when there is none. */
    public String valueOf(String id) {
        for (Block block : blocks) {
            if (!block.isTable()) {
                if (id.equals(block.id)) {
                    return block.value;
                }
                continue;
            }
            for (int r = 0; r < block.cells.length; r++) {
                for (int c = 0; c < block.cells[r].length; c++) {
                    if (id.equals(block.cellIds[r][c])) {
                        return block.cells[r][c];
                    }
                }
            }
        }
        return null;
    }

    /** The text before the value of the line with this id; null when there is none. */
    public String textOf(String id) {
        for (Block block : blocks) {
            if (!block.isTable() && id.equals(block.id)) {
                return block.text;
            }
        }
        return null;
    }
}
