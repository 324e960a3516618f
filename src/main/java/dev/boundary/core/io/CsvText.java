package dev.boundary.core.io;

import dev.boundary.core.data.CsvFields;
import java.util.List;

/** The lexical side of {@link CsvColumns}: separators, fields, numbers and lines, as Csv reads them. */
final class CsvText {
    private CsvText() {
    }

    static char detectSeparator(String line) {
        return CsvFields.detectSeparator(line);
    }

    /** The trimmed, unquoted fields of one line. */
    static List<String> split(String line, char separator, int lineNumber) {
        return CsvFields.split(line, separator, lineNumber);
    }

    /** A plain decimal number (or a non-finite word, which is a number column with a bad value). */
    static boolean isNumber(String field, char separator) {
        return CsvFields.isNonFiniteWord(field) || !Double.isNaN(CsvFields.parseNumber(field, separator != ','));
    }

    /** The lines of a text as Csv counts them: CR LF, CR and LF each end a line. */
    static final class Lines {
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
