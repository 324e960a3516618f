package dev.boundary.core.io;


/**
 * The first checks of a dropped file or pasted text, before it is parsed: its size, whether it is
 * text at all, and whether it is a scenario (JSON) or points (CSV).
 */
public final class ImportCheck {
    /** The largest file or pasted text read, in bytes (5 MB); CSV files also stop at {@link Csv#MAX_ROWS}. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** What a text holds. */
    public enum Kind {
        /** A scenario file, {@code .json} or text starting with <code>{</code>. */
        SCENARIO,
        /** Points as CSV. */
        CSV
    }

    private ImportCheck() {
    }

    /**
     * Null when a file of {@code bytes} bytes may be read, else the message, e.g. {@code big.csv is
     * 7.3 MB; files of up to 5 MB (and 50000 rows) can be imported}.
     */
    public static String sizeProblem(String name, double bytes) {
        if (bytes <= MAX_BYTES) {
            return null;
        }
        return name + " is " + megabytes(bytes) + "; files of up to " + megabytes(MAX_BYTES) + " (and "
                + Csv.MAX_ROWS + " rows) can be imported";
    }

    /**
     * Null when {@code text} reads as text, else a message naming the line with the first character no
     * text file holds: a NUL, another control character (tab, line breaks and form feed aside), or
     * U+FFFD, which a browser puts where bytes are no valid UTF-8 (images, spreadsheets, archives).
     */
    public static String binaryProblem(String name, String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            } else if ((c < 0x20 && c != '\t' && c != '\r' && c != '\f') || c == 0x7F || c == '\uFFFD') {
                return name + " is not a text file (line " + line + " holds binary data); import a CSV file"
                        + " of points or a scenario .json file";
            }
        }
        return null;
    }

    /** A scenario when the name ends in {@code .json} or the text starts with <code>{</code> or {@code [}; else CSV. */
    public static Kind kindOf(String name, String text) {
        if (name != null && name.toLowerCase().endsWith(".json")) {
            return Kind.SCENARIO;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') { // JSON: a CSV line never starts with a bracket
                return Kind.SCENARIO;
            }
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return Kind.CSV;
            }
        }
        return Kind.CSV;
    }

    /** Bytes as people read them: {@code 900 bytes}, {@code 12.5 kB}, {@code 7.3 MB}. */
    public static String megabytes(double bytes) {
        if (bytes < 1024) {
            return (long) bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return oneDecimal(bytes / 1024) + " kB";
        }
        return oneDecimal(bytes / (1024 * 1024)) + " MB";
    }

    private static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
    }
}
