package dev.boundary.core.data;

/**
 * The truth tables of the logic gates AND, OR and XOR as data sets of four points.
 *
 * <p>The points are always (0,0), (0,1), (1,0), (1,1) in that order, the order of X in the worked
 * examples of “Nothing but NumPy”, so per-point numbers (activations, gradients) line up with the article's.
 */
public final class Gates {
    private static final double[] INPUTS = {0, 0, 0, 1, 1, 0, 1, 1};

    private Gates() {
    }

    /** AND: labels 0, 0, 0, 1. */
    public static DataSet and() {
        return gate(new double[] {0, 0, 0, 1});
    }

    /** OR: labels 0, 1, 1, 1. */
    public static DataSet or() {
        return gate(new double[] {0, 1, 1, 1});
    }

    /** XOR: labels 0, 1, 1, 0 — not linearly separable. */
    public static DataSet xor() {
        return gate(new double[] {0, 1, 1, 0});
    }

    private static DataSet gate(double[] labels) {
        return new DataSet(2, INPUTS, labels);
    }
}
