package dev.boundary.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.math.SeededRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The exact decimal codec, checked against known shortest forms and the JVM's correct parser. */
class ExactDecimalTest {
    @ParameterizedTest
    @CsvSource({
        "0.1, 0.1",
        "1e-300, 1e-300",
        "123456.789e10, 1234567890000000",
        "0.30000000000000004, 0.30000000000000004",
        "4.9e-324, 5e-324", // the smallest subnormal, 2^-1074
        "1.7976931348623157e308, 1.7976931348623157e308",
        "2.2250738585072014e-308, 2.2250738585072014e-308",
        "1, 1",
        "-2.5, -2.5",
        "5000, 5000",
        "1e21, 1e21",
        "1e20, 100000000000000000000",
        "1.5e21, 1.5e21",
        "0.000001, 0.000001",
        "1e-7, 1e-7",
        "0.00000123, 0.00000123",
        "123e-9, 1.23e-7",
        "9007199254740993, 9007199254740992", // 2^53 + 1 is not a double; it reads as 2^53
        "1e23, 1e23",
        "0.5, 0.5",
        "-0.001, -0.001",
    })
    void writesTheShortestDecimalInJavaScriptLayout(String input, String expected) {
        assertEquals(expected, ExactDecimal.format(Double.parseDouble(input)));
    }

    @Test
    void zeroKeepsItsSign() {
        assertEquals("0", ExactDecimal.format(0.0));
        assertEquals("-0.0", ExactDecimal.format(-0.0));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(ExactDecimal.parse("-0.0")));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(ExactDecimal.parse("-0")));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(ExactDecimal.parse("0e5")));
    }

    @Test
    void refusesWhatJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> ExactDecimal.format(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ExactDecimal.format(Double.POSITIVE_INFINITY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "01", "1.", ".5", "1e", "1e+", "+1", "1.5.2", "abc", "0x10", "1 ", " 1",
        "NaN", "Infinity", "--1", "1e5.5", "١"})
    void refusesTextOutsideTheJsonNumberGrammar(String text) {
        assertThrows(NumberFormatException.class, () -> ExactDecimal.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.4703282292062328e-324", "2.4703282292062327e-324", "2.4703282292062327208828439643e-324",
        "1e400", "-1e400", "1e-400", "1.7976931348623158e308", "1.7976931348623159e308", "4.9406564584124654e-324",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "9007199254740993", "9007199254740993.0000000000000001",
        "0.1000000000000000055511151231257827021181583404541015625", "1E2", "1e+2", "-0.0e-0",
        "123456789012345678901234567890e-40", "7.038531e-26", "1e22", "1e23", "8.41e21"})
    void readsHardCasesAsTheJvmDoes(String text) {
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                Double.doubleToRawLongBits(ExactDecimal.parse(text)), text);
    }

    @Test
    void randomDoublesRoundTripAndAreNoLongerThanTheJdksDigits() {
        SeededRandom random = new SeededRandom(20240601);
        for (int i = 0; i < 20_000; i++) {
            double value = RandomScenarios.awkwardDouble(random);
            String text = ExactDecimal.format(value);
            // The JVM's parser is correctly rounded: an independent check of the text.
            assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(Double.parseDouble(text)), text);
            assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(ExactDecimal.parse(text)), text);
            assertTrue(significantDigits(text) <= significantDigits(Double.toString(value)),
                    text + " is longer than " + Double.toString(value));
        }
    }

    @Test
    void randomDecimalTextReadsAsTheJvmReadsIt() {
        SeededRandom random = new SeededRandom(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            if (random.nextInt(2) == 0) {
                text.append('-');
            }
            int digits = 1 + random.nextInt(25);
            text.append(1 + random.nextInt(9));
            for (int k = 1; k < digits; k++) {
                text.append(random.nextInt(10));
            }
            if (digits > 1 && random.nextInt(2) == 0) {
                text.insert(text.length() - 1 - random.nextInt(digits - 1), '.');
            }
            if (random.nextInt(2) == 0) {
                text.append('e').append(random.nextInt(700) - 350);
            }
            String s = text.toString();
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)),
                    Double.doubleToRawLongBits(ExactDecimal.parse(s)), s);
        }
    }

    /** Digits from the first to the last non-zero one, ignoring sign, point and exponent. */
    private static int significantDigits(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == 'e' || text.charAt(i) == 'E') {
                end = i;
            }
        }
        String digits = text.substring(0, end).replace("-", "").replace(".", "");
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        int last = digits.length();
        while (last > first + 1 && digits.charAt(last - 1) == '0') {
            last--;
        }
        return last - first;
    }
}
