package dev.boundary.core.state;

/**
 * The CRC-32 of ISO 3309 / ITU-T V.42 (as in zip and PNG; polynomial 0xEDB88320 reflected), which
 * {@link ScenarioCode} appends to a code so that any edit of a link is noticed: it catches every
 * change confined to 32 consecutive bits, so every edited character of a link.
 */
final class Crc32 {
    private static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            TABLE[n] = c;
        }
    }

    private Crc32() {
    }

    /** The CRC-32 of {@code bytes[0 … length − 1]}. */
    static int of(byte[] bytes, int length) {
        int crc = 0xFFFFFFFF;
        for (int i = 0; i < length; i++) {
            crc = TABLE[(crc ^ bytes[i]) & 0xFF] ^ (crc >>> 8);
        }
        return ~crc;
    }
}
