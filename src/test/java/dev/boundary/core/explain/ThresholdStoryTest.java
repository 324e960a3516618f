package dev.boundary.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.metrics.ConfusionMatrix;
import org.junit.jupiter.api.Test;

/** The operating point of the threshold on the ROC and precision–recall curves, worked by hand. */
class ThresholdStoryTest {
    // The AND neuron at epoch 0 (W = [0.1, 0.6], b = 0): p̂ = σ(0), σ(0.6), σ(0.1), σ(0.7).
    private static final double[] AND_SCORES = {0.5, 0.645656, 0.524979, 0.668188};
    private static final double[] AND_LABELS = {0, 0, 0, 1};

    @Test
    void andAtEpochZeroRanksItsOnlyPositiveFirst() {
        // The one positive (0.668) scores above all three negatives, so every positive–negative pair is
        // ordered right: AUC = 3/3 = 1.
        ThresholdStory story = new ThresholdStory().compute(AND_SCORES, AND_LABELS, 4, 0.5);
        assertTrue(story.defined());
        assertEquals(1.0, story.auc(), 1e-15);
        assertEquals(1, story.positives());
        assertEquals(3, story.negatives());
        assertEquals(0.25, story.positiveShare(), 1e-15);
        // t = 0.5: every p̂ ≥ 0.5, so everything is predicted 1: TPR 1, FPR 1, precision 1/4.
        assertEquals(1.0, story.truePositiveRate(), 1e-15);
        assertEquals(1.0, story.falsePositiveRate(), 1e-15);
        assertEquals(0.25, story.precision(), 1e-15);
        assertEquals(4, story.operatingIndex());
        // Any t in (−∞, 0.5] gives this point.
        assertEquals(0.5, story.upperThreshold());
        assertEquals(Double.NEGATIVE_INFINITY, story.lowerThreshold());
    }

    @Test
    void movingTheThresholdWalksAlongTheCurve() {
        ThresholdStory story = new ThresholdStory();
        // t = 0.6: 0.646 and 0.668 are at or above it: TP 1, FP 1, so TPR 1, FPR 1/3, precision 1/2;
        // the same point for every t in (0.525, 0.646].
        story.compute(AND_SCORES, AND_LABELS, 4, 0.6);
        assertEquals(1, story.truePositives());
        assertEquals(1, story.falsePositives());
        assertEquals(1.0 / 3, story.falsePositiveRate(), 1e-15);
        assertEquals(1.0, story.truePositiveRate(), 1e-15);
        assertEquals(0.5, story.precision(), 1e-15);
        assertEquals(0.645656, story.upperThreshold());
        assertEquals(0.524979, story.lowerThreshold());
        // t = 0.65: only 0.668: TPR 1, FPR 0, precision 1 — the curve's top-left corner.
        story.compute(AND_SCORES, AND_LABELS, 4, 0.65);
        assertEquals(0.0, story.falsePositiveRate());
        assertEquals(1.0, story.truePositiveRate());
        assertEquals(1.0, story.precision());
        // t = 0.7: nothing reaches it: the origin, precision undefined.
        story.compute(AND_SCORES, AND_LABELS, 4, 0.7);
        assertEquals(0, story.operatingIndex());
        assertEquals(0.0, story.truePositiveRate());
        assertEquals(0.0, story.falsePositiveRate());
        assertFalse(story.precisionDefined());
        assertEquals(Double.POSITIVE_INFINITY, story.upperThreshold());
        assertEquals(0.668188, story.lowerThreshold());
        assertEquals(1.0, story.auc(), 1e-15, "the threshold never changes the AUC");
    }

    @Test
    void aTieAcrossTheClassesCountsOneHalf() {
        // Scores 0.9 (1), 0.6 (1), 0.6 (0), 0.2 (0): of the 4 positive–negative pairs, 3 are ordered right
        // and 1 is tied: AUC = (3 + ½)/4 = 0.875.
        double[] p = {0.9, 0.6, 0.6, 0.2};
        double[] y = {1, 1, 0, 0};
        ThresholdStory story = new ThresholdStory().compute(p, y, 4, 0.6);
        assertEquals(0.875, story.auc(), 1e-15);
        // t = 0.6 takes both tied points: TP 2, FP 1.
        assertEquals(1.0, story.truePositiveRate());
        assertEquals(0.5, story.falsePositiveRate());
        assertEquals(2.0 / 3, story.precision(), 1e-15);
    }

    @Test
    void theOperatingPointHasTheConfusionMatrixCounts() {
        double[] p = {0.1, 0.35, 0.35, 0.4, 0.62, 0.8, 0.8, 0.97, 0.5, 0.05};
        double[] y = {0, 1, 0, 0, 1, 1, 0, 1, 1, 0};
        ThresholdStory story = new ThresholdStory();
        ConfusionMatrix confusion = new ConfusionMatrix();
        for (int k = 1; k <= 99; k++) {
            double t = k / 100.0;
            story.compute(p, y, p.length, t);
            confusion.count(p, y, p.length, t);
            assertEquals(confusion.truePositives(), story.truePositives(), "TP at " + t);
            assertEquals(confusion.falsePositives(), story.falsePositives(), "FP at " + t);
            assertEquals(confusion.recall(), story.truePositiveRate(), 1e-15, "recall at " + t);
            assertEquals(confusion.precisionDefined(), story.precisionDefined(), "precision defined at " + t);
            assertEquals(confusion.precision(), story.precision(), 1e-15, "precision at " + t);
            assertTrue(story.lowerThreshold() < t && t <= story.upperThreshold(), "range at " + t);
        }
    }

    @Test
    void oneClassOnlyLeavesTheCurveUndefined() {
        ThresholdStory story = new ThresholdStory().compute(new double[] {0.3, 0.7}, new double[] {1, 1}, 2, 0.5);
        assertFalse(story.defined());
        assertEquals(0.0, story.auc());
        assertEquals(0.5, story.truePositiveRate());
        assertEquals(1.0, story.positiveShare());
    }

    @Test
    void scoresChangedInPlaceAreSeenThoughTheArraysAreTheSame() {
        double[] p = AND_SCORES.clone();
        double[] y = AND_LABELS.clone();
        ThresholdStory story = new ThresholdStory().compute(p, y, 4, 0.5);
        assertEquals(1.0, story.auc(), 1e-15);
        // The positive now scores lowest: every positive–negative pair is ordered wrong, AUC 0.
        p[3] = 0.1;
        story.compute(p, y, 4, 0.5);
        assertEquals(0.0, story.auc(), 1e-15);
        assertEquals(0.0, story.truePositiveRate(), 1e-15, "0.1 < t = 0.5: the positive is missed");
        // A label changed in place: now two positives, 0.646 and 0.1, against 0.5 and 0.525: AUC 2/4.
        y[1] = 1;
        story.compute(p, y, 4, 0.5);
        assertEquals(0.5, story.auc(), 1e-15);
        // Fewer points of the same arrays: the first three (one positive, 0.646, above both negatives).
        story.compute(p, y, 3, 0.5);
        assertEquals(1.0, story.auc(), 1e-15);
    }
}
