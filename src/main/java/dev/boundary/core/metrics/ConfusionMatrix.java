package dev.boundary.core.metrics;

import dev.boundary.core.math.Validate;

/**
 * Counts of true and false positives and negatives at one threshold, and the ratios built on them.
 *
 * <p>A point is predicted positive when its probability {@code p >= threshold}: at the default
 * threshold 0.5 a probability of exactly 0.5 counts as positive, matching the decision boundary
 * {@code w·x + b = logit(t)} drawn as "positive on and above". A NaN probability is never positive.
 *
 * <p>Mutable on purpose: {@link #count} recounts in place, so moving the threshold slider allocates
 * nothing. Ratios with a zero denominator are 0 (scikit-learn's {@code zero_division=0}); the
 * matching {@code ...Defined()} method returns false then.
 */
public final class ConfusionMatrix {
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int trueNegatives;

    /** All counts zero. */
    public ConfusionMatrix() {
    }

    /** The matrix of the first {@code m} predictions at {@code threshold}; see {@link #count}. */
    public static ConfusionMatrix of(double[] p, double[] y, int m, double threshold) {
        return new ConfusionMatrix().count(p, y, m, threshold);
    }

    /** A matrix with the given counts, each 0 or more. */
    public static ConfusionMatrix ofCounts(int truePositives, int falsePositives, int falseNegatives,
            int trueNegatives) {
        Validate.isTrue(truePositives >= 0 && falsePositives >= 0 && falseNegatives >= 0 && trueNegatives >= 0,
                "counts must be 0 or more, were TP " + truePositives + ", FP " + falsePositives + ", FN "
                        + falseNegatives + ", TN " + trueNegatives);
        ConfusionMatrix matrix = new ConfusionMatrix();
        matrix.truePositives = truePositives;
        matrix.falsePositives = falsePositives;
        matrix.falseNegatives = falseNegatives;
        matrix.trueNegatives = trueNegatives;
        return matrix;
    }

    /**
     * Recounts this matrix in place from the first {@code m} points.
     *
     * @param p predicted probabilities, length at least {@code m}
     * @param y labels, 0 or 1, length at least {@code m}
     * @param m number of points, 0 or more
     * @param threshold predicted positive when {@code p[i] >= threshold}; not NaN
     * @return this matrix
     */
    public ConfusionMatrix count(double[] p, double[] y, int m, double threshold) {
        checkInputs(p, y, m);
        Validate.isTrue(!Double.isNaN(threshold), "threshold must be a number, was NaN");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < m; i++) {
            boolean predicted = p[i] >= threshold;
            if (y[i] == 1.0) {
                if (predicted) {
                    tp++;
                } else {
                    fn++;
                }
            } else {
                if (predicted) {
                    fp++;
                } else {
                    tn++;
                }
            }
        }
        truePositives = tp;
        falsePositives = fp;
        falseNegatives = fn;
        trueNegatives = tn;
        return this;
    }

    static void checkInputs(double[] p, double[] y, int m) {
        if (m < 0 || p.length < m || y.length < m) {
            Validate.isTrue(m >= 0, "m must be 0 or more, was " + m);
            Validate.isTrue(p.length >= m, "p holds " + p.length + " values, fewer than m = " + m);
            Validate.isTrue(y.length >= m, "y holds " + y.length + " values, fewer than m = " + m);
        }
        for (int i = 0; i < m; i++) {
            if (y[i] != 0.0 && y[i] != 1.0) { // the message only when it is needed: this runs on every count
                throw new IllegalArgumentException("label " + (i + 1) + " must be 0 or 1, was " + y[i]);
            }
        }
    }

    /** Actual 1, predicted 1. */
    public int truePositives() {
        return truePositives;
    }

    /** Actual 0, predicted 1. */
    public int falsePositives() {
        return falsePositives;
    }

    /** Actual 1, predicted 0. */
    public int falseNegatives() {
        return falseNegatives;
    }

    /** Actual 0, predicted 0. */
    public int trueNegatives() {
        return trueNegatives;
    }

    /** All points counted. */
    public int total() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    /** Points labelled 1: TP + FN. */
    public int actualPositives() {
        return truePositives + falseNegatives;
    }

    /** Points predicted 1: TP + FP. */
    public int predictedPositives() {
        return truePositives + falsePositives;
    }

    /** (TP + TN) / total, in [0, 1]; 0 when there are no points. */
    public double accuracy() {
        return ratio(truePositives + trueNegatives, total());
    }

    /** Whether there is at least one point, so {@link #accuracy()} is defined. */
    public boolean accuracyDefined() {
        return total() > 0;
    }

    /** TP / (TP + FP), in [0, 1]; 0 when nothing is predicted positive. */
    public double precision() {
        return ratio(truePositives, predictedPositives());
    }

    /** Whether something is predicted positive, so {@link #precision()} is defined. */
    public boolean precisionDefined() {
        return predictedPositives() > 0;
    }

    /** TP / (TP + FN), in [0, 1]; 0 when no point is labelled 1. */
    public double recall() {
        return ratio(truePositives, actualPositives());
    }

    /** Whether some point is labelled 1, so {@link #recall()} is defined. */
    public boolean recallDefined() {
        return actualPositives() > 0;
    }

    /**
     * F1 = 2PR / (P + R), computed as 2TP / (2TP + FP + FN), which is the same whenever P and R are
     * defined and not both 0, and is 0 whenever TP = 0 (so also when P or R is undefined but
     * some point is positive in label or prediction — scikit-learn's convention). In [0, 1].
     */
    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    /** Whether some point is labelled or predicted positive, so {@link #f1()} is defined. */
    public boolean f1Defined() {
        return truePositives + falsePositives + falseNegatives > 0;
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    /** For debugging: {@code TP 3, FP 1, FN 2, TN 4}. */
    @Override
    public String toString() {
        return "TP " + truePositives + ", FP " + falsePositives + ", FN " + falseNegatives + ", TN " + trueNegatives;
    }
}
