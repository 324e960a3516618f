package dev.boundary.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GatesTest {
    private static final double[] INPUTS = {0, 0, 0, 1, 1, 0, 1, 1};

    @Test
    void andIsTrueOnlyForOneOne() {
        DataSet and = Gates.and();
        assertEquals(2, and.featureCount());
        assertArrayEquals(INPUTS, and.featureArray());
        assertArrayEquals(new double[] {0, 0, 0, 1}, and.labelArray());
    }

    @Test
    void orIsFalseOnlyForZeroZero() {
        DataSet or = Gates.or();
        assertArrayEquals(INPUTS, or.featureArray());
        assertArrayEquals(new double[] {0, 1, 1, 1}, or.labelArray());
    }

    @Test
    void xorIsTrueWhenInputsDiffer() {
        DataSet xor = Gates.xor();
        assertArrayEquals(INPUTS, xor.featureArray());
        assertArrayEquals(new double[] {0, 1, 1, 0}, xor.labelArray());
    }
}
