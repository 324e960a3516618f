package dev.boundary.core.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SurfaceShadingTest {
    @Test
    void levelsAreLogarithmicInTheHeightAboveTheMinimum() {
        // min 1, max 11: δ = 0.001 · 10 = 0.01; level(2) = ln(1 + 1/0.01) / ln(1 + 10/0.01) = ln 101 / ln 1001.
        double[] out = new double[5];
        SurfaceShading.levels(new double[] {1, 2, 11, Double.NaN, Double.POSITIVE_INFINITY}, 5, 1, 11, out);
        assertEquals(0, out[0]);
        assertEquals(Math.log(101) / Math.log(1001), out[1], 1e-15);
        assertEquals(1, out[2], 1e-15);
        assertEquals(1, out[3], "NaN sits at the top of the scale");
        assertEquals(1, out[4], "so does an infinite cost");
    }

    @Test
    void aFlatOrUnusableRangeIsOneColour() {
        double[] out = new double[2];
        SurfaceShading.levels(new double[] {3, 3}, 2, 3, 3, out);
        assertArrayEquals(new double[] {0, 0}, out);
        SurfaceShading.levels(new double[] {3, 3}, 2, Double.NaN, Double.NaN, out);
        assertArrayEquals(new double[] {1, 1}, out);
    }

    @Test
    void costAtInvertsTheLevels() {
        double[] out = new double[1];
        SurfaceShading.levels(new double[] {2.5}, 1, 1, 11, out);
        assertEquals(2.5, SurfaceShading.costAt(out[0], 1, 11), 1e-12);
        assertEquals(1, SurfaceShading.costAt(0, 1, 11), 1e-15);
        assertEquals(11, SurfaceShading.costAt(1, 1, 11), 1e-12);
    }
}
