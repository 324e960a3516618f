package dev.boundary.core.train;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.TestSplit;
import dev.boundary.core.math.Matrix;
import dev.boundary.core.nn.InputFeatures;

/**
 * The points a trainer holds, as it reads them: the data set, each point's input features
 * {@code [m × inputs]} (computed once per change of the points, never per epoch), the labels
 * {@code [m]}, which points are test points and how many. A change makes new arrays (whoever was handed
 * the old ones may still read them); adding or removing one point maps and splits only that point.
 */
final class PointData {
    private DataSet data;
    private Matrix features;
    private double[] labels;
    /** Whether each point is a test point. */
    private boolean[] test;
    private int testCount;

    /** Takes {@code newData}: every point's features through {@code inputs}, and its test points for {@code fraction}. */
    void use(DataSet newData, InputFeatures inputs, double fraction) {
        int m = newData.size();
        data = newData;
        features = Matrix.of(m, inputs.count(), inputs.mapAll(newData.featureArray(), m));
        labels = newData.labelArray();
        test = new boolean[m];
        testCount = TestSplit.mark(newData, fraction, test);
    }

    /** Takes {@code newData}, these points and one more at the end, mapping and splitting that one alone. */
    void add(DataSet newData, InputFeatures inputs, double fraction) {
        int m = data.size();
        if (newData.size() != m + 1 || newData.featureCount() != data.featureCount()) {
            throw new IllegalArgumentException("expected " + (m + 1) + " points of " + data.featureCount()
                    + " coordinates, got " + newData.size() + " of " + newData.featureCount());
        }
        int k = features.columns();
        Matrix grown = new Matrix(m + 1, k);
        System.arraycopy(features.data(), 0, grown.data(), 0, m * k);
        double x2 = newData.featureCount() == 2 ? newData.feature(m, 1) : 0.0;
        inputs.map(newData.feature(m, 0), x2, grown.data(), m * k);
        boolean held = TestSplit.isTest(newData, m, fraction);
        data = newData;
        features = grown;
        labels = java.util.Arrays.copyOf(labels, m + 1);
        labels[m] = newData.label(m);
        test = java.util.Arrays.copyOf(test, m + 1);
        test[m] = held;
        testCount += held ? 1 : 0;
    }

    /** Takes {@code newData}, these points without point {@code index}. */
    void remove(DataSet newData, int index) {
        int m = data.size();
        if (newData.size() != m - 1 || index < 0 || index >= m) {
            throw new IllegalArgumentException("expected " + (m - 1) + " points without point " + index + " of "
                    + m + ", got " + newData.size());
        }
        int k = features.columns();
        Matrix shrunk = new Matrix(m - 1, k);
        System.arraycopy(features.data(), 0, shrunk.data(), 0, index * k);
        System.arraycopy(features.data(), (index + 1) * k, shrunk.data(), index * k, (m - index - 1) * k);
        double[] fewerLabels = new double[m - 1];
        System.arraycopy(labels, 0, fewerLabels, 0, index);
        System.arraycopy(labels, index + 1, fewerLabels, index, m - index - 1);
        boolean[] fewerTest = new boolean[m - 1];
        System.arraycopy(test, 0, fewerTest, 0, index);
        System.arraycopy(test, index + 1, fewerTest, index, m - index - 1);
        testCount -= test[index] ? 1 : 0;
        data = newData;
        features = shrunk;
        labels = fewerLabels;
        test = fewerTest;
    }

    DataSet data() {
        return data;
    }

    /** Each point's input features {@code [m × inputs]}. */
    Matrix features() {
        return features;
    }

    /** The labels {@code [m]} (backing array, read only). */
    double[] labels() {
        return labels;
    }

    /** Whether each point is a test point {@code [m]} (backing array, read only; new at every change). */
    boolean[] test() {
        return test;
    }

    int testCount() {
        return testCount;
    }

    /** The number of training points. */
    int trainingCount() {
        return labels.length - testCount;
    }
}
