package dev.boundary.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The feature map worked out by hand, the ids and their errors, and the sets' arithmetic. */
class InputFeaturesTest {
    private static final InputFeatures ALL = InputFeatures.of(2, InputFeature.values());

    @Test
    void everyFeatureOfOnePointByHand() {
        // At (2, −3): x₁ = 2, x₂ = −3, x₁² = 4, x₂² = 9, x₁x₂ = −6; sin of 2 and −3 to 16 digits.
        double[] out = new double[7];
        ALL.map(2.0, -3.0, out, 0);
        assertArrayEquals(new double[] {2, -3, 4, 9, -6, 0.9092974268256817, -0.1411200080598672}, out, 1e-16);
    }

    @Test
    void sineAtItsKnownPoints() {
        InputFeatures sines = InputFeatures.of(2, InputFeature.SIN_X1, InputFeature.SIN_X2);
        double[] out = new double[2];
        sines.map(Math.PI / 2, Math.PI / 6, out, 0);
        assertEquals(1.0, out[0], 0.0);
        assertEquals(0.5, out[1], 1e-15);
    }

    @Test
    void theOrderIsFixedWhateverTheChoiceOrder() {
        InputFeatures chosen = InputFeatures.of(2, InputFeature.SIN_X2, InputFeature.X1_SQUARED, InputFeature.X1);
        assertEquals("x1,x1sq,sinx2", chosen.ids());
        assertEquals(InputFeatures.parse(2, "sinx2, x1sq,x1"), chosen);
        assertEquals("x₁²", chosen.label(1));
    }

    @Test
    void manyPointsAreMappedRowByRow() {
        InputFeatures squares = InputFeatures.parse(2, "x1sq,x2sq");
        double[] mapped = squares.mapAll(new double[] {1, 2, -3, 0.5}, 2);
        assertArrayEquals(new double[] {1, 4, 9, 0.25}, mapped, 0.0);
        double[] raw = {1, 2};
        assertSame(raw, InputFeatures.raw(2).mapAll(raw, 1), "the coordinates need no copy");
    }

    @Test
    void aLineHasOnlyTheFeaturesOfX() {
        InputFeatures line = InputFeatures.parse(1, "x1,x1sq,sinx1");
        assertEquals("x²", line.label(1));
        assertEquals("sin x", line.label(2));
        double[] out = new double[3];
        line.map(-2.0, 99.0, out, 0);
        assertArrayEquals(new double[] {-2, 4, StrictMath.sin(-2.0)}, out, 0.0);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> InputFeatures.parse(1, "x1,x2"));
        assertEquals("the feature x2 needs two coordinates, but the points have one", error.getMessage());
    }

    @Test
    void unknownIdsAreNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> InputFeatures.parse(2, "x1,cosx1"));
        assertEquals("unknown feature \"cosx1\"; the features are x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2",
                error.getMessage());
    }

    @Test
    void theLastFeatureCannotBeRemoved() {
        InputFeatures one = InputFeatures.parse(2, "x1sq");
        assertSame(one, one.with(InputFeature.X1_SQUARED, false));
        assertEquals("x1sq,x2sq", one.with(InputFeature.X2_SQUARED, true).ids());
    }

    @Test
    void changingDimensionKeepsTheFeaturesOfX1() {
        InputFeatures plane = InputFeatures.parse(2, "x1sq,x2sq,sinx1");
        assertEquals("x1sq,sinx1", plane.forDimension(1).ids());
        assertEquals(InputFeatures.raw(1), InputFeatures.parse(2, "x2sq").forDimension(1));
        assertEquals(InputFeatures.raw(2), InputFeatures.raw(1).forDimension(2));
        assertTrue(InputFeatures.raw(2).isRaw());
        assertFalse(plane.isRaw());
    }

    @Test
    void theMaskRoundTrips() {
        for (int mask = 1; mask < 128; mask++) {
            assertEquals(mask, InputFeatures.fromMask(2, mask).mask());
        }
        assertThrows(IllegalArgumentException.class, () -> InputFeatures.fromMask(2, 128));
        assertThrows(IllegalArgumentException.class, () -> InputFeatures.fromMask(1, 0b10));
    }
}
