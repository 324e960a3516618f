package dev.boundary.core.train;

import dev.boundary.core.math.Matrix;

/**
 * The trainer's per-point arrays with one point added at the end or one taken out, as new arrays (the
 * old ones may still be read by whoever was handed them), without mapping or checking the other points
 * again.
 */
final class PointArrays {
    private PointArrays() {
    }

    /** {@code rows [m × k]} with room for one more row at the end, filled with zeros. */
    static Matrix withRow(Matrix rows) {
        int m = rows.rows();
        int k = rows.columns();
        Matrix grown = new Matrix(m + 1, k);
        System.arraycopy(rows.data(), 0, grown.data(), 0, m * k);
        return grown;
    }

    /** {@code rows [m × k]} without row {@code index}. */
    static Matrix withoutRow(Matrix rows, int index) {
        int m = rows.rows();
        int k = rows.columns();
        Matrix shrunk = new Matrix(m - 1, k);
        System.arraycopy(rows.data(), 0, shrunk.data(), 0, index * k);
        System.arraycopy(rows.data(), (index + 1) * k, shrunk.data(), index * k, (m - index - 1) * k);
        return shrunk;
    }

    /** {@code values} followed by {@code value}. */
    static double[] with(double[] values, double value) {
        double[] grown = java.util.Arrays.copyOf(values, values.length + 1);
        grown[values.length] = value;
        return grown;
    }

    /** {@code values} without entry {@code index}. */
    static double[] without(double[] values, int index) {
        double[] shrunk = new double[values.length - 1];
        System.arraycopy(values, 0, shrunk, 0, index);
        System.arraycopy(values, index + 1, shrunk, index, values.length - index - 1);
        return shrunk;
    }

    /** {@code flags} followed by {@code flag}. */
    static boolean[] with(boolean[] flags, boolean flag) {
        boolean[] grown = java.util.Arrays.copyOf(flags, flags.length + 1);
        grown[flags.length] = flag;
        return grown;
    }

    /** {@code flags} without entry {@code index}. */
    static boolean[] without(boolean[] flags, int index) {
        boolean[] shrunk = new boolean[flags.length - 1];
        System.arraycopy(flags, 0, shrunk, 0, index);
        System.arraycopy(flags, index + 1, shrunk, index, flags.length - index - 1);
        return shrunk;
    }
}
