package dev.boundary.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.math.SeededRandom;
import org.junit.jupiter.api.Test;

class RocCurveTest {
    private static final double EPS = 1e-12;
    // scikit-learn's roc_auc_score example: AUC 0.75.
    private static final double[] P = {0.1, 0.4, 0.35, 0.8};
    private static final double[] Y = {0, 0, 1, 1};

    @Test
    void smallCaseStepByStep() {
        // Scores from the top: 0.8 (pos), 0.4 (neg), 0.35 (pos), 0.1 (neg); P = N = 2.
        RocCurve roc = RocCurve.of(P, Y, 4);
        assertEquals(5, roc.pointCount());
        assertPoint(roc, 0, Double.POSITIVE_INFINITY, 0, 0);
        assertPoint(roc, 1, 0.8, 0, 0.5);
        assertPoint(roc, 2, 0.4, 0.5, 0.5);
        assertPoint(roc, 3, 0.35, 0.5, 1);
        assertPoint(roc, 4, 0.1, 1, 1);
        // Trapezoids: 0 + 0.5 · 0.5 + 0 + 0.5 · 1 = 0.75
        assertEquals(0.75, roc.auc(), EPS);
        assertTrue(roc.defined());
    }

    @Test
    void precisionRecallPointsOfTheSmallCase() {
        // k: TP, FP → precision, recall: 1: 1, 0 → 1, 0.5; 2: 1, 1 → 0.5, 0.5; 3: 2, 1 → 2/3, 1; 4: 2, 2 → 0.5, 1.
        RocCurve roc = RocCurve.of(P, Y, 4);
        assertEquals(1, roc.precision(0), EPS);
        assertEquals(0, roc.recall(0), EPS);
        assertEquals(1, roc.precision(1), EPS);
        assertEquals(0.5, roc.recall(1), EPS);
        assertEquals(0.5, roc.precision(2), EPS);
        assertEquals(0.5, roc.recall(2), EPS);
        assertEquals(2.0 / 3, roc.precision(3), EPS);
        assertEquals(1, roc.recall(3), EPS);
        assertEquals(0.5, roc.precision(4), EPS);
        assertEquals(1, roc.recall(4), EPS);
    }

    @Test
    void perfectSeparationGivesOneAndReversedGivesZero() {
        assertEquals(1.0, RocCurve.of(new double[] {0.9, 0.8, 0.3, 0.1}, new double[] {1, 1, 0, 0}, 4).auc(), EPS);
        assertEquals(0.0, RocCurve.of(new double[] {0.9, 0.8, 0.3, 0.1}, new double[] {0, 0, 1, 1}, 4).auc(), EPS);
    }

    @Test
    void allTiedGivesTheDiagonal() {
        RocCurve roc = RocCurve.of(new double[] {0.5, 0.5, 0.5, 0.5}, new double[] {0, 1, 0, 1}, 4);
        assertEquals(2, roc.pointCount());
        assertPoint(roc, 1, 0.5, 1, 1);
        assertEquals(0.5, roc.auc(), EPS);
    }

    @Test
    void tieAcrossClassesMovesDiagonally() {
        // 0.9 (pos) → (0, 0.5); 0.6 holds one pos and one neg → straight to (0.5, 1); 0.2 (neg) → (1, 1).
        // Area 0.5 · (0.5 + 1) / 2 + 0.5 · 1 = 0.875; Mann–Whitney: (1 + 1 + 0.5 + 1) / 4 = 0.875.
        RocCurve roc = RocCurve.of(new double[] {0.9, 0.6, 0.6, 0.2}, new double[] {1, 1, 0, 0}, 4);
        assertEquals(4, roc.pointCount());
        assertPoint(roc, 2, 0.6, 0.5, 1);
        assertEquals(0.875, roc.auc(), EPS);
    }

    @Test
    void aucEqualsMannWhitneyWithTies() {
        SeededRandom random = new SeededRandom(99);
        int m = 300;
        double[] p = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = random.nextInt(2);
            // Scores on a coarse grid so that many tie, tilted towards the positives.
            p[i] = Math.floor((random.nextDouble() + 0.3 * y[i]) * 10) / 10;
        }
        double wins = 0;
        int pairs = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs++;
                    wins += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
                }
            }
        }
        assertEquals(wins / pairs, RocCurve.of(p, y, m).auc(), 1e-12);
    }

    @Test
    void operatingPointAgreesWithTheConfusionMatrix() {
        RocCurve roc = RocCurve.of(P, Y, 4);
        assertEquals(0, roc.indexAt(0.9));
        assertEquals(1, roc.indexAt(0.5));
        assertEquals(2, roc.indexAt(0.4)); // 0.4 >= 0.4: the tie goes positive
        assertEquals(4, roc.indexAt(0.0));
        assertEquals(0.5, roc.falsePositiveRateAt(0.4), EPS);
        assertEquals(0.5, roc.truePositiveRateAt(0.4), EPS);
        double[] thresholds = {-1, 0, 0.1, 0.2, 0.35, 0.36, 0.4, 0.5, 0.8, 0.81, 1, Double.POSITIVE_INFINITY};
        ConfusionMatrix matrix = new ConfusionMatrix();
        for (double t : thresholds) {
            matrix.count(P, Y, 4, t);
            int k = roc.indexAt(t);
            assertEquals(matrix.truePositives(), roc.truePositives(k), "TP at " + t);
            assertEquals(matrix.falsePositives(), roc.falsePositives(k), "FP at " + t);
        }
    }

    @Test
    void oneClassOnlyIsUndefined() {
        RocCurve roc = RocCurve.of(new double[] {0.2, 0.7}, new double[] {1, 1}, 2);
        assertFalse(roc.defined());
        assertEquals(0.0, roc.auc());
        assertEquals(0.0, roc.falsePositiveRate(2));
        assertEquals(1.0, roc.truePositiveRate(2));
        RocCurve empty = RocCurve.of(new double[0], new double[0], 0);
        assertEquals(1, empty.pointCount());
        assertFalse(empty.defined());
    }

    @Test
    void recomputesInPlaceWithFewerPoints() {
        RocCurve roc = RocCurve.of(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6}, new double[] {1, 1, 1, 0, 0, 0}, 6);
        assertEquals(0.0, roc.auc(), EPS);
        assertSame(roc, roc.compute(P, Y, 4));
        assertEquals(5, roc.pointCount());
        assertEquals(0.75, roc.auc(), EPS);
        assertThrows(IllegalArgumentException.class, () -> roc.threshold(5));
    }

    @Test
    void nanScoresAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> RocCurve.of(new double[] {0.1, Double.NaN}, new double[] {0, 1}, 2));
    }

    private static void assertPoint(RocCurve roc, int k, double threshold, double fpr, double tpr) {
        assertEquals(threshold, roc.threshold(k), "threshold " + k);
        assertEquals(fpr, roc.falsePositiveRate(k), EPS, "false positive rate " + k);
        assertEquals(tpr, roc.truePositiveRate(k), EPS, "true positive rate " + k);
    }

    @Test
    void computingAgainAllocatesNothing() {
        // The page recomputes the curve whenever the points or weights change: a message string built
        // per point (as it once was) shows here.
        int m = 1000;
        double[] p = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            p[i] = (i * 0.618034) % 1.0;
            y[i] = i % 2;
        }
        RocCurve curve = new RocCurve();
        com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20; i++) {
            curve.compute(p, y, m);
        }
        long before = bean.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 50; i++) {
            curve.compute(p, y, m);
        }
        long allocated = bean.getCurrentThreadAllocatedBytes() - before;
        org.junit.jupiter.api.Assertions.assertTrue(allocated < 16 * 50,
                "50 curves of 1 000 points allocated " + allocated + " bytes");
    }
}
