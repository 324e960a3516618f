package dev.boundary.core.data;

import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.math.Validate;

/**
 * Random example data in the plane. Every generator takes the {@link SeededRandom} to draw from and
 * returns its class-0 points first, then its class-1 points, each class in the order drawn.
 *
 * <p>{@code noise} is always the standard deviation of a Gaussian displacement added to each
 * coordinate, in data units; it moves points but never changes their label.
 */
public final class Generators {
    /** The largest number of points per class a generator will make: two classes fill a scenario. */
    public static final int MAX_COUNT_PER_CLASS = 50_000;

    private Generators() {
    }

    /**
     * Two round Gaussian blobs: {@code countPerClass} points of class 0 around {@code (x0, y0)}, then
     * {@code countPerClass} points of class 1 around {@code (x1, y1)}, each coordinate with standard
     * deviation {@code standardDeviation}. Each point draws its x, then its y.
     *
     * @param countPerClass 1 to {@link #MAX_COUNT_PER_CLASS}
     * @param standardDeviation 0 or more
     */
    public static DataSet twoBlobs(SeededRandom random, int countPerClass, double x0, double y0,
            double x1, double y1, double standardDeviation) {
        checkCount(countPerClass);
        Validate.finite(x0, "centre x of class 0");
        Validate.finite(y0, "centre y of class 0");
        Validate.finite(x1, "centre x of class 1");
        Validate.finite(y1, "centre y of class 1");
        checkSpread(standardDeviation, "standard deviation");
        int size = 2 * countPerClass;
        double[] features = new double[2 * size];
        double[] labels = new double[size];
        for (int i = 0; i < size; i++) {
            boolean positive = i >= countPerClass;
            features[2 * i] = random.nextGaussian(positive ? x1 : x0, standardDeviation);
            features[2 * i + 1] = random.nextGaussian(positive ? y1 : y0, standardDeviation);
            labels[i] = positive ? 1 : 0;
        }
        return new DataSet(2, features, labels);
    }

    /**
     * Circles, as in TensorFlow Playground: class 0 on an outer ring (radius uniform in [3.5, 5]),
     * class 1 in an inner disc (radius uniform in [0, 2.5]), angles uniform. Without noise every point
     * lies in [-5, 5] × [-5, 5]. Each point draws radius, angle, then the x and y noise.
     *
     * @param countPerClass 1 to {@link #MAX_COUNT_PER_CLASS}
     * @param noise standard deviation of the displacement, 0 or more (0.5 blurs the gap)
     */
    public static DataSet circles(SeededRandom random, int countPerClass, double noise) {
        checkCount(countPerClass);
        checkSpread(noise, "noise");
        int size = 2 * countPerClass;
        double[] features = new double[2 * size];
        double[] labels = new double[size];
        for (int i = 0; i < size; i++) {
            boolean positive = i >= countPerClass;
            double radius = positive ? random.nextDouble(0, 2.5) : random.nextDouble(3.5, 5);
            double angle = random.nextDouble(0, 2 * Math.PI);
            features[2 * i] = radius * StrictMath.sin(angle) + random.nextGaussian(0, noise);
            features[2 * i + 1] = radius * StrictMath.cos(angle) + random.nextGaussian(0, noise);
            labels[i] = positive ? 1 : 0;
        }
        return new DataSet(2, features, labels);
    }

    /**
     * Two interleaving half circles, as scikit-learn's {@code make_moons} (without its shuffle): class
     * 0 on the upper arc (cos t, sin t), class 1 on the lower arc (1 − cos t, 0.5 − sin t), with t
     * evenly spaced over [0, π]. Without noise the points lie in [-1, 2] × [-0.5, 1]. The points are
     * evenly spaced, so only the noise draws from {@code random} (x then y per point).
     *
     * @param countPerClass 1 to {@link #MAX_COUNT_PER_CLASS}
     * @param noise standard deviation of the displacement, 0 or more (0.1 to 0.3 is typical)
     */
    public static DataSet moons(SeededRandom random, int countPerClass, double noise) {
        checkCount(countPerClass);
        checkSpread(noise, "noise");
        int size = 2 * countPerClass;
        double[] features = new double[2 * size];
        double[] labels = new double[size];
        for (int i = 0; i < size; i++) {
            boolean positive = i >= countPerClass;
            int k = positive ? i - countPerClass : i;
            double t = countPerClass == 1 ? 0 : Math.PI * k / (countPerClass - 1);
            double x = positive ? 1 - StrictMath.cos(t) : StrictMath.cos(t);
            double y = positive ? 0.5 - StrictMath.sin(t) : StrictMath.sin(t);
            features[2 * i] = x + random.nextGaussian(0, noise);
            features[2 * i + 1] = y + random.nextGaussian(0, noise);
            labels[i] = positive ? 1 : 0;
        }
        return new DataSet(2, features, labels);
    }

    /**
     * Two interleaved spirals, as in TensorFlow Playground: point k of a class (k = 0 … n−1) sits at
     * radius r = 5k/n and angle θ = 1.75 · 2π · k/n + δ, at (r sin θ, r cos θ), with δ = π for class 0
     * and δ = 0 for class 1. Without noise the points lie in [-5, 5] × [-5, 5]. Only the noise draws
     * from {@code random} (x then y per point).
     *
     * @param countPerClass 1 to {@link #MAX_COUNT_PER_CLASS}
     * @param noise standard deviation of the displacement, 0 or more (0.3 is already hard)
     */
    public static DataSet spiral(SeededRandom random, int countPerClass, double noise) {
        checkCount(countPerClass);
        checkSpread(noise, "noise");
        int size = 2 * countPerClass;
        double[] features = new double[2 * size];
        double[] labels = new double[size];
        for (int i = 0; i < size; i++) {
            boolean positive = i >= countPerClass;
            int k = positive ? i - countPerClass : i;
            double fraction = (double) k / countPerClass;
            double radius = 5 * fraction;
            double angle = 1.75 * 2 * Math.PI * fraction + (positive ? 0 : Math.PI);
            features[2 * i] = radius * StrictMath.sin(angle) + random.nextGaussian(0, noise);
            features[2 * i + 1] = radius * StrictMath.cos(angle) + random.nextGaussian(0, noise);
            labels[i] = positive ? 1 : 0;
        }
        return new DataSet(2, features, labels);
    }

    /**
     * One feature, two Gaussians: {@code countPerClass} values of class 0 from N(mean0, sd0²), then
     * {@code countPerClass} values of class 1 from N(mean1, sd1²).
     *
     * @param countPerClass 1 to {@link #MAX_COUNT_PER_CLASS}
     */
    public static DataSet lineGaussians(SeededRandom random, int countPerClass, double mean0, double sd0,
            double mean1, double sd1) {
        checkCount(countPerClass);
        Validate.finite(mean0, "mean of class 0");
        Validate.finite(mean1, "mean of class 1");
        checkSpread(sd0, "standard deviation of class 0");
        checkSpread(sd1, "standard deviation of class 1");
        int size = 2 * countPerClass;
        double[] features = new double[size];
        double[] labels = new double[size];
        for (int i = 0; i < size; i++) {
            boolean positive = i >= countPerClass;
            features[i] = positive ? random.nextGaussian(mean1, sd1) : random.nextGaussian(mean0, sd0);
            labels[i] = positive ? 1 : 0;
        }
        return new DataSet(1, features, labels);
    }

    /**
     * The 1-D data of the MLDawn tutorial: 500 values of class 0 from N(0, 1), then 500 values of class 1
     * from N(5, 0.5²); one feature, roughly within [-3.5, 6.8].
     */
    public static DataSet mlDawnGaussians(SeededRandom random) {
        return lineGaussians(random, 500, 0, 1, 5, 0.5);
    }

    /**
     * The data of Peter Roelants' “Logistic classification”: 20 red stars (t = 0) around (-1, 0),
     * then 20 blue circles (t = 1) around (1, 0), standard deviation 1, in the order of the source's
     * {@code np.vstack((x_red, x_blue))}. The tutorial's text names the colours and targets; the means are
     * those of its notebook ({@code red_mean = (-1, 0)}, {@code blue_mean = (1, 0)}).
     */
    public static DataSet roelantsClasses(SeededRandom random) {
        return twoBlobs(random, 20, -1, 0, 1, 0, 1);
    }

    private static void checkCount(int countPerClass) {
        Validate.inRange(countPerClass, 1, MAX_COUNT_PER_CLASS, "points per class");
    }

    private static void checkSpread(double value, String what) {
        Validate.inRange(value, 0, 1e6, what);
    }
}
