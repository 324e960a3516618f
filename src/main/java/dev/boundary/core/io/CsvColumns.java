package dev.boundary.core.io;

import dev.boundary.core.data.CsvException;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a CSV text, for files with more than the three columns {@link dev.boundary.core.data.Csv}
 * reads (x1, x2, label): what the columns are called, a first guess at which to use, and the text cut
 * down to the chosen ones with every line where it was, so that messages still name the file's lines.
 */
public final class CsvColumns {
    /** Header names (compared ignoring case) that say a column holds the class. */
    private static final String[] LABEL_NAMES = {"label", "class", "target", "y", "species", "outcome",
        "category", "classe", "klasse", "diagnosis", "result"};

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
        Lines lines = new Lines(text);
        String first = lines.nextNonBlank();
        if (first == null) {
            throw new CsvException(0, "the file is empty");
        }
        char separator = detectSeparator(first);
        List<String> firstFields = split(first, separator, lines.number());
        String second = lines.nextNonBlank();
        List<String> secondFields = second == null ? null : split(second, separator, lines.number());
        boolean anyNumber = false;
        boolean flips = false;
        for (int j = 0; j < firstFields.size(); j++) {
            boolean number = isNumber(firstFields.get(j), separator);
            anyNumber |= number;
            if (!number && secondFields != null && j < secondFields.size()
                    && isNumber(secondFields.get(j), separator)) {
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
            numeric[j] = data != null && j < data.size() && isNumber(data.get(j), separator);
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
     * numbers (one when there is only one).
     */
    public Choice guess() {
        int label = names.length - 1;
        for (int j = 0; j < names.length; j++) {
            if (isLabelName(names[j])) {
                label = j;
                break;
            }
        }
        int x1 = -1;
        int x2 = -1;
        for (int j = 0; j < names.length && x2 < 0; j++) {
            if (j != label && numeric[j]) {
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
        Lines lines = new Lines(text);
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
            List<String> fields = split(line, separator, lines.number());
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

    private static boolean isLabelName(String name) {
        String lower = name.trim().toLowerCase();
        for (String known : LABEL_NAMES) {
            if (known.equals(lower)) {
                return true;
            }
        }
        return false;
    }

    static char detectSeparator(String line) {
        boolean quoted = false;
        boolean semicolon = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\t') {
                return '\t';
            } else if (!quoted && c == ';') {
                semicolon = true;
            }
        }
        return semicolon ? ';' : ',';
    }

    /** The trimmed, unquoted fields of one line. */
    static List<String> split(String line, char separator, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == separator) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new CsvException(lineNumber, "a quote (\") is not closed");
        }
        fields.add(field.toString().trim());
        return fields;
    }

    /** A plain decimal number (or a non-finite word, which is a number column with a bad value). */
    static boolean isNumber(String field, char separator) {
        String text = separator != ',' ? field.replace(',', '.') : field;
        String lower = text.toLowerCase();
        if (lower.startsWith("+") || lower.startsWith("-")) {
            lower = lower.substring(1);
        }
        if (lower.equals("nan") || lower.equals("inf") || lower.equals("infinity")) {
            return true;
        }
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits > 0 && i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return digits > 0 && i == n;
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

    /** The lines of a text as Csv counts them: CR LF, CR and LF each end a line. */
    private static final class Lines {
        private final String text;
        private int position;
        private int number;

        Lines(String text) {
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        int number() {
            return number;
        }

        String next() {
            if (position > text.length() || (position == text.length() && number > 0)) {
                return null;
            }
            int end = position;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(position, end);
            position = end + 1;
            if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
                    && text.charAt(end + 1) == '\n') {
                position++;
            }
            number++;
            return line;
        }

        String nextNonBlank() {
            String line;
            while ((line = next()) != null) {
                if (!line.trim().isEmpty()) {
                    return line;
                }
            }
            return null;
        }
    }
}
