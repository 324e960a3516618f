package dev.boundary.core.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boundary.core.math.SeededRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Base64url against the test vectors of RFC 4648 §10 and the JDK's encoder. */
class Base64UrlTest {
    @ParameterizedTest
    @CsvSource({"'', ''", "f, Zg", "fo, Zm8", "foo, Zm9v", "foob, Zm9vYg", "fooba, Zm9vYmE", "foobar, Zm9vYmFy"})
    void encodesTheRfcVectorsWithoutPadding(String bytes, String text) {
        assertEquals(text, Base64Url.encode(bytes.getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals(bytes.getBytes(StandardCharsets.US_ASCII), Base64Url.decode(text));
    }

    @Test
    void usesTheUrlSafeAlphabet() {
        byte[] bytes = {(byte) 0xFB, (byte) 0xFF, (byte) 0xBF};
        assertEquals("-_-_", Base64Url.encode(bytes)); // 111110 111111 111110 111111
        assertArrayEquals(bytes, Base64Url.decode("-_-_"));
    }

    @Test
    void agreesWithTheJdkOnRandomBytes() {
        SeededRandom random = new SeededRandom(3);
        Base64.Encoder jdk = Base64.getUrlEncoder().withoutPadding();
        for (int n = 0; n < 200; n++) {
            byte[] bytes = new byte[n];
            for (int i = 0; i < n; i++) {
                bytes[i] = (byte) random.nextInt(256);
            }
            String text = Base64Url.encode(bytes);
            assertEquals(jdk.encodeToString(bytes), text);
            assertArrayEquals(bytes, Base64Url.decode(text));
        }
    }

    @Test
    void refusesCharactersOutsideTheAlphabet() {
        IllegalArgumentException plus = assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("Zm+v"));
        assertEquals("character 3 (\"+\") is not a base64url character (A–Z, a–z, 0–9, - or _)", plus.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("Zm9v YmFy"));
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("Zm9=")); // no padding
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("Zm9é"));
    }

    @Test
    void refusesLengthsAndEndingsThatOnlyACutCanLeave() {
        IllegalArgumentException five = assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("Zm9vY"));
        assertEquals("its code is 5 characters long, which no base64url text can be (was it cut off?)",
                five.getMessage());
        // "Zh": 'h' = 33 = 100001 leaves the low bits 0001 set, which an encoder never writes.
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("Zh"));
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("Zm9"));
    }
}
