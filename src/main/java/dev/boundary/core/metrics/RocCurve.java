package dev.boundary.core.metrics;

import dev.boundary.core.math.Validate;
import java.util.Arrays;

/**
 * The receiver operating characteristic of a set of scores: one point (false positive rate, true
 * positive rate) per distinct threshold, the area under it, and the precision–recall points at the
 * same thresholds.
 *
 * <p>Point 0 is the threshold +∞ (nothing predicted positive): (0, 0). Point k ≥ 1 is the k-th
 * distinct score from the highest down, used as threshold: a point is predicted positive when its
 * score {@code >= threshold}, as in {@link ConfusionMatrix}. So the rates never decrease from point to
 * point, and the last point (threshold = the lowest score) is (1, 1). Points with equal scores cross
 * the threshold together, so a tie between classes gives one diagonal step rather than an optimistic
 * or pessimistic staircase; the trapezoid area then equals the Mann–Whitney probability that a random
 * positive scores above a random negative, ties counting one half.
 *
 * <p>When the labels hold only one class the rate of the missing class has a zero denominator: it is
 * taken as 0, {@link #defined()} is false and {@link #auc()} is 0.
 *
 * <p>Mutable: {@link #compute} reuses the arrays of an earlier, larger computation.
 */
public final class RocCurve {
    private double[] positiveScores = new double[0];
    private double[] negativeScores = new double[0];
    private double[] thresholds = new double[1];
    private int[] truePositives = new int[1];
    private int[] falsePositives = new int[1];
    private int pointCount;
    private int positives;
    private int negatives;
    private double auc;

    /** An empty curve; call {@link #compute}. */
    public RocCurve() {
    }

    /** The curve of the first {@code m} scores; see {@link #compute}. */
    public static RocCurve of(double[] p, double[] y, int m) {
        return new RocCurve().compute(p, y, m);
    }

    /**
     * Recomputes this curve in place. Costs O(m log m).
     *
     * @param p scores (probabilities, or any numbers where higher means "more positive"), not NaN,
     *     length at least {@code m}
     * @param y labels, 0 or 1, length at least {@code m}
     * @param m number of points, 0 or more
     * @return this curve
     */
    public RocCurve compute(double[] p, double[] y, int m) {
        ConfusionMatrix.checkInputs(p, y, m);
        ensureCapacity(m);
        positives = 0;
        negatives = 0;
        for (int i = 0; i < m; i++) {
            if (Double.isNaN(p[i])) { // the message only when it is needed: this runs for every point
                throw new IllegalArgumentException("score " + (i + 1) + " is NaN");
            }
            if (y[i] == 1.0) {
                positiveScores[positives++] = p[i];
            } else {
                negativeScores[negatives++] = p[i];
            }
        }
        Arrays.sort(positiveScores, 0, positives);
        Arrays.sort(negativeScores, 0, negatives);
        // Walk both sorted lists from the top; each distinct score is one threshold.
        thresholds[0] = Double.POSITIVE_INFINITY;
        truePositives[0] = 0;
        falsePositives[0] = 0;
        pointCount = 1;
        int i = positives - 1;
        int j = negatives - 1;
        int tp = 0;
        int fp = 0;
        while (i >= 0 || j >= 0) {
            double score;
            if (i < 0) {
                score = negativeScores[j];
            } else if (j < 0) {
                score = positiveScores[i];
            } else {
                score = Math.max(positiveScores[i], negativeScores[j]);
            }
            while (i >= 0 && positiveScores[i] == score) {
                i--;
                tp++;
            }
            while (j >= 0 && negativeScores[j] == score) {
                j--;
                fp++;
            }
            thresholds[pointCount] = score;
            truePositives[pointCount] = tp;
            falsePositives[pointCount] = fp;
            pointCount++;
        }
        auc = 0;
        for (int k = 1; k < pointCount; k++) {
            auc += (falsePositiveRate(k) - falsePositiveRate(k - 1))
                    * (truePositiveRate(k) + truePositiveRate(k - 1)) / 2;
        }
        return this;
    }

    private void ensureCapacity(int m) {
        if (positiveScores.length < m) {
            positiveScores = new double[m];
            negativeScores = new double[m];
        }
        if (thresholds.length < m + 1) {
            thresholds = new double[m + 1];
            truePositives = new int[m + 1];
            falsePositives = new int[m + 1];
        }
    }

    /** Whether both classes are present, so both rates and the AUC are defined. */
    public boolean defined() {
        return positives > 0 && negatives > 0;
    }

    /** Number of curve points: the number of distinct scores plus one. */
    public int pointCount() {
        return pointCount;
    }

    /** Points labelled 1. */
    public int positives() {
        return positives;
    }

    /** Points labelled 0. */
    public int negatives() {
        return negatives;
    }

    /** Threshold of point {@code k}: +∞ for k = 0, then the distinct scores in decreasing order. */
    public double threshold(int k) {
        return thresholds[checkIndex(k)];
    }

    /** Points labelled 1 with a score at or above {@link #threshold(int) threshold(k)}. */
    public int truePositives(int k) {
        return truePositives[checkIndex(k)];
    }

    /** Points labelled 0 with a score at or above {@link #threshold(int) threshold(k)}. */
    public int falsePositives(int k) {
        return falsePositives[checkIndex(k)];
    }

    /** FP / N at point {@code k}, in [0, 1]; 0 when there are no negatives. */
    public double falsePositiveRate(int k) {
        return negatives == 0 ? 0.0 : (double) falsePositives(k) / negatives;
    }

    /** TP / P at point {@code k}, in [0, 1]; 0 when there are no positives. Also the recall. */
    public double truePositiveRate(int k) {
        return positives == 0 ? 0.0 : (double) truePositives(k) / positives;
    }

    /** The recall at point {@code k}: the same as {@link #truePositiveRate(int)}. */
    public double recall(int k) {
        return truePositiveRate(k);
    }

    /**
     * TP / (TP + FP) at point {@code k}, in [0, 1]. Point 0 predicts nothing positive; its precision is
     * taken as 1, as scikit-learn's {@code precision_recall_curve} ends at (recall 0, precision 1).
     */
    public double precision(int k) {
        int predicted = truePositives(k) + falsePositives(k);
        return predicted == 0 ? 1.0 : (double) truePositives(k) / predicted;
    }

    /** Area under the curve by the trapezoid rule, in [0, 1]; 0.5 for uninformative scores; 0 if undefined. */
    public double auc() {
        return defined() ? auc : 0.0;
    }

    /**
     * The curve point of a threshold: the last point whose threshold is {@code >= threshold}, i.e. the
     * point whose counts are those of {@link ConfusionMatrix} at that threshold. Binary search.
     *
     * @param threshold not NaN
     * @return an index in [0, {@link #pointCount()})
     */
    public int indexAt(double threshold) {
        Validate.isTrue(!Double.isNaN(threshold), "threshold must be a number, was NaN");
        int low = 0; // thresholds[low] >= threshold always holds: thresholds[0] is +∞
        int high = pointCount - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (thresholds[middle] >= threshold) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** The false positive rate of the operating point at {@code threshold}. */
    public double falsePositiveRateAt(double threshold) {
        return falsePositiveRate(indexAt(threshold));
    }

    /** The true positive rate (recall) of the operating point at {@code threshold}. */
    public double truePositiveRateAt(double threshold) {
        return truePositiveRate(indexAt(threshold));
    }

    private int checkIndex(int k) {
        Validate.inRange(k, 0, pointCount - 1, "curve point index");
        return k;
    }
}
