package dev.boundary.core.link;

import dev.boundary.core.state.Utf8;
import java.util.Arrays;

/**
 * Bytes of a compact link ({@link CompactLink}): unsigned and zig-zag varints, UTF-8
 * strings with their byte length first, and doubles in the shortest of two exact forms.
 *
 * <p>A double is one head byte and a payload. Head {@code k} from 0 to 22: the value is the integer
 * {@code D} (a zig-zag varint follows) divided by 10<sup>k</sup>, which IEEE 754 division rounds
 * exactly as a decimal reader would, so {@code 1.4} costs 2 bytes and {@code 0.125} 3. Head
 * {@link #RAW}: the 8 bytes of the IEEE 754 bits follow, big-endian; used when the decimal form
 * would not be shorter (random doubles need 17 digits), and for negative zero.
 */
final class CompactOutput {
    /** The head byte of a double written as its raw 8 bytes. */
    static final int RAW = 0xFF;
    /** Largest number of decimals of the decimal form; 10^22 is the largest exact power of ten. */
    static final int MAX_DECIMALS = 22;
    /** 2^53: integers below it convert to double exactly. */
    static final double EXACT_INTEGERS = 9007199254740992.0;
    static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };

    private byte[] bytes = new byte[256];
    private int size;

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Appends what another output holds (a cached block). */
    void append(byte[] block) {
        ensure(block.length);
        System.arraycopy(block, 0, bytes, size, block.length);
        size += block.length;
    }

    void writeByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    /** An unsigned varint: 7 bits per byte, low bits first, high bit set on all but the last byte. */
    void writeVarint(long value) {
        ensure(10);
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        bytes[size++] = (byte) rest;
    }

    /** A signed value as a zig-zag varint: 0, −1, 1, −2, … become 0, 1, 2, 3, … */
    void writeSigned(long value) {
        writeVarint((value << 1) ^ (value >> 63));
    }

    void writeString(String text) {
        byte[] utf8 = Utf8.encode(text);
        writeVarint(utf8.length);
        append(utf8);
    }

    /** A finite double, exactly, in its shorter form (see the class comment). */
    void writeNumber(double value) {
        long bits = Double.doubleToRawLongBits(value);
        for (int k = 0; k <= MAX_DECIMALS; k++) {
            double scaled = value * POWERS_OF_TEN[k];
            if (!(Math.abs(scaled) < EXACT_INTEGERS)) {
                break;
            }
            long digits = Math.round(scaled);
            if (Double.doubleToRawLongBits(digits / POWERS_OF_TEN[k]) == bits) {
                long zigzag = (digits << 1) ^ (digits >> 63);
                if (1 + varintLength(zigzag) < 9) {
                    writeByte(k);
                    writeVarint(zigzag);
                    return;
                }
                break;
            }
        }
        writeByte(RAW);
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (bits >>> shift);
        }
    }

    static int varintLength(long value) {
        int length = 1;
        long rest = value >>> 7;
        while (rest != 0) {
            length++;
            rest >>>= 7;
        }
        return length;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
