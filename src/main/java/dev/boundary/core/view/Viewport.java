package dev.boundary.core.view;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.Validate;

/**
 * A world rectangle {@code [xMin, xMax] × [yMin, yMax]} shown on a pixel rectangle
 * {@code width × height}. World y points up, pixel y points down: world (xMin, yMax) is pixel (0, 0),
 * the top-left corner, and world (xMax, yMin) is pixel (width, height). Pixel coordinates are
 * continuous (pixel i covers [i, i + 1)); the glue adds any offset of the plot inside its canvas.
 *
 * <p>For one-feature data the world y axis is not a feature: {@link #fit} makes it the p̂ axis,
 * [0, 1] plus the margin, so the glue can draw the curve p̂(x) over the points; it may instead spread
 * the points over a jitter band inside that range to keep them apart. Either way a one-input network's
 * field does not depend on y.
 *
 * <p>Immutable. Grids of this package sample the cell centres given by {@link #cellCentreX} and
 * {@link #cellCentreY}, row 0 at the top.
 */
public final class Viewport {
    private static final double SQRT_2 = Math.sqrt(2.0);
    private static final double SQRT_10 = Math.sqrt(10.0);
    private static final double SQRT_50 = Math.sqrt(50.0);
    /**
     * The narrowest span {@link #fit} shows (points closer together share the view's centre): the
     * ticks and the field need a span their steps can divide, which 5e-324 is not.
     */
    private static final double MIN_SPAN = 1e-9;
    private static final DataSet EMPTY_PLANE = new DataSet(2, new double[] {-5, -5, 5, 5}, new double[] {0, 1});

    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final int width;
    private final int height;

    /**
     * A view of world {@code [xMin, xMax] × [yMin, yMax]} (finite, non-empty ranges) on
     * {@code width × height} pixels (each at least 1).
     */
    public Viewport(double xMin, double xMax, double yMin, double yMax, int width, int height) {
        Validate.finite(xMin, "x minimum of the view");
        Validate.finite(xMax, "x maximum of the view");
        Validate.finite(yMin, "y minimum of the view");
        Validate.finite(yMax, "y maximum of the view");
        Validate.isTrue(xMin < xMax, "the view's x range must not be empty, was [" + xMin + ", " + xMax + "]");
        Validate.isTrue(yMin < yMax, "the view's y range must not be empty, was [" + yMin + ", " + yMax + "]");
        Validate.isTrue(width >= 1 && height >= 1, "the view needs at least 1×1 pixels, was " + width + "×" + height);
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.width = width;
        this.height = height;
    }

    /**
     * A view of {@code data} on {@code width × height} pixels: the points' bounding box widened by
     * {@code margin} × its span on every side. An axis whose points all share one value (or an empty
     * data set) spans that value ± 1 (0 ± 1 when empty). With one feature, y is the p̂ axis
     * [−margin, 1 + margin] (see the class comment) and {@code squareAspect} is ignored; with two, a
     * square aspect widens the shorter range around its centre so one world unit is as many pixels
     * horizontally as vertically (circles look round).
     *
     * @param margin fraction of the span added on each side, in [0, 1]
     */
    public static Viewport fit(DataSet data, int width, int height, double margin, boolean squareAspect) {
        Validate.inRange(margin, 0.0, 1.0, "margin of the view");
        double[] x = range(data, 0);
        if (data.featureCount() == 1) {
            return new Viewport(x[0] - margin * (x[1] - x[0]), x[1] + margin * (x[1] - x[0]),
                    -margin, 1.0 + margin, width, height);
        }
        double[] y = range(data, 1);
        double x0 = x[0] - margin * (x[1] - x[0]);
        double x1 = x[1] + margin * (x[1] - x[0]);
        double y0 = y[0] - margin * (y[1] - y[0]);
        double y1 = y[1] + margin * (y[1] - y[0]);
        if (squareAspect) {
            double unitsPerPixel = Math.max((x1 - x0) / width, (y1 - y0) / height);
            double halfWidth = 0.5 * unitsPerPixel * width;
            double halfHeight = 0.5 * unitsPerPixel * height;
            double cx = 0.5 * (x0 + x1);
            double cy = 0.5 * (y0 + y1);
            return new Viewport(cx - halfWidth, cx + halfWidth, cy - halfHeight, cy + halfHeight, width, height);
        }
        return new Viewport(x0, x1, y0, y1, width, height);
    }

    /**
     * [min, max] of feature {@code j}, widened to ± 1 around a single value (± a millionth of it when
     * larger) and to at least {@link #MIN_SPAN} (or a billionth of the values) around close ones;
     * [−1, 1] when empty.
     */
    private static double[] range(DataSet data, int j) {
        if (data.size() == 0) {
            return new double[] {-1.0, 1.0};
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            double value = data.feature(i, j);
            low = Math.min(low, value);
            high = Math.max(high, value);
        }
        double magnitude = Math.max(Math.abs(low), Math.abs(high));
        if (high - low <= 0.0) {
            double half = Math.max(1.0, magnitude * 1e-6); // ± 1 would vanish in the rounding of 1e17
            return new double[] {low - half, high + half};
        }
        double least = Math.max(MIN_SPAN, magnitude * 1e-9);
        if (high - low < least) {
            double centre = 0.5 * low + 0.5 * high;
            return new double[] {centre - 0.5 * least, centre + 0.5 * least};
        }
        return new double[] {low, high};
    }

    /**
     * The plot's view of {@code data} (100 × 100 pixels until the page sizes it): square, with a
     * margin of 30 % for up to 10 points and 10 % for more; [−5, 5]² with that margin for no points.
     *
     * @throws IllegalArgumentException when no view can show the points
     */
    public static Viewport forPlot(DataSet data) {
        return fit(data.size() == 0 ? EMPTY_PLANE : data, 100, 100, data.size() <= 10 ? 0.3 : 0.1, true);
    }

    /**
     * The same world rectangle on another pixel rectangle (after a resize); this view itself when the
     * size is the same, so that pictures kept for a view stay valid from one frame to the next.
     */
    public Viewport withPixelSize(int newWidth, int newHeight) {
        if (newWidth == width() && newHeight == height()) {
            return this;
        }
        return new Viewport(xMin, xMax, yMin, yMax, newWidth, newHeight);
    }

    /** Whether {@code other} shows the same world rectangle on the same pixel rectangle. */
    public boolean sameAs(Viewport other) {
        return other != null && other.width() == width() && other.height() == height() && other.xMin == xMin
                && other.xMax == xMax && other.yMin == yMin && other.yMax == yMax;
    }

    public double xMin() {
        return xMin;
    }

    public double xMax() {
        return xMax;
    }

    public double yMin() {
        return yMin;
    }

    public double yMax() {
        return yMax;
    }

    /** Pixels across, at least 1. */
    public int width() {
        return width;
    }

    /** Pixels down, at least 1. */
    public int height() {
        return height;
    }

    /** Pixel x (0 at the left edge, {@code width} at the right) of world x. */
    public double toPixelX(double x) {
        return (x - xMin) * width / (xMax - xMin);
    }

    /** Pixel y (0 at the top edge, {@code height} at the bottom) of world y. */
    public double toPixelY(double y) {
        return (yMax - y) * height / (yMax - yMin);
    }

    /** World x of pixel x (the inverse of {@link #toPixelX}). */
    public double toWorldX(double pixelX) {
        return xMin + pixelX * (xMax - xMin) / width;
    }

    /** World y of pixel y (the inverse of {@link #toPixelY}). */
    public double toWorldY(double pixelY) {
        return yMax - pixelY * (yMax - yMin) / height;
    }

    /** True when world (x, y) lies in the closed rectangle. */
    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    /** World x of the centre of column {@code col} of a grid of {@code cols} columns, col in [0, cols). */
    public double cellCentreX(int col, int cols) {
        return xMin + (col + 0.5) * (xMax - xMin) / cols;
    }

    /** World y of the centre of row {@code row} of a grid of {@code rows} rows, row 0 at the top. */
    public double cellCentreY(int row, int rows) {
        return yMax - (row + 0.5) * (yMax - yMin) / rows;
    }

    /** Nice tick values on the x axis, about {@code approximateCount} of them (see {@link #ticks}). */
    public double[] xTicks(int approximateCount) {
        return ticks(xMin, xMax, approximateCount);
    }

    /** Nice tick values on the y axis, about {@code approximateCount} of them (see {@link #ticks}). */
    public double[] yTicks(int approximateCount) {
        return ticks(yMin, yMax, approximateCount);
    }

    /**
     * The step of about {@code approximateCount} ticks over {@code span}: 1, 2 or 5 × 10^k, whichever
     * is nearest span / count on a log scale (the cut-offs are √2, √10 and √50).
     *
     * @param span a positive finite length
     * @param approximateCount at least 1
     */
    public static double niceStep(double span, int approximateCount) {
        int[] step = step(span, approximateCount);
        return scaled(step[0], step[1]);
    }

    /**
     * Every multiple of {@link #niceStep}{@code (max − min, approximateCount)} in [min, max], ascending.
     * Values are computed as k·m·10^e (or k·m / 10^−e), not by repeated addition, so 0.3 is the double
     * nearest 0.3. Allocates: call it when the view changes, not per frame.
     */
    public static double[] ticks(double min, double max, int approximateCount) {
        Validate.finite(min, "lowest tick bound");
        Validate.finite(max, "highest tick bound");
        Validate.isTrue(min < max, "ticks need min < max, were " + min + " and " + max);
        int[] step = step(max - min, approximateCount);
        double size = scaled(step[0], step[1]);
        // A little slack so bounds that are multiples of the step, up to rounding, get their tick.
        long first = (long) Math.ceil(min / size - 1e-9);
        long last = (long) Math.floor(max / size + 1e-9);
        double[] values = new double[(int) Math.max(0, last - first + 1)];
        for (int i = 0; i < values.length; i++) {
            values[i] = scaled((first + i) * step[0], step[1]);
        }
        return values;
    }

    /** Decimal places that print every multiple of {@code step} exactly (0 for steps ≥ 1). */
    public static int decimals(double step) {
        Validate.isTrue(step > 0 && !Double.isInfinite(step), "tick step must be positive, was " + step);
        return Math.max(0, -(int) Math.floor(Math.log10(step) + 1e-9));
    }

    /** {mantissa ∈ {1, 2, 5, 10}, exponent} of the step. */
    private static int[] step(double span, int approximateCount) {
        Validate.isTrue(span > 0 && !Double.isInfinite(span), "tick span must be positive and finite, was " + span);
        Validate.isTrue(approximateCount >= 1, "need at least 1 tick, asked for " + approximateCount);
        double raw = span / approximateCount;
        int exponent = (int) Math.floor(Math.log10(raw));
        double fraction = raw / scaled(1, exponent);
        int mantissa = fraction < SQRT_2 ? 1 : fraction < SQRT_10 ? 2 : fraction < SQRT_50 ? 5 : 10;
        return new int[] {mantissa, exponent};
    }

    /** multiple · 10^exponent, dividing by an exact power of ten for negative exponents. */
    private static double scaled(double multiple, int exponent) {
        double power = 1.0;
        for (int i = Math.abs(exponent); i > 0; i--) {
            power *= 10.0; // exact up to 10^22
        }
        return exponent >= 0 ? multiple * power : multiple / power;
    }

    @Override
    public String toString() {
        return "[" + xMin + ", " + xMax + "] × [" + yMin + ", " + yMax + "] on " + width + "×" + height + " px";
    }
}
