package dev.boundary.core.link;

import dev.boundary.core.state.ScenarioException;
import dev.boundary.core.state.Utf8;

/**
 * Reads what {@link CompactOutput} wrote, refusing anything out of bounds: every read checks what is
 * left, so a cut or edited code throws a {@link ScenarioException} saying where it went wrong (the
 * part being read) and never reads past the end or allocates more than the code could hold.
 */
final class CompactInput {
    private final byte[] bytes;
    private int position;
    private String part = "the start";

    CompactInput(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Names the part read next, for messages ("the points", "the trained weights"). */
    void part(String name) {
        part = name;
    }

    int remaining() {
        return bytes.length - position;
    }

    int readByte() {
        if (position >= bytes.length) {
            throw cutShort();
        }
        return bytes[position++] & 0xFF;
    }

    long readVarint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            if (shift == 63 && (b & 0x7E) != 0) {
                break;
            }
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw damaged("a number in " + part + " is too long");
    }

    /** A varint that must lie in {@code [0, max]}; {@code what} names it in the message. */
    int readCount(int max, String what) {
        long value = readVarint();
        if (value < 0 || value > max) {
            throw damaged(what + " in " + part + " is " + Long.toUnsignedString(value) + ", more than " + max);
        }
        return (int) value;
    }

    long readSigned() {
        long zigzag = readVarint();
        return (zigzag >>> 1) ^ -(zigzag & 1);
    }

    /**
     * A count of items that each take at least {@code bytesEach} bytes of what follows: more than
     * {@code max} is damage, more than what is left means the code was cut short.
     */
    int readSized(int max, int bytesEach, String what) {
        long value = readVarint();
        if (value < 0 || value > max) {
            throw damaged(what + " is " + Long.toUnsignedString(value) + ", more than " + max);
        }
        if (value * bytesEach > remaining()) {
            throw cutShort();
        }
        return (int) value;
    }

    String readString(int maxChars) {
        int length = readSized(4 * maxChars, 1, "the length of " + part);
        byte[] utf8 = new byte[length];
        System.arraycopy(bytes, position, utf8, 0, length);
        position += length;
        try {
            return Utf8.decode(utf8);
        } catch (IllegalArgumentException e) {
            throw damaged(part + " is not valid text (" + e.getMessage() + ")");
        }
    }

    double readNumber() {
        int head = readByte();
        if (head == CompactOutput.RAW) {
            if (remaining() < 8) {
                throw cutShort();
            }
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = bits << 8 | (bytes[position++] & 0xFF);
            }
            double value = Double.longBitsToDouble(bits);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw damaged("a number in " + part + " is not finite");
            }
            return value;
        }
        if (head > CompactOutput.MAX_DECIMALS) {
            throw damaged("a number in " + part + " has an unknown form (" + head + ")");
        }
        long digits = readSigned();
        if (!(Math.abs((double) digits) < CompactOutput.EXACT_INTEGERS)) {
            throw damaged("a number in " + part + " has too many digits");
        }
        return digits / CompactOutput.POWERS_OF_TEN[head];
    }

    /** Fails unless every byte was read. */
    void end() {
        if (position != bytes.length) {
            throw damaged("it has " + remaining() + " bytes too many at the end");
        }
    }

    ScenarioException damaged(String why) {
        return new ScenarioException(why);
    }

    ScenarioException cutShort() {
        return damaged("it is cut short (it ends inside " + part + ")");
    }
}
