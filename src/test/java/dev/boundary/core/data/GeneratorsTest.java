package dev.boundary.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.math.SeededRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GeneratorsTest {
    private static final double EPS = 1e-12;

    @Test
    void twoBlobsPutsClassZeroFirstAroundItsCentre() {
        DataSet blobs = Generators.twoBlobs(new SeededRandom(1), 2000, -2, 3, 4, -1, 0.5);
        assertEquals(4000, blobs.size());
        assertEquals(2, blobs.featureCount());
        assertClassesInOrder(blobs, 2000);
        // Sample mean of 2000 draws with sd 0.5 has standard error 0.011; 0.05 is over 4 of them.
        assertEquals(-2, mean(blobs, 0, 0, 2000), 0.05);
        assertEquals(3, mean(blobs, 1, 0, 2000), 0.05);
        assertEquals(4, mean(blobs, 0, 2000, 4000), 0.05);
        assertEquals(-1, mean(blobs, 1, 2000, 4000), 0.05);
        assertEquals(0.5, standardDeviation(blobs, 0, 0, 2000), 0.03);
        assertEquals(0.5, standardDeviation(blobs, 1, 2000, 4000), 0.03);
    }

    @Test
    void sameSeedGivesSamePointsAndAnotherSeedOthers() {
        assertSameData(Generators.circles(new SeededRandom(7), 30, 0.2), Generators.circles(new SeededRandom(7), 30, 0.2));
        assertSameData(Generators.moons(new SeededRandom(7), 30, 0.2), Generators.moons(new SeededRandom(7), 30, 0.2));
        assertSameData(Generators.spiral(new SeededRandom(7), 30, 0.2), Generators.spiral(new SeededRandom(7), 30, 0.2));
        assertSameData(Generators.mlDawnGaussians(new SeededRandom(7)), Generators.mlDawnGaussians(new SeededRandom(7)));
        assertFalse(Arrays.equals(Generators.circles(new SeededRandom(7), 30, 0.2).featureArray(),
                Generators.circles(new SeededRandom(8), 30, 0.2).featureArray()));
    }

    @Test
    void circlesWithoutNoiseKeepDiscAndRingApart() {
        DataSet circles = Generators.circles(new SeededRandom(3), 500, 0);
        assertEquals(1000, circles.size());
        assertClassesInOrder(circles, 500);
        for (int i = 0; i < circles.size(); i++) {
            double radius = Math.hypot(circles.feature(i, 0), circles.feature(i, 1));
            if (i < 500) {
                assertTrue(radius >= 3.5 - EPS && radius <= 5 + EPS, "ring point " + i + " at radius " + radius);
            } else {
                assertTrue(radius <= 2.5 + EPS, "disc point " + i + " at radius " + radius);
            }
        }
    }

    @Test
    void moonsWithoutNoiseFollowTheTwoArcs() {
        // t = 0, π/2, π: upper arc (cos t, sin t) = (1,0), (0,1), (-1,0);
        // lower arc (1 - cos t, 0.5 - sin t) = (0,0.5), (1,-0.5), (2,0.5).
        DataSet moons = Generators.moons(new SeededRandom(3), 3, 0);
        assertArrayEquals(new double[] {1, 0, 0, 1, -1, 0, 0, 0.5, 1, -0.5, 2, 0.5}, moons.featureArray(), EPS);
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 1}, moons.labelArray());
    }

    @Test
    void spiralWithoutNoiseStartsAtTheCentreAndTurns() {
        // n = 4, k = 1: r = 1.25, θ = 1.75 · 2π / 4 = 0.875π; sin 0.875π = sin 22.5° = 0.3826834,
        // cos 0.875π = -cos 22.5° = -0.9238795. Class 1 at (0.4783543, -1.1548494); class 0 is turned
        // by π, i.e. mirrored through the origin.
        DataSet spiral = Generators.spiral(new SeededRandom(3), 4, 0);
        assertEquals(8, spiral.size());
        assertClassesInOrder(spiral, 4);
        assertEquals(0, spiral.feature(0, 0), EPS);
        assertEquals(0, spiral.feature(4, 1), EPS);
        assertEquals(0.4783543, spiral.feature(5, 0), 1e-7);
        assertEquals(-1.1548494, spiral.feature(5, 1), 1e-7);
        assertEquals(-0.4783543, spiral.feature(1, 0), 1e-7);
        assertEquals(1.1548494, spiral.feature(1, 1), 1e-7);
    }

    @Test
    void noisyShapesStayRoughlyInTheirDocumentedRanges() {
        DataSet spiral = Generators.spiral(new SeededRandom(5), 200, 0.1);
        DataSet circles = Generators.circles(new SeededRandom(5), 200, 0.1);
        DataSet moons = Generators.moons(new SeededRandom(5), 200, 0.1);
        // Noise sd 0.1: a displacement beyond 1 is 10 sd, never seen.
        assertWithin(spiral, -6, 6, -6, 6);
        assertWithin(circles, -6, 6, -6, 6);
        assertWithin(moons, -2, 3, -1.5, 2);
    }

    @Test
    void mlDawnHasTwoGaussians() {
        DataSet line = Generators.mlDawnGaussians(new SeededRandom(2024));
        assertEquals(1000, line.size());
        assertEquals(1, line.featureCount());
        assertEquals(500, line.positives());
        assertClassesInOrder(line, 500);
        // Standard errors of the means: 1/√500 = 0.045 and 0.5/√500 = 0.022.
        assertEquals(0, mean(line, 0, 0, 500), 0.15);
        assertEquals(5, mean(line, 0, 500, 1000), 0.15);
        assertEquals(1, standardDeviation(line, 0, 0, 500), 0.1);
        assertEquals(0.5, standardDeviation(line, 0, 500, 1000), 0.05);
    }

    @Test
    void roelantsHasRedStarsLeftAndBlueCirclesRight() {
        DataSet roelants = Generators.roelantsClasses(new SeededRandom(1));
        assertEquals(40, roelants.size());
        assertEquals(2, roelants.featureCount());
        assertClassesInOrder(roelants, 20);
        // 20 draws of sd 1: standard error 0.22, so 0.9 is about 4 of them.
        assertEquals(-1, mean(roelants, 0, 0, 20), 0.9);
        assertEquals(1, mean(roelants, 0, 20, 40), 0.9);
        assertEquals(0, mean(roelants, 1, 0, 40), 0.7);
    }

    @Test
    void lineGaussiansWithZeroSpreadGiveTheMeans() {
        DataSet line = Generators.lineGaussians(new SeededRandom(9), 2, -1, 0, 3, 0);
        assertArrayEquals(new double[] {-1, -1, 3, 3}, line.featureArray());
        assertArrayEquals(new double[] {0, 0, 1, 1}, line.labelArray());
    }

    @Test
    void badParametersAreRefused() {
        SeededRandom random = new SeededRandom(1);
        assertThrows(IllegalArgumentException.class, () -> Generators.circles(random, 0, 0.1));
        assertThrows(IllegalArgumentException.class, () -> Generators.moons(random, 10, -0.1));
        assertThrows(IllegalArgumentException.class, () -> Generators.spiral(random, 10, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> Generators.twoBlobs(random, Generators.MAX_COUNT_PER_CLASS + 1, 0, 0, 1, 1, 1));
    }

    static void assertClassesInOrder(DataSet data, int countPerClass) {
        for (int i = 0; i < data.size(); i++) {
            assertEquals(i < countPerClass ? 0.0 : 1.0, data.label(i), "label of point " + i);
        }
    }

    private static void assertSameData(DataSet a, DataSet b) {
        assertArrayEquals(a.featureArray(), b.featureArray());
        assertArrayEquals(a.labelArray(), b.labelArray());
    }

    private static void assertWithin(DataSet data, double xLow, double xHigh, double yLow, double yHigh) {
        for (int i = 0; i < data.size(); i++) {
            double x = data.feature(i, 0);
            double y = data.feature(i, 1);
            assertTrue(x >= xLow && x <= xHigh && y >= yLow && y <= yHigh, "point " + i + " at " + x + ", " + y);
        }
    }

    private static double mean(DataSet data, int feature, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += data.feature(i, feature);
        }
        return sum / (to - from);
    }

    private static double standardDeviation(DataSet data, int feature, int from, int to) {
        double mean = mean(data, feature, from, to);
        double sum = 0;
        for (int i = from; i < to; i++) {
            double d = data.feature(i, feature) - mean;
            sum += d * d;
        }
        return Math.sqrt(sum / (to - from - 1));
    }
}
