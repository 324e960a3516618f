package dev.boundary.core.state;

/**
 * UTF-8 encoding and strict decoding over plain arrays, so the core needs no charset classes.
 *
 * <p>Decoding rejects what RFC 3629 forbids (stray continuation bytes, overlong forms, encoded
 * surrogates, code points above U+10FFFF, sequences cut short), which is how a damaged link shows.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** The UTF-8 bytes of {@code text}; a lone surrogate, which no text should hold, becomes U+FFFD. */
    public static byte[] encode(String text) {
        byte[] out = new byte[utf8Length(text)];
        int o = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = text.charAt(i);
            if (Character.isHighSurrogate((char) c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                c = Character.toCodePoint((char) c, text.charAt(++i));
            } else if (Character.isSurrogate((char) c)) {
                c = 0xFFFD;
            }
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xC0 | c >>> 6);
                out[o++] = (byte) (0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                out[o++] = (byte) (0xE0 | c >>> 12);
                out[o++] = (byte) (0x80 | ((c >>> 6) & 0x3F));
                out[o++] = (byte) (0x80 | (c & 0x3F));
            } else {
                out[o++] = (byte) (0xF0 | c >>> 18);
                out[o++] = (byte) (0x80 | ((c >>> 12) & 0x3F));
                out[o++] = (byte) (0x80 | ((c >>> 6) & 0x3F));
                out[o++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }

    private static int utf8Length(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    /**
     * The text of UTF-8 {@code bytes}.
     *
     * @throws IllegalArgumentException naming the first byte (1-based) that is not valid UTF-8
     */
    public static String decode(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int extra;
            int codePoint;
            int minimum;
            if (b < 0x80) {
                text.append((char) b);
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
                codePoint = b & 0x1F;
                minimum = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
                codePoint = b & 0x0F;
                minimum = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
                codePoint = b & 0x07;
                minimum = 0x10000;
            } else {
                throw invalid(i);
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
                    throw invalid(i);
                }
                codePoint = codePoint << 6 | (bytes[i + k] & 0x3F);
            }
            if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                throw invalid(i);
            }
            if (codePoint >= 0x10000) {
                text.append(Character.highSurrogate(codePoint)).append(Character.lowSurrogate(codePoint));
            } else {
                text.append((char) codePoint);
            }
            i += extra + 1;
        }
        return text.toString();
    }

    private static IllegalArgumentException invalid(int index) {
        return new IllegalArgumentException("byte " + (index + 1) + " is not valid UTF-8");
    }
}
