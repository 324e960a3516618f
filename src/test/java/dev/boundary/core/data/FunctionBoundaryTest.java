package dev.boundary.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.math.SeededRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Points above and below y = sin x, x³ − x and |x|. */
class FunctionBoundaryTest {

    @ParameterizedTest
    @EnumSource(FunctionBoundary.class)
    void withoutNoiseEveryPointIsOnItsSideOfTheCurve(FunctionBoundary curve) {
        DataSet data = curve.generate(new SeededRandom(3), 150, 0.0);
        assertEquals(300, data.size());
        assertEquals(150, data.positives());
        for (int i = 0; i < data.size(); i++) {
            double x = data.feature(i, 0);
            double y = data.feature(i, 1);
            assertEquals(i >= 150 ? 1.0 : 0.0, data.label(i));
            assertEquals(data.label(i) == 1.0, y > curve.f(x), "point " + i + " at (" + x + ", " + y + ")");
        }
    }

    @Test
    void theCurvesByHand() {
        assertEquals(1.0, FunctionBoundary.SINE.f(Math.PI / 2), 0.0);
        assertEquals(6.0, FunctionBoundary.CUBIC.f(2.0), 0.0); // 8 − 2
        assertEquals(0.0, FunctionBoundary.CUBIC.f(-1.0), 0.0);
        assertEquals(2.5, FunctionBoundary.ABS.f(-2.5), 0.0);
    }

    @Test
    void noiseMovesSomePointsAcrossAndTheSeedFixesThePoints() {
        DataSet noisy = FunctionBoundary.ABS.generate(new SeededRandom(1), 200, 0.5);
        int across = 0;
        for (int i = 0; i < noisy.size(); i++) {
            across += (noisy.feature(i, 1) > FunctionBoundary.ABS.f(noisy.feature(i, 0))) != (noisy.label(i) == 1.0) ? 1 : 0;
        }
        assertTrue(across > 0 && across < 100, "some points, not most, cross the curve: " + across);
        assertArrayEquals(noisy.featureArray(), FunctionBoundary.ABS.generate(new SeededRandom(1), 200, 0.5).featureArray());
    }

    @Test
    void thePresetsAreGeneratedWithSizeAndNoise() {
        for (Preset preset : new Preset[] {Preset.SINE, Preset.CUBIC, Preset.ABS}) {
            assertTrue(preset.isGenerated());
            DataSet data = preset.generate(4, 30, preset.maxNoise());
            assertEquals(60, data.size());
            assertEquals(preset, data.origin().preset());
            assertEquals(preset, Preset.byId(preset.id()));
        }
    }
}
