package dev.boundary.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.math.SeededRandom;
import org.junit.jupiter.api.Test;

class TestSplitTest {
    private static final DataSet MANY = Generators.twoBlobs(new SeededRandom(9), 5_000, -1, -1, 1, 1, 1);

    @Test
    void noFractionHoldsNothingOut() {
        boolean[] test = new boolean[MANY.size()];
        assertEquals(0, TestSplit.mark(MANY, 0.0, test));
        for (boolean held : test) {
            assertFalse(held);
        }
    }

    @Test
    void aboutTheFractionOfManyPointsIsHeldOut() {
        // 10 000 independent positions: the count is binomial, sd √(10 000 · 0.2 · 0.8) = 40; allow 4 sd.
        boolean[] test = new boolean[MANY.size()];
        int count = TestSplit.mark(MANY, 0.2, test);
        assertTrue(Math.abs(count - 2_000) <= 160, "held out " + count + " of 10 000 at 0.2");
        // And each class about the same share (5 000 each: sd √(5 000 · 0.2 · 0.8) ≈ 28).
        int positives = 0;
        for (int i = 0; i < MANY.size(); i++) {
            positives += test[i] && MANY.label(i) == 1.0 ? 1 : 0;
        }
        assertTrue(Math.abs(positives - 1_000) <= 113, "held out " + positives + " of 5 000 positives");
    }

    @Test
    void raisingTheFractionOnlyMovesTrainingPointsIntoTheTestSet() {
        boolean[] low = new boolean[MANY.size()];
        boolean[] high = new boolean[MANY.size()];
        int lowCount = TestSplit.mark(MANY, 0.2, low);
        int highCount = TestSplit.mark(MANY, 0.5, high);
        assertTrue(highCount > lowCount);
        for (int i = 0; i < low.length; i++) {
            assertTrue(!low[i] || high[i], "point " + i + " left the test set when the fraction rose");
        }
    }

    @Test
    void aPointsSideDependsOnItselfOnlyNotOnTheOthersOrTheirOrder() {
        boolean[] all = new boolean[MANY.size()];
        TestSplit.mark(MANY, 0.3, all);
        // Drop the first point and reverse the rest: every remaining point keeps its side.
        int n = MANY.size() - 1;
        double[] features = new double[2 * n];
        double[] labels = new double[n];
        for (int k = 0; k < n; k++) {
            int i = MANY.size() - 1 - k;
            features[2 * k] = MANY.feature(i, 0);
            features[2 * k + 1] = MANY.feature(i, 1);
            labels[k] = MANY.label(i);
        }
        boolean[] other = new boolean[n];
        TestSplit.mark(new DataSet(2, features, labels), 0.3, other);
        for (int k = 0; k < n; k++) {
            assertEquals(all[MANY.size() - 1 - k], other[k], "point " + (MANY.size() - 1 - k));
        }
    }

    @Test
    void positionsAreSpreadEvenlyOverTheUnitInterval() {
        // Ten bins of 10 000 positions: each expects 1 000, sd 30; allow 5 sd.
        int[] bins = new int[10];
        for (int i = 0; i < MANY.size(); i++) {
            double u = TestSplit.position(MANY.feature(i, 0), MANY.feature(i, 1), MANY.label(i));
            assertTrue(u >= 0 && u < 1);
            bins[(int) (u * 10)]++;
        }
        for (int bin : bins) {
            assertTrue(Math.abs(bin - 1_000) <= 150, "a bin holds " + bin);
        }
    }
}
