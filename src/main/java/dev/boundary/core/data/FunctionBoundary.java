package dev.boundary.core.data;

import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.math.Validate;

/**
 * Data sets whose boundary is the graph of a function y = f(x): points drawn uniformly over a box,
 * class 1 above the curve and class 0 below, then moved up or down by Gaussian noise, so that with
 * noise some points cross the curve. Three curves: y = sin x, y = x³ − x and y = |x|.
 */
public enum FunctionBoundary {
    /** y = sin x over x ∈ [−5, 5], y ∈ [−2.5, 2.5]. */
    SINE(-5, 5, -2.5, 2.5),
    /** y = x³ − x over x ∈ [−1.8, 1.8], y ∈ [−4, 4]. */
    CUBIC(-1.8, 1.8, -4, 4),
    /** y = |x| over x ∈ [−3, 3], y ∈ [−1, 4]. */
    ABS(-3, 3, -1, 4);

    private final double xLow;
    private final double xHigh;
    private final double yLow;
    private final double yHigh;

    FunctionBoundary(double xLow, double xHigh, double yLow, double yHigh) {
        this.xLow = xLow;
        this.xHigh = xHigh;
        this.yLow = yLow;
        this.yHigh = yHigh;
    }

    /** The curve at x (sin through {@link StrictMath}, so every engine draws the same points). */
    public double f(double x) {
        switch (this) {
            case SINE:
                return StrictMath.sin(x);
            case CUBIC:
                return x * x * x - x;
            default:
                return Math.abs(x);
        }
    }

    /**
     * {@code countPerClass} points below the curve (class 0, first) and as many above it (class 1):
     * each drawn as (x, y) uniform over the box, kept when its class still needs points, then y moved
     * by a Gaussian of standard deviation {@code noise}.
     *
     * @param countPerClass 1 to {@link Generators#MAX_COUNT_PER_CLASS}
     * @param noise 0 or more, in data units
     */
    public DataSet generate(SeededRandom random, int countPerClass, double noise) {
        Validate.inRange(countPerClass, 1, Generators.MAX_COUNT_PER_CLASS, "points per class");
        Validate.isTrue(noise >= 0 && noise < Double.POSITIVE_INFINITY, "noise must be 0 or more, was " + noise);
        int size = 2 * countPerClass;
        double[] features = new double[2 * size];
        double[] labels = new double[size];
        int below = 0;
        int above = 0;
        while (below + above < size) {
            double x = random.nextDouble(xLow, xHigh);
            double y = random.nextDouble(yLow, yHigh);
            boolean upper = y > f(x);
            if (upper ? above == countPerClass : below == countPerClass) {
                continue;
            }
            int i = upper ? countPerClass + above++ : below++;
            features[2 * i] = x;
            features[2 * i + 1] = y + random.nextGaussian(0, noise);
            labels[i] = upper ? 1 : 0;
        }
        return new DataSet(2, features, labels);
    }
}
