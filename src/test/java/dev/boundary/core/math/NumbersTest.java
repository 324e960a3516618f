package dev.boundary.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void fixedRoundsHalfAwayFromZero() {
        assertEquals("0.719554", Numbers.fixed(0.7195541, 6));
        assertEquals("0.618313", Numbers.fixed(0.6183128, 6));
        assertEquals("15.173298", Numbers.fixed(15.1732982, 6));
        assertEquals("-2.50", Numbers.fixed(-2.4951, 2));
        assertEquals("0.000", Numbers.fixed(-0.0001, 3));
        assertEquals("3", Numbers.fixed(2.5, 0));
        assertEquals("0.050", Numbers.fixed(0.05, 3));
    }

    @Test
    void specialValuesAreNamed() {
        assertEquals("NaN", Numbers.fixed(Double.NaN, 6));
        assertEquals("∞", Numbers.fixed(Double.POSITIVE_INFINITY, 6));
        assertEquals("−∞", Numbers.fixed(Double.NEGATIVE_INFINITY, 6));
    }

    @Test
    void scientificAndCompactForms() {
        assertEquals("1.500e-4", Numbers.scientific(0.00015, 3));
        assertEquals("1.0e3", Numbers.scientific(999.99, 1));
        assertEquals("0.100", Numbers.compact(0.1, 3));
        assertEquals("2.5e-5", Numbers.compact(0.000025, 3));
        assertEquals("1.235e13", Numbers.fixed(12345678901234.0, 2));
    }

    @Test
    void trimmedDropsTrailingZerosAtTheGivenPlaces() {
        assertEquals("-4", Numbers.trimmed(-4, 4));
        assertEquals("1.25", Numbers.trimmed(1.25, 4));
        assertEquals("0.3317", Numbers.trimmed(0.33174, 4));
        assertEquals("-3.1", Numbers.trimmed(-3.1, 4));
        assertEquals("0", Numbers.trimmed(-0.00001, 4), "no minus sign on a value that rounds to 0");
    }

    @Test
    void shortestDropsTrailingZeros() {
        assertEquals("0.1", Numbers.shortest(0.1));
        assertEquals("0", Numbers.shortest(0));
        assertEquals("0.001", Numbers.shortest(0.001));
        assertEquals("10", Numbers.shortest(10));
        assertEquals("0.000316228", Numbers.shortest(Math.pow(10, -3.5)));
        assertEquals("5.00e-8", Numbers.shortest(5e-8));
    }
}
