package dev.boundary.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
    private static final double EPS = 1e-12;
    // Ten points, scores falling; at t = 0.5 the first five (0.95 … 0.50) are predicted positive.
    private static final double[] P = {0.95, 0.85, 0.70, 0.55, 0.50, 0.45, 0.30, 0.20, 0.10, 0.05};
    private static final double[] Y = {1, 1, 0, 1, 0, 1, 0, 0, 1, 0};

    @Test
    void countsTenPointsAtOneHalf() {
        // Predicted 1: points 0–4, labels 1 1 0 1 0 → TP 3, FP 2.
        // Predicted 0: points 5–9, labels 1 0 0 1 0 → FN 2, TN 3.
        ConfusionMatrix matrix = ConfusionMatrix.of(P, Y, 10, 0.5);
        assertEquals(3, matrix.truePositives());
        assertEquals(2, matrix.falsePositives());
        assertEquals(2, matrix.falseNegatives());
        assertEquals(3, matrix.trueNegatives());
        assertEquals(10, matrix.total());
        assertEquals(5, matrix.actualPositives());
        assertEquals(5, matrix.predictedPositives());
        assertEquals(0.6, matrix.accuracy(), EPS); // 6 / 10
        assertEquals(0.6, matrix.precision(), EPS); // 3 / 5
        assertEquals(0.6, matrix.recall(), EPS); // 3 / 5
        assertEquals(0.6, matrix.f1(), EPS); // 2 · 0.36 / 1.2
        assertTrue(matrix.precisionDefined() && matrix.recallDefined() && matrix.f1Defined());
    }

    @Test
    void recountsInPlaceAtAnotherThreshold() {
        // t = 0.6: predicted 1 are points 0–2 (labels 1 1 0) → TP 2, FP 1; FN = points 3, 5, 8 → 3; TN 4.
        ConfusionMatrix matrix = ConfusionMatrix.of(P, Y, 10, 0.5);
        assertSame(matrix, matrix.count(P, Y, 10, 0.6));
        assertEquals(2, matrix.truePositives());
        assertEquals(1, matrix.falsePositives());
        assertEquals(3, matrix.falseNegatives());
        assertEquals(4, matrix.trueNegatives());
        assertEquals(0.6, matrix.accuracy(), EPS);
        assertEquals(2.0 / 3, matrix.precision(), EPS);
        assertEquals(0.4, matrix.recall(), EPS);
        // 2 · (2/3) · (2/5) / (2/3 + 2/5) = (8/15) / (16/15) = 0.5
        assertEquals(0.5, matrix.f1(), EPS);
    }

    @Test
    void probabilityEqualToThresholdIsPositive() {
        ConfusionMatrix at = ConfusionMatrix.of(new double[] {0.5}, new double[] {0}, 1, 0.5);
        assertEquals(1, at.falsePositives());
        ConfusionMatrix justAbove = ConfusionMatrix.of(new double[] {0.5}, new double[] {0}, 1, Math.nextUp(0.5));
        assertEquals(1, justAbove.trueNegatives());
    }

    @Test
    void noPredictedPositivesLeavesPrecisionUndefined() {
        ConfusionMatrix matrix = ConfusionMatrix.of(P, Y, 10, 1.5);
        assertEquals(0, matrix.predictedPositives());
        assertEquals(0.0, matrix.precision());
        assertFalse(matrix.precisionDefined());
        assertEquals(0.0, matrix.recall());
        assertTrue(matrix.recallDefined());
        // TP = 0 with FN = 5: F1 is 0 and defined (2·0 / (0 + 0 + 5)).
        assertEquals(0.0, matrix.f1());
        assertTrue(matrix.f1Defined());
        assertEquals(0.5, matrix.accuracy(), EPS);
    }

    @Test
    void noActualPositivesLeavesRecallUndefined() {
        double[] p = {0.2, 0.3, 0.1};
        double[] y = {0, 0, 0};
        ConfusionMatrix matrix = ConfusionMatrix.of(p, y, 3, 0.5);
        assertEquals(3, matrix.trueNegatives());
        assertEquals(1.0, matrix.accuracy());
        assertFalse(matrix.precisionDefined());
        assertFalse(matrix.recallDefined());
        assertFalse(matrix.f1Defined());
        assertEquals(0.0, matrix.precision());
        assertEquals(0.0, matrix.recall());
        assertEquals(0.0, matrix.f1());
    }

    @Test
    void noPointsAtAll() {
        ConfusionMatrix matrix = ConfusionMatrix.of(new double[0], new double[0], 0, 0.5);
        assertEquals(0, matrix.total());
        assertEquals(0.0, matrix.accuracy());
        assertFalse(matrix.accuracyDefined());
    }

    @Test
    void countsOnlyTheFirstMPoints() {
        // First 4 of P at 0.5: labels 1 1 0 1, all predicted 1 → TP 3, FP 1.
        ConfusionMatrix matrix = ConfusionMatrix.of(P, Y, 4, 0.5);
        assertEquals(3, matrix.truePositives());
        assertEquals(1, matrix.falsePositives());
        assertEquals(4, matrix.total());
    }

    @Test
    void countsGivenDirectly() {
        ConfusionMatrix matrix = ConfusionMatrix.ofCounts(8, 2, 4, 86);
        assertEquals(0.94, matrix.accuracy(), EPS); // 94 / 100
        assertEquals(0.8, matrix.precision(), EPS); // 8 / 10
        assertEquals(2.0 / 3, matrix.recall(), EPS); // 8 / 12
        assertEquals(16.0 / 22, matrix.f1(), EPS); // 2·8 / (16 + 2 + 4)
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.ofCounts(-1, 0, 0, 0));
    }

    @Test
    void badInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new double[] {0.5}, new double[] {2}, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new double[] {0.5}, new double[] {1, 0}, 2, 0.5));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(P, Y, 10, Double.NaN));
    }

    @Test
    void countingAgainAllocatesNothingAndABadLabelStillSaysWhich() {
        // The page counts every frame: a message string built per point (as it once was) shows here.
        int m = 1000;
        double[] p = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            p[i] = i / (double) m;
            y[i] = i % 2;
        }
        ConfusionMatrix matrix = new ConfusionMatrix();
        com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20; i++) {
            matrix.count(p, y, m, 0.5);
        }
        long before = bean.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 50; i++) {
            matrix.count(p, y, m, 0.5);
        }
        long allocated = bean.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 16 * 50, "50 counts of 1 000 points allocated " + allocated + " bytes");
        assertEquals(250, matrix.truePositives()); // odd i ≥ 500
        y[7] = 2;
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> matrix.count(p, y, m, 0.5));
        assertEquals("label 8 must be 0 or 1, was 2.0", error.getMessage());
    }
}
