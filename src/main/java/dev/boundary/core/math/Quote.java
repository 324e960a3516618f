package dev.boundary.core.math;

/**
 * Text from outside (a file, a link, an address) as messages quote it: in double quotes, at most
 * {@link #MAX_CHARS} characters of it with an ellipsis after a cut, a leading byte-order mark left
 * out, and every other invisible character written as {@code U+XXXX} so people can see it.
 */
public final class Quote {
    /** The most characters of the input a message quotes. */
    public static final int MAX_CHARS = 60;

    private Quote() {
    }

    /** {@code text} quoted, e.g. {@code "abc"} or {@code "1234567…"} (cut at {@link #MAX_CHARS}). */
    public static String of(String text) {
        return "\"" + shown(text) + "\"";
    }

    /** {@code text} as {@link #of} shows it, without the quotes. */
    public static String shown(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int end = Math.min(text.length(), start + MAX_CHARS);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a character in two
        }
        StringBuilder out = new StringBuilder(end - start + 8);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c >= 0x7F && c < 0xA0 || c == 0xFEFF || c >= 0x200B && c <= 0x200F
                    || c == 0x2028 || c == 0x2029) {
                out.append("U+").append(hex4(c));
            } else {
                out.append(c);
            }
        }
        if (end < text.length()) {
            out.append('\u2026');
        }
        return out.toString();
    }

    private static String hex4(char c) {
        String hex = Integer.toHexString(c).toUpperCase();
        return "0000".substring(hex.length()) + hex;
    }
}
