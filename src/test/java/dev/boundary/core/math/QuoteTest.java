package dev.boundary.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How messages quote outside text. */
class QuoteTest {
    @Test
    void shortTextIsQuotedWhole() {
        assertEquals("\"abc\"", Quote.of("abc"));
        assertEquals("\"\"", Quote.of(""));
    }

    @Test
    void longTextIsCutAtSixtyCharactersWithAnEllipsis() {
        assertEquals("\"" + "7".repeat(60) + "\u2026\"", Quote.of("7".repeat(100_000)));
        assertEquals("\"" + "7".repeat(60) + "\"", Quote.of("7".repeat(60)));
    }

    @Test
    void aByteOrderMarkIsLeftOutAndControlCharactersShown() {
        assertEquals("\"{x\"", Quote.of("\uFEFF{x"));
        assertEquals("\"aU+0000bU+0009cU+007FU+200B\"", Quote.of("a\u0000b\tc\u007F\u200B"));
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String text = "a" + "😀".repeat(40);
        assertEquals("\"a" + "😀".repeat(29) + "\u2026\"", Quote.of(text));
    }
}
