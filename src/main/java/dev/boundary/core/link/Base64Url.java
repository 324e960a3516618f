package dev.boundary.core.link;

/**
 * Base64 with the URL- and file-name-safe alphabet of RFC 4648 §5 ({@code A–Z a–z 0–9 - _}) and no
 * padding: three bytes become four characters, a last one or two bytes become two or three.
 *
 * <p>Decoding is strict, so a link that was cut off or edited is reported instead of misread: every
 * character must belong to the alphabet, the length cannot leave a single character over, and the
 * unused low bits of the last character must be zero.
 */
public final class Base64Url {
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            VALUES[ALPHABET[i]] = i;
        }
    }

    private Base64Url() {
    }

    /** The text of {@code bytes}: 4 characters per 3 bytes, rounded up, without padding. */
    public static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 4 + 2) / 3);
        int i = 0;
        for (; i + 2 < bytes.length; i += 3) {
            int group = (bytes[i] & 0xFF) << 16 | (bytes[i + 1] & 0xFF) << 8 | (bytes[i + 2] & 0xFF);
            text.append(ALPHABET[group >>> 18]).append(ALPHABET[(group >>> 12) & 63])
                    .append(ALPHABET[(group >>> 6) & 63]).append(ALPHABET[group & 63]);
        }
        int left = bytes.length - i;
        if (left == 1) {
            int group = (bytes[i] & 0xFF) << 16;
            text.append(ALPHABET[group >>> 18]).append(ALPHABET[(group >>> 12) & 63]);
        } else if (left == 2) {
            int group = (bytes[i] & 0xFF) << 16 | (bytes[i + 1] & 0xFF) << 8;
            text.append(ALPHABET[group >>> 18]).append(ALPHABET[(group >>> 12) & 63])
                    .append(ALPHABET[(group >>> 6) & 63]);
        }
        return text.toString();
    }

    /**
     * The bytes of {@code text}.
     *
     * @throws IllegalArgumentException saying which character is wrong, or that the text was cut off
     */
    public static byte[] decode(String text) {
        int n = text.length();
        if (n % 4 == 1) {
            throw new IllegalArgumentException("its code is " + n + " characters long, which no base64url text"
                    + " can be (was it cut off?)");
        }
        byte[] bytes = new byte[n / 4 * 3 + (n % 4 == 0 ? 0 : n % 4 - 1)];
        int group = 0;
        int filled = 0;
        int out = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int value = c < 128 ? VALUES[c] : -1;
            if (value < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " (\"" + c + "\") is not a base64url"
                        + " character (A–Z, a–z, 0–9, - or _)");
            }
            group = group << 6 | value;
            if (++filled == 4) {
                bytes[out++] = (byte) (group >>> 16);
                bytes[out++] = (byte) (group >>> 8);
                bytes[out++] = (byte) group;
                group = 0;
                filled = 0;
            }
        }
        if (filled == 2) {
            checkUnusedBits(group & 0xF);
            bytes[out] = (byte) (group >>> 4);
        } else if (filled == 3) {
            checkUnusedBits(group & 0x3);
            bytes[out++] = (byte) (group >>> 10);
            bytes[out] = (byte) (group >>> 2);
        }
        return bytes;
    }

    private static void checkUnusedBits(int bits) {
        if (bits != 0) {
            throw new IllegalArgumentException("its last character cannot end a base64url text (was it cut off?)");
        }
    }
}
