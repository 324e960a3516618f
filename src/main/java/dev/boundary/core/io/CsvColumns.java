package dev.boundary.core.io;

import java.util.List;

/**
 * The columns of a CSV text, for files with more than the three columns {@link Csv}
 * reads (x1, x2, label): what the columns are called, a first guess at which to use, and the text cut
 * down to the chosen ones with every line where it was, so that messages still name the file's lines.
 */
public final class CsvColumns {
    /** Header names (compared ignoring case) that say a column holds the class. */
    private static final String[] LABEL_NAMES = {"label", "class", "target", "y", "species", "outcome",
        "category", "classe", "klasse", "diagnosis", "result"};
    /** Header names (compared ignoring case) of row numbers, which make poor features. */
    private static final String[] ID_NAMES = {"id", "index", "row", "no", "nr", "#", "key"};

    /** The most columns a file may have (the chooser lists them all). */
    public static final int MAX_COLUMNS = 1000;

    private final char separator;
    private final boolean header;
    private final String[] names;
    private final boolean[] numeric;

    private CsvColumns(char separator, boolean header, String[] names, boolean[] numeric) {
        this.separator = separator;
        this.header = header;
        this.names = names;
        this.numeric = numeric;
    }

    /**
     * The columns of {@code text}, from its first two non-blank lines: the separator (tab, else
     * semicolon, else comma, as {@code Csv} detects it), whether the first line is a header (it is when
     * one of its fields is not a number where the next line has a number, or none of its fields is a
     * number), the names (the header's, else "column 1", "column 2", …), and which columns hold
     * numbers on the first data line.
     *
     * @throws CsvException when the text has no non-blank line
     */
    public static CsvColumns of(String text) {
        CsvFields.Lines lines = new CsvFields.Lines(text);
        String first = lines.nextNonBlank();
        if (first == null) {
            throw new CsvException(0, "the file is empty");
        }
        char separator = CsvFields.detectSeparator(first);
        List<String> firstFields = CsvFields.split(first, separator, lines.number());
        if (firstFields.size() > MAX_COLUMNS) {
            throw new CsvException(lines.number(), "it has " + firstFields.size() + " columns; files of up to "
                    + MAX_COLUMNS + " columns are read");
        }
        String second = lines.nextNonBlank();
        List<String> secondFields = second == null ? null : CsvFields.split(second, separator, lines.number());
        boolean anyNumber = false;
        boolean flips = false;
        for (int j = 0; j < firstFields.size(); j++) {
            boolean number = CsvFields.isNumber(firstFields.get(j), separator);
            anyNumber |= number;
            if (!number && secondFields != null && j < secondFields.size()
                    && CsvFields.isNumber(secondFields.get(j), separator)) {
                flips = true;
            }
        }
        boolean header = flips || !anyNumber;
        List<String> data = header ? secondFields : firstFields;
        int count = firstFields.size();
        String[] names = new String[count];
        boolean[] numeric = new boolean[count];
        for (int j = 0; j < count; j++) {
            String name = header ? firstFields.get(j) : "";
            names[j] = name.isEmpty() ? "column " + (j + 1) : name;
            numeric[j] = data != null && j < data.size() && CsvFields.isNumber(data.get(j), separator);
        }
        return new CsvColumns(separator, header, names, numeric);
    }

    public int count() {
        return names.length;
    }

    /** Column {@code index}'s name: the header's, or "column N" (1-based). */
    public String name(int index) {
        return names[index];
    }

    public boolean hasHeader() {
        return header;
    }

    public char separator() {
        return separator;
    }

    /**
     * A first choice: the label is the column named like one ({@code label}, {@code class},
     * {@code species}, …) or else the last; the features are the first two other columns holding
     * numbers (one when there is only one), skipping row numbers named {@code id}, {@code index}, ….
     */
    public Choice guess() {
        int label = names.length - 1;
        for (int j = 0; j < names.length; j++) {
            if (isOneOf(names[j], LABEL_NAMES)) {
                label = j;
                break;
            }
        }
        int x1 = -1;
        int x2 = -1;
        for (int j = 0; j < names.length && x2 < 0; j++) {
            if (j != label && numeric[j] && !isOneOf(names[j], ID_NAMES)) {
                if (x1 < 0) {
                    x1 = j;
                } else {
                    x2 = j;
                }
            }
        }
        if (x1 < 0) {
            x1 = label == 0 ? 1 : 0;
        }
        return new Choice(x1, x2, label);
    }

    /**
     * {@code text} with only the chosen columns, in the order x1, x2 (when chosen), label, joined by
     * the same separator; blank lines stay blank, so every line keeps its number.
     *
     * @throws CsvException naming the line when a line has another number of columns than the first
     */
    public String project(String text, Choice choice) {
        choice.check(names.length);
        StringBuilder out = new StringBuilder(text.length() / 2);
        CsvFields.Lines lines = new CsvFields.Lines(text);
        String line;
        boolean firstLine = true;
        while ((line = lines.next()) != null) {
            if (!firstLine) {
                out.append('\n');
            }
            firstLine = false;
            if (line.trim().isEmpty()) {
                continue;
            }
            List<String> fields = CsvFields.split(line, separator, lines.number());
            if (fields.size() != names.length) {
                throw new CsvException(lines.number(), "expected " + names.length + " columns, found " + fields.size());
            }
            appendField(out, fields.get(choice.x1()));
            if (choice.x2() >= 0) {
                out.append(separator);
                appendField(out, fields.get(choice.x2()));
            }
            out.append(separator);
            appendField(out, fields.get(choice.label()));
        }
        return out.toString();
    }

    private void appendField(StringBuilder out, String field) {
        if (field.indexOf(separator) >= 0 || field.indexOf('"') >= 0) {
            out.append('"').append(field.replace("\"", "\"\"")).append('"');
        } else {
            out.append(field);
        }
    }

    private static boolean isOneOf(String name, String[] known) {
        String lower = name.trim().toLowerCase();
        for (String candidate : known) {
            if (candidate.equals(lower)) {
                return true;
            }
        }
        return false;
    }

    /** Which columns to read: x1, x2 (−1 for one feature) and the label, 0-based. */
    public static final class Choice {
        private final int x1;
        private final int x2;
        private final int label;

        public Choice(int x1, int x2, int label) {
            this.x1 = x1;
            this.x2 = x2;
            this.label = label;
        }

        public int x1() {
            return x1;
        }

        /** The second feature's column, or −1 for data with one feature. */
        public int x2() {
            return x2;
        }

        public int label() {
            return label;
        }

        void check(int columns) {
            if (x1 < 0 || x1 >= columns || x2 >= columns || x2 < -1 || label < 0 || label >= columns) {
                throw new IllegalArgumentException("columns are numbered 1 to " + columns);
            }
            if (x1 == label || x2 == label || x1 == x2) {
                throw new IllegalArgumentException("choose different columns for x₁, x₂ and the label"
                        + " (or leave x₂ out)");
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Choice && ((Choice) other).x1 == x1 && ((Choice) other).x2 == x2
                    && ((Choice) other).label == label;
        }

        @Override
        public int hashCode() {
            return (x1 * 31 + x2) * 31 + label;
        }

        @Override
        public String toString() {
            return "Choice(" + x1 + ", " + x2 + ", " + label + ")";
        }
    }
}
