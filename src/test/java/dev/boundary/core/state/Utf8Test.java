package dev.boundary.core.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** UTF-8 by the byte patterns of RFC 3629, cross-checked with the JDK's charset. */
class Utf8Test {
    @Test
    void encodesOneToFourBytesPerCodePoint() {
        assertArrayEquals(new byte[] {0x41}, Utf8.encode("A"));
        assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0xA9}, Utf8.encode("é")); // U+00E9
        assertArrayEquals(new byte[] {(byte) 0xE2, (byte) 0x82, (byte) 0xAC}, Utf8.encode("€")); // U+20AC
        assertArrayEquals(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, Utf8.encode("😀")); // U+1F600
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ASCII", "σ(z) = 1 / (1 + e^−z)", "p̂ ≈ 1, ½(p̂ − y)²", "emoji 😀 𝔁 and text",
        "\u0000\u007f\u0080\u07ff\u0800\uffff"})
    void roundTripsAndAgreesWithTheJdk(String text) {
        byte[] bytes = Utf8.encode(text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes);
        assertEquals(text, Utf8.decode(bytes));
    }

    @Test
    void writesALoneSurrogateAsTheReplacementCharacter() {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}, Utf8.encode("\ud800"));
    }

    @Test
    void refusesInvalidSequencesNamingTheByte() {
        byte[][] invalid = {
            {(byte) 0x80}, // a continuation byte on its own
            {(byte) 0xC3}, // cut short
            {(byte) 0xC0, (byte) 0x80}, // overlong NUL
            {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, // overlong
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // U+D800, a surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // U+110000
            {(byte) 0xFF},
        };
        for (byte[] bytes : invalid) {
            assertThrows(IllegalArgumentException.class, () -> Utf8.decode(bytes));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Utf8.decode(new byte[] {0x41, 0x42, (byte) 0xE2, (byte) 0x82}));
        assertEquals("byte 3 is not valid UTF-8", e.getMessage());
    }
}
