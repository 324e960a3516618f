package dev.boundary.core.math;

/**
 * The last {@code capacity} values of a measurement (e.g. frame times in ms), with their median and
 * percentiles. Adding allocates nothing; a percentile sorts a scratch copy.
 */
public final class SampleWindow {
    private final double[] values;
    private final double[] scratch;
    private int next;
    private int size;

    public SampleWindow(int capacity) {
        Validate.isTrue(capacity > 0, "a sample window needs room for at least one value");
        values = new double[capacity];
        scratch = new double[capacity];
    }

    /** Adds a value, forgetting the oldest when full. */
    public void add(double value) {
        values[next] = value;
        next = (next + 1) % values.length;
        size = Math.min(size + 1, values.length);
    }

    public int size() {
        return size;
    }

    /**
     * The p-th percentile (0–100) by the nearest-rank method: the smallest value such that at least
     * p % of the values are at or below it. NaN when empty.
     */
    public double percentile(double p) {
        Validate.inRange(p, 0.0, 100.0, "percentile");
        if (size == 0) {
            return Double.NaN;
        }
        System.arraycopy(values, 0, scratch, 0, size);
        java.util.Arrays.sort(scratch, 0, size);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return scratch[Math.max(0, rank - 1)];
    }

    public double median() {
        return percentile(50);
    }
}
