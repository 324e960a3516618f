package dev.boundary.core.state;

/**
 * Bounds a JSON text before the parser sees it, in one pass without recursion: how deep lists and
 * objects nest, how long one number or one string is, and how long the whole text is. The parser
 * recurses once per level, so without the bound a text of ten thousand {@code [} would overflow the
 * stack (and a browser's stack is smaller than the JVM's). A scenario nests five levels deep at most
 * and its longest number is about 25 characters, so the limits stop nothing a scenario holds.
 */
public final class JsonLimits {
    /** Deepest nesting of lists and objects read (a scenario needs 5). */
    public static final int MAX_DEPTH = 32;
    /** Longest number read, in characters (an exact double takes at most about 25). */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Longest string read, in characters between its quotes (the description holds up to 4 000). */
    public static final int MAX_STRING_LENGTH = 20_000;
    /** Longest text read, in characters (100 000 points written in full take about 6 MB). */
    public static final int MAX_TEXT_LENGTH = 16_000_000;

    private JsonLimits() {
    }

    /**
     * Checks {@code json} against the limits.
     *
     * @throws ScenarioException naming the limit and where it was passed
     */
    public static void check(String json) {
        if (json.length() > MAX_TEXT_LENGTH) {
            throw new ScenarioException("the JSON is " + json.length() + " characters long; texts of up to "
                    + MAX_TEXT_LENGTH + " are read");
        }
        int depth = 0;
        int line = 1;
        int i = 0;
        int n = json.length();
        while (i < n) {
            char c = json.charAt(i);
            if (c == '"') {
                int start = i;
                i++;
                while (i < n && json.charAt(i) != '"') {
                    i += json.charAt(i) == '\\' ? 2 : 1;
                }
                if (i - start - 1 > MAX_STRING_LENGTH) {
                    throw new ScenarioException("a string at character " + (start + 1) + " (line " + line + ") is "
                            + (i - start - 1) + " characters long; strings of up to " + MAX_STRING_LENGTH
                            + " are read");
                }
                i++;
                continue;
            }
            if (c == '[' || c == '{') {
                depth++;
                if (depth > MAX_DEPTH) {
                    throw new ScenarioException("the JSON nests lists and objects more than " + MAX_DEPTH
                            + " levels deep (at character " + (i + 1) + ", line " + line + "); a scenario needs 5");
                }
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == '-' || c >= '0' && c <= '9') {
                int start = i;
                while (i < n && isNumberPart(json.charAt(i))) {
                    i++;
                }
                if (i - start > MAX_NUMBER_LENGTH) {
                    throw new ScenarioException("a number at character " + (start + 1) + " (line " + line + ") is "
                            + (i - start) + " characters long; numbers of up to " + MAX_NUMBER_LENGTH
                            + " characters are read");
                }
                continue;
            } else if (c == '\n') {
                line++;
            }
            i++;
        }
    }

    private static boolean isNumberPart(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    }
}
