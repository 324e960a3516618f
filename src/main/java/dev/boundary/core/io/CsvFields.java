package dev.boundary.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexical part of CSV reading: lines, separators, fields, numbers. No regular expressions (TeaVM).
 * Shared by {@link Csv} and the import's column chooser ({@link CsvColumns}), so both read a file the
 * same way.
 */
public final class CsvFields {
    private CsvFields() {
    }

    /**
     * The separator of a file from its first non-blank line: a tab if it has one outside quotes, else a
     * semicolon if it has one, else a comma.
     */
    public static char detectSeparator(String line) {
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

    /**
     * The fields of one line, each trimmed of surrounding whitespace, with double quotes removed
     * ({@code ""} inside quotes stands for one quote).
     *
     * @throws CsvException when a quote is not closed on the line
     */
    public static List<String> split(String line, char separator, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
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

    /** Whether {@code text} names a non-finite value: NaN, inf, infinity, with an optional sign. */
    public static boolean isNonFiniteWord(String text) {
        String word = asciiLowerCase(text);
        if (word.startsWith("+") || word.startsWith("-")) {
            word = word.substring(1);
        }
        return word.equals("nan") || word.equals("inf") || word.equals("infinity");
    }

    /**
     * The number written in {@code text}, or NaN when it is not a plain decimal number (optional sign,
     * digits with an optional point, optional exponent). With {@code decimalComma}, one comma may
     * stand for the point (as spreadsheets write in many languages when the separator is ';' or tab).
     * May return an infinity when the exponent is too large.
     */
    public static double parseNumber(String text, boolean decimalComma) {
        String number = text;
        if (decimalComma && number.indexOf(',') >= 0 && number.indexOf('.') < 0) {
            number = number.replace(',', '.');
        }
        return isPlainNumber(number) ? Double.parseDouble(number) : Double.NaN;
    }

    private static boolean isPlainNumber(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Lower case for ASCII letters only, so the result does not depend on the platform's locale. */
    static String asciiLowerCase(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return lower.toString();
    }

    /** A plain decimal number (or a non-finite word, which is a number column with a bad value). */
    static boolean isNumber(String field, char separator) {
        return isNonFiniteWord(field) || !Double.isNaN(parseNumber(field, separator != ','));
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
