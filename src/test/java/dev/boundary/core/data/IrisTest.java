package dev.boundary.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Facts about scikit-learn's Iris data known independently of this copy: its documented summary
 * statistics (load_iris DESCR: petal length min 1.0, max 6.9, mean 3.76; petal width 0.1, 2.5, 1.20)
 * and the per-species means of Fisher's table (setosa 1.462 / 0.246, versicolor 4.260 / 1.326,
 * virginica 5.552 / 2.026).
 */
class IrisTest {
    private static final double EPS = 1e-9;
    private final DataSet iris = Iris.petals();

    @Test
    void has150RowsOf2FeaturesWith50Virginica() {
        assertEquals(150, iris.size());
        assertEquals(2, iris.featureCount());
        assertEquals(50, iris.positives());
        for (int i = 0; i < 150; i++) {
            assertEquals(i >= 100 ? 1.0 : 0.0, iris.label(i), "label of row " + (i + 1));
        }
    }

    @Test
    void columnMeansMatchScikitLearn() {
        // 563.7 / 150 = 3.758 and 179.9 / 150 = 1.199333…
        assertEquals(3.758, mean(0, 0, 150), EPS);
        assertEquals(179.9 / 150, mean(1, 0, 150), EPS);
        assertEquals(1.199333, mean(1, 0, 150), 5e-7);
    }

    @Test
    void rangesMatchScikitLearn() {
        double minLength = Double.MAX_VALUE;
        double maxLength = -Double.MAX_VALUE;
        double minWidth = Double.MAX_VALUE;
        double maxWidth = -Double.MAX_VALUE;
        for (int i = 0; i < 150; i++) {
            minLength = Math.min(minLength, iris.feature(i, 0));
            maxLength = Math.max(maxLength, iris.feature(i, 0));
            minWidth = Math.min(minWidth, iris.feature(i, 1));
            maxWidth = Math.max(maxWidth, iris.feature(i, 1));
        }
        assertEquals(1.0, minLength);
        assertEquals(6.9, maxLength);
        assertEquals(0.1, minWidth);
        assertEquals(2.5, maxWidth);
    }

    @Test
    void speciesMeansMatchFisher() {
        assertEquals(1.462, mean(0, 0, 50), EPS);
        assertEquals(0.246, mean(1, 0, 50), EPS);
        assertEquals(4.260, mean(0, 50, 100), EPS);
        assertEquals(1.326, mean(1, 50, 100), EPS);
        assertEquals(5.552, mean(0, 100, 150), EPS);
        assertEquals(2.026, mean(1, 100, 150), EPS);
    }

    @Test
    void firstAndLastRowsAreThoseOfScikitLearn() {
        // load_iris().data[0] = [5.1, 3.5, 1.4, 0.2], data[149] = [5.9, 3.0, 5.1, 1.8]
        assertEquals(1.4, iris.feature(0, 0));
        assertEquals(0.2, iris.feature(0, 1));
        assertEquals(5.1, iris.feature(149, 0));
        assertEquals(1.8, iris.feature(149, 1));
        // rows 35 and 38 are the two that scikit-learn corrects: [4.9, 3.1, 1.5, 0.2], [4.9, 3.6, 1.4, 0.1]
        assertEquals(1.5, iris.feature(34, 0));
        assertEquals(0.2, iris.feature(34, 1));
        assertEquals(1.4, iris.feature(37, 0));
        assertEquals(0.1, iris.feature(37, 1));
    }

    private double mean(int feature, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += iris.feature(i, feature);
        }
        return sum / (to - from);
    }
}
