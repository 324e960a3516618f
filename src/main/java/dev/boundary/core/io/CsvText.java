package dev.boundary.core.io;

import dev.boundary.core.data.CsvException;
import java.util.ArrayList;
import java.util.List;

/** The lexical side of {@link CsvColumns}: separators, fields, numbers and lines, as Csv reads them. */
final class CsvText {
    private CsvText() {
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
