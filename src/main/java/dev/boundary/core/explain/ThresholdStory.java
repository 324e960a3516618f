package dev.boundary.core.explain;

import dev.boundary.core.math.Validate;
import dev.boundary.core.metrics.RocCurve;

/**
 * Where the threshold t puts the classifier on its ROC and precision–recall curves: the operating
 * point (the curve point whose counts are those of the confusion matrix at t), its rates, the AUC,
 * the range of thresholds that give the same point, and the precision of guessing "1" for everyone
 * (the floor of the precision–recall picture).
 *
 * <p>Predicted positive means {@code p >= t}, as in {@link dev.boundary.core.metrics.ConfusionMatrix}.
 * Mutable: {@link #compute} reuses the curve's arrays, and the curve itself when only t changed.
 */
public final class ThresholdStory {
    private final RocCurve roc = new RocCurve();
    /*
     * The scores and labels the curve was computed from: a threshold moved alone (a slider drag) then
     * needs no new sort of every point, only a new operating point.
     */
    private double[] lastScores = new double[0];
    private double[] lastLabels = new double[0];
    private int lastCount = -1;
    private double threshold = Double.NaN;
    private int index;

    /**
     * Recomputes the curves of the first {@code m} scores and the operating point at {@code threshold}.
     *
     * @param p predicted probabilities, not NaN
     * @param y labels, 0 or 1
     * @param m number of points, 0 or more
     * @param threshold t, not NaN
     * @return this
     */
    public ThresholdStory compute(double[] p, double[] y, int m, double threshold) {
        Validate.isTrue(!Double.isNaN(threshold), "threshold must be a number, was NaN");
        if (!sameScores(p, y, m)) {
            roc.compute(p, y, m);
            remember(p, y, m);
        }
        this.threshold = threshold;
        this.index = roc.indexAt(threshold);
        return this;
    }

    /** Whether p and y hold the scores and labels of the last computation (then only t moved). */
    private boolean sameScores(double[] p, double[] y, int m) {
        if (m != lastCount) {
            return false;
        }
        for (int i = 0; i < m; i++) {
            if (p[i] != lastScores[i] || y[i] != lastLabels[i]) {
                return false;
            }
        }
        return true;
    }

    private void remember(double[] p, double[] y, int m) {
        if (lastScores.length < m) {
            lastScores = new double[m];
            lastLabels = new double[m];
        }
        System.arraycopy(p, 0, lastScores, 0, m);
        System.arraycopy(y, 0, lastLabels, 0, m);
        lastCount = m;
    }

    /** The full curves: one point per distinct score, from the threshold +∞ down. */
    public RocCurve curve() {
        return roc;
    }

    /** t of the last {@link #compute}. */
    public double threshold() {
        return threshold;
    }

    /** The index of the operating point on {@link #curve()}. */
    public int operatingIndex() {
        return index;
    }

    /** Whether both classes are present, so the curves and the AUC mean something. */
    public boolean defined() {
        return roc.defined();
    }

    /** Area under the ROC curve; 0 when undefined. */
    public double auc() {
        return roc.auc();
    }

    /** Points labelled 1. */
    public int positives() {
        return roc.positives();
    }

    /** Points labelled 0. */
    public int negatives() {
        return roc.negatives();
    }

    /** Points labelled 1 with p ≥ t. */
    public int truePositives() {
        return roc.truePositives(index);
    }

    /** Points labelled 0 with p ≥ t. */
    public int falsePositives() {
        return roc.falsePositives(index);
    }

    /** FP / N at t: the share of class 0 wrongly flagged; 0 with no class-0 points. */
    public double falsePositiveRate() {
        return roc.falsePositiveRate(index);
    }

    /** TP / P at t: the share of class 1 caught, also the recall; 0 with no class-1 points. */
    public double truePositiveRate() {
        return roc.truePositiveRate(index);
    }

    /** TP / (TP + FP) at t; 0 when nothing is predicted positive (see {@link #precisionDefined()}). */
    public double precision() {
        int predicted = truePositives() + falsePositives();
        return predicted == 0 ? 0.0 : (double) truePositives() / predicted;
    }

    /** Whether some point has p ≥ t, so the precision is defined. */
    public boolean precisionDefined() {
        return truePositives() + falsePositives() > 0;
    }

    /** P / (P + N): the precision of predicting 1 for every point; 0 with no points. */
    public double positiveShare() {
        int total = positives() + negatives();
        return total == 0 ? 0.0 : (double) positives() / total;
    }

    /**
     * The smallest score at or above t (the score of the operating point's threshold): every t in
     * ({@link #lowerThreshold()}, this] gives the same point. +∞ when no score reaches t.
     */
    public double upperThreshold() {
        return roc.threshold(index);
    }

    /**
     * The largest score below t: every t above it, up to {@link #upperThreshold()}, gives the same
     * point. −∞ when no score lies below t.
     */
    public double lowerThreshold() {
        return index + 1 < roc.pointCount() ? roc.threshold(index + 1) : Double.NEGATIVE_INFINITY;
    }
}
