package dev.boundary.core.view;

import dev.boundary.core.nn.Network;

/**
 * The (x, y) values of two parameters visited during training, for drawing the walk on a
 * {@link LossSurface} (same flat parameter indices, same parameter-space viewport). Stored unboxed in
 * one {@code double[]}, at most {@code maxPoints} of them: when full, every other point is dropped and
 * from then on only every second step is kept, so a long run stays bounded and evenly sampled. Stored
 * point k is always step {@code k × stride()} (step 0 being the first {@link #add}); the latest step
 * is kept apart in {@link #latestX()} / {@link #latestY()} so the current position can be drawn even
 * when it is not stored. Allocates only in its constructor.
 */
public final class GradientPath {
    /** The default bound on stored points. */
    public static final int DEFAULT_MAX_POINTS = 4096;

    private final double[] coordinates;
    private final int maxPoints;
    private int size;
    private int stride = 1;
    private int untilNext;
    private boolean empty = true;
    private double latestX = Double.NaN;
    private double latestY = Double.NaN;

    /** A path of at most {@link #DEFAULT_MAX_POINTS} stored points. */
    public GradientPath() {
        this(DEFAULT_MAX_POINTS);
    }

    /** A path of at most {@code maxPoints} stored points: even, at least 2. */
    public GradientPath(int maxPoints) {
        if (maxPoints < 2 || maxPoints % 2 != 0) {
            throw new IllegalArgumentException("a gradient path keeps an even number (at least 2) of points, not "
                    + maxPoints);
        }
        this.maxPoints = maxPoints;
        this.coordinates = new double[2 * maxPoints];
    }

    /** Records one step at parameter values (x, y). */
    public void add(double x, double y) {
        latestX = x;
        latestY = y;
        empty = false;
        if (untilNext > 0) {
            untilNext--;
            return;
        }
        if (size == maxPoints) {
            thin();
        }
        coordinates[2 * size] = x;
        coordinates[2 * size + 1] = y;
        size++;
        untilNext = stride - 1;
    }

    /** Records the network's current values of flat parameters {@code parameterX} and {@code parameterY}. */
    public void record(Network network, int parameterX, int parameterY) {
        add(ParameterIndex.get(network, parameterX), ParameterIndex.get(network, parameterY));
    }

    /** Keeps the stored points of even index and doubles the stride. */
    private void thin() {
        int kept = (size + 1) / 2;
        for (int k = 1; k < kept; k++) {
            coordinates[2 * k] = coordinates[4 * k];
            coordinates[2 * k + 1] = coordinates[4 * k + 1];
        }
        size = kept;
        stride *= 2;
    }

    /** Forgets every step; the bound stays. */
    public void clear() {
        size = 0;
        stride = 1;
        untilNext = 0;
        empty = true;
        latestX = Double.NaN;
        latestY = Double.NaN;
    }

    /** Stored points, at most {@link #maxPoints()}. */
    public int size() {
        return size;
    }

    public int maxPoints() {
        return maxPoints;
    }

    /** Steps between stored points: 1, then 2, 4, … after each thinning. */
    public int stride() {
        return stride;
    }

    /** True before the first step (or after {@link #clear()}). */
    public boolean isEmpty() {
        return empty;
    }

    /** x of stored point k, k in [0, size). */
    public double x(int k) {
        return coordinates[2 * k];
    }

    /** y of stored point k, k in [0, size). */
    public double y(int k) {
        return coordinates[2 * k + 1];
    }

    /** The live buffer {@code x0, y0, x1, y1, …}; the first {@code 2 × size()} values are in use. */
    public double[] coordinates() {
        return coordinates;
    }

    /** x of the latest step, stored or not; NaN when empty. */
    public double latestX() {
        return latestX;
    }

    /** y of the latest step, stored or not; NaN when empty. */
    public double latestY() {
        return latestY;
    }
}
