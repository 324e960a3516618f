package dev.boundary.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.math.SeededRandom;
import org.junit.jupiter.api.Test;

class DataOriginTest {
    @Test
    void theDefaultRecipeDrawsThePresetsUsualPoints() {
        for (Preset preset : Preset.values()) {
            if (!preset.isGenerated()) {
                continue;
            }
            DataSet usual = preset.generate(new SeededRandom(5));
            DataSet drawn = preset.generate(5);
            assertArrayEquals(usual.featureArray(), drawn.featureArray(), 0.0, preset.id());
            assertArrayEquals(usual.labelArray(), drawn.labelArray(), 0.0, preset.id());
            assertTrue(drawn.origin().isDefault(), preset.id());
        }
    }

    @Test
    void withoutNoiseTheMoonsLieOnTheirArcs() {
        // Class 0 on the unit circle, class 1 on the circle of radius 1 around (1, 0.5).
        DataSet moons = Preset.MOONS.generate(3, 30, 0.0);
        assertEquals(60, moons.size());
        for (int i = 0; i < moons.size(); i++) {
            double x = moons.feature(i, 0);
            double y = moons.feature(i, 1);
            double r = moons.label(i) == 0 ? Math.hypot(x, y) : Math.hypot(x - 1, y - 0.5);
            assertEquals(1.0, r, 1e-12, "point " + i);
        }
    }

    @Test
    void withoutNoiseTheCirclesKeepTheirGap() {
        DataSet circles = Preset.CIRCLES.generate(3, 200, 0.0);
        for (int i = 0; i < circles.size(); i++) {
            double r = Math.hypot(circles.feature(i, 0), circles.feature(i, 1));
            assertTrue(circles.label(i) == 1 ? r <= 2.5 : r >= 3.5 && r <= 5, "point " + i + " at radius " + r);
        }
    }

    @Test
    void theBlobsNoiseIsTheirStandardDeviation() {
        // 2 000 draws per class: the sample sd is within a few percent of σ = 2.
        DataSet blobs = Preset.BLOBS.generate(8, 2_000, 2.0);
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < 2_000; i++) {
            double x = blobs.feature(i, 0) + 1.5; // class 0 is centred on (−1.5, −1.5)
            sum += x;
            squares += x * x;
        }
        double mean = sum / 2_000;
        double sd = Math.sqrt(squares / 2_000 - mean * mean);
        assertEquals(2.0, sd, 0.1);
        assertEquals(0.0, mean, 0.15);
    }

    @Test
    void theOriginStaysWhileTheDrawnPointsStay() {
        DataSet drawn = Preset.SPIRAL.generate(2, 20, 0.1);
        DataOrigin origin = drawn.origin();
        DataSet added = drawn.withPoint(new double[] {0, 0}, 1);
        assertSame(origin, added.origin());
        assertSame(origin, added.withoutPoint(40).origin(), "removing the added point");
        assertNull(added.withoutPoint(3).origin(), "removing a drawn point");
        assertNull(new DataSet(2, drawn.featureArray(), drawn.labelArray()).origin());
    }

    @Test
    void theNoiseSliderHasExactSteps() {
        assertEquals(1.0, Preset.BLOBS.noiseAt(10), 0.0);
        assertEquals(10, Preset.BLOBS.noisePosition(Preset.BLOBS.defaultNoise()));
        assertEquals(5, Preset.CIRCLES.noisePosition(0.25));
        assertEquals(10, Preset.MOONS.noisePosition(0.15));
        assertEquals(0.6, Preset.SPIRAL.noiseAt(Preset.NOISE_STEPS), 0.0);
        assertEquals(0, Preset.MOONS.noisePosition(-1));
    }

    @Test
    void aRecipeOutsideTheRangesIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DataOrigin(Preset.MOONS, 1, 10, 0.7));
        assertEquals("noise of moons must be between 0.0 and 0.6, was 0.7", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DataOrigin(Preset.XOR, 1, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new DataOrigin(Preset.BLOBS, 1, 0, 1));
    }
}
