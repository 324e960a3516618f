package dev.boundary.core.compare;

/**
 * Costs of a loss surface as colour levels in [0, 1]: 0 at the lowest finite cost of the grid, 1 at
 * the highest, on a logarithmic scale of the height above the lowest, so the floor of the valley (where
 * descent ends) keeps its detail next to costs a hundred times higher. NaN and infinite costs (the
 * naive cross-entropy's log(0)) get level 1, the top of the scale.
 */
public final class SurfaceShading {
    /** The smallest height above the minimum the scale resolves, as a fraction of the cost range. */
    static final double FLOOR = 1e-3;

    private SurfaceShading() {
    }

    /**
     * {@code out[i] = log(1 + (v − min)/δ) / log(1 + (max − min)/δ)} with δ = {@link #FLOOR}·(max − min),
     * for the first {@code count} values; all 0 when max = min, all 1 when min or max is not finite.
     */
    public static void levels(double[] values, int count, double min, double max, double[] out) {
        if (count < 0 || values.length < count || out.length < count) {
            throw new IllegalArgumentException("cannot shade " + count + " values from " + values.length
                    + " into " + out.length);
        }
        double span = max - min;
        boolean usable = span - span == 0.0; // finite (NaN when min or max is NaN)
        double delta = FLOOR * span;
        double top = usable && span > 0 ? Math.log(1.0 + span / delta) : 1.0;
        for (int i = 0; i < count; i++) {
            double value = values[i];
            if (!usable || value - value != 0.0) {
                out[i] = 1.0;
            } else if (span <= 0) {
                out[i] = 0.0;
            } else {
                out[i] = Math.min(1.0, Math.max(0.0, Math.log(1.0 + (value - min) / delta) / top));
            }
        }
    }

    /** The cost at level {@code level} ∈ [0, 1]: the inverse of {@link #levels} for labelling contours. */
    public static double costAt(double level, double min, double max) {
        double span = max - min;
        double delta = FLOOR * span;
        return min + delta * (Math.exp(level * Math.log(1.0 + span / delta)) - 1.0);
    }
}
