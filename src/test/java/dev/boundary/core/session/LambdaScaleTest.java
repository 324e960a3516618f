package dev.boundary.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LambdaScaleTest {
    @Test
    void zeroThenOneAndThreePerDecadeUpToTen() {
        double[] expected = {0, 0.00001, 0.00003, 0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
        for (int p = 0; p <= LambdaScale.MAX_POSITION; p++) {
            assertEquals(expected[p], LambdaScale.lambda(p), 0.0, "position " + p);
            assertEquals(p, LambdaScale.position(expected[p]));
        }
        assertEquals(10.0, LambdaScale.lambda(99), 0.0);
        assertEquals(0.0, LambdaScale.lambda(-1), 0.0);
        assertEquals(7, LambdaScale.position(0.012), "0.012 is nearest to 0.01");
        assertEquals(LambdaScale.MAX_POSITION, LambdaScale.position(100));
    }
}
