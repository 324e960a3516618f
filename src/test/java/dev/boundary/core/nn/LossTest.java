package dev.boundary.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossTest {
    @Test
    void stableAndNaiveCrossEntropyAgreeWhereBothAreFinite() {
        for (double z : new double[] {-5, -0.3, 0, 0.8, 6}) {
            double p = Elementary.sigmoid(z);
            for (double y : new double[] {0, 1}) {
                assertEquals(Loss.NAIVE_CROSS_ENTROPY.loss(z, p, y), Loss.CROSS_ENTROPY.loss(z, p, y), 1e-12);
            }
        }
    }

    @Test
    void crossEntropyByHand() {
        // y = 1, z = 0: −log σ(0) = log 2.
        assertEquals(Math.log(2), Loss.CROSS_ENTROPY.loss(0, 0.5, 1), 1e-15);
        // y = 0, z = 60: the stable form gives 60 + log(1 + e^-60), i.e. 60 to double precision.
        assertEquals(60.0, Loss.CROSS_ENTROPY.loss(60, Elementary.sigmoid(60), 0), 1e-12);
        // The naive form: σ(60) rounds to 1, and log(1 − 1) = −∞.
        assertEquals(Double.POSITIVE_INFINITY, Loss.NAIVE_CROSS_ENTROPY.loss(60, Elementary.sigmoid(60), 0));
    }

    @Test
    void squaredErrorIsHalfTheSquare() {
        assertEquals(0.5 * 0.3 * 0.3, Loss.SQUARED_ERROR.loss(0, 0.7, 1), 1e-15);
        assertEquals((0.5 * 0.09 + 0.5 * 0.04) / 2, Loss.SQUARED_ERROR.cost(new double[2], new double[] {0.7, 0.2}, new double[] {1, 0}, 2), 1e-15);
    }

    @Test
    void stableGradientIsTheShortcutAndTheNaiveOneBreaksAtSaturation() {
        double[] pHat = {0.25, 0.9};
        double[] y = {0, 1};
        double[] dZ = new double[2];
        Loss.CROSS_ENTROPY.outputGradient(pHat, y, dZ, 2);
        assertEquals(0.25, dZ[0], 0);
        assertEquals(-0.1, dZ[1], 1e-15);
        // The chain rule gives the same numbers while p̂ is strictly between 0 and 1 …
        Loss.NAIVE_CROSS_ENTROPY.outputGradient(pHat, y, dZ, 2);
        assertEquals(0.25, dZ[0], 1e-15);
        assertEquals(-0.1, dZ[1], 1e-15);
        // … and 0/0 when it rounds to 1 with y = 0: (1/(1−1))·1·0.
        Loss.NAIVE_CROSS_ENTROPY.outputGradient(new double[] {1.0}, new double[] {0}, dZ, 1);
        assertTrue(Double.isNaN(dZ[0]));
    }
}
