package dev.boundary.core.nn;

import dev.boundary.core.math.Validate;

/**
 * The inputs a model is given: a non-empty set of {@link InputFeature}s of points with 1 or 2
 * coordinates, always in the order of {@link InputFeature#values()} (so input j and its weights mean
 * the same feature however the set was chosen). Immutable. The default, {@link #raw}, is the
 * coordinates themselves: x₁ and x₂, or x.
 *
 * <p>Mapping happens once per data change ({@link #map(double[], int, double[])}), never per epoch;
 * pictures map each cell with {@link #map(double, double, double[], int)}.
 */
public final class InputFeatures {
    private static final InputFeature[] ALL = InputFeature.values();

    private final int dimension;
    private final InputFeature[] features;
    private final int mask;

    private InputFeatures(int dimension, int mask) {
        Validate.inRange(dimension, 1, 2, "number of coordinates");
        Validate.isTrue(mask != 0, "a model needs at least one input feature");
        int count = Integer.bitCount(mask);
        features = new InputFeature[count];
        for (int i = 0, next = 0; i < ALL.length; i++) {
            if ((mask & (1 << i)) != 0) {
                Validate.isTrue(ALL[i].existsIn(dimension),
                        "the feature " + ALL[i].id() + " needs two coordinates, but the points have one");
                features[next++] = ALL[i];
            }
        }
        this.dimension = dimension;
        this.mask = mask;
    }

    /** The coordinates themselves: x₁, x₂ for the plane, x for a line. */
    public static InputFeatures raw(int dimension) {
        return new InputFeatures(dimension, dimension == 2 ? 0b11 : 0b1);
    }

    /** The given features (in any order, repeats ignored) of points with {@code dimension} coordinates. */
    public static InputFeatures of(int dimension, InputFeature... chosen) {
        int mask = 0;
        for (InputFeature feature : chosen) {
            mask |= 1 << feature.ordinal();
        }
        return new InputFeatures(dimension, mask);
    }

    /** The set whose bit i says whether {@code InputFeature.values()[i]} is in; see {@link #mask()}. */
    public static InputFeatures fromMask(int dimension, int mask) {
        Validate.isTrue(mask > 0 && mask < 1 << ALL.length, "no feature set has the code " + mask);
        return new InputFeatures(dimension, mask);
    }

    /**
     * Reads ids separated by commas, e.g. "x1sq,x2sq".
     *
     * @throws IllegalArgumentException naming the id that is unknown or needs a second coordinate
     */
    public static InputFeatures parse(int dimension, String ids) {
        int mask = 0;
        for (String id : ids.split(",", -1)) {
            InputFeature feature = InputFeature.fromId(id.trim());
            if (feature == null) {
                throw new IllegalArgumentException("unknown feature \"" + id.trim() + "\"; the features are "
                        + allIds(dimension));
            }
            mask |= 1 << feature.ordinal();
        }
        return new InputFeatures(dimension, mask);
    }

    /** The ids that exist for {@code dimension} coordinates, e.g. "x1, x1sq, sinx1". */
    public static String allIds(int dimension) {
        StringBuilder text = new StringBuilder();
        for (InputFeature feature : ALL) {
            if (feature.existsIn(dimension)) {
                text.append(text.length() == 0 ? "" : ", ").append(feature.id());
            }
        }
        return text.toString();
    }

    /** The same choice for points of another dimension: the x₁ features carry over, else x alone. */
    public InputFeatures forDimension(int newDimension) {
        if (newDimension == dimension) {
            return this;
        }
        if (newDimension == 2) {
            return isRaw() ? raw(2) : new InputFeatures(2, mask);
        }
        int kept = 0;
        for (InputFeature feature : features) {
            kept |= feature.existsIn(1) ? 1 << feature.ordinal() : 0;
        }
        return isRaw() || kept == 0 ? raw(1) : new InputFeatures(1, kept);
    }

    /** This set with {@code feature} added or removed; removing the last one leaves the set as it is. */
    public InputFeatures with(InputFeature feature, boolean on) {
        int newMask = on ? mask | 1 << feature.ordinal() : mask & ~(1 << feature.ordinal());
        return newMask == 0 || newMask == mask ? this : new InputFeatures(dimension, newMask);
    }

    /** Coordinates of the points: 1 or 2. */
    public int dimension() {
        return dimension;
    }

    /** The number of features: the network's inputs. */
    public int count() {
        return features.length;
    }

    /** Feature {@code index} (input {@code index} of the network). */
    public InputFeature get(int index) {
        return features[index];
    }

    public boolean contains(InputFeature feature) {
        return (mask & 1 << feature.ordinal()) != 0;
    }

    /** Bit i set when {@code InputFeature.values()[i]} is in the set. */
    public int mask() {
        return mask;
    }

    /** True for the coordinates themselves (no engineered features). */
    public boolean isRaw() {
        return mask == (dimension == 2 ? 0b11 : 0b1);
    }

    /** The name of input {@code index} as people read it, e.g. "x₁²". */
    public String label(int index) {
        return features[index].label(dimension);
    }

    /** The ids joined by commas, e.g. "x1sq,x2sq". */
    public String ids() {
        StringBuilder text = new StringBuilder();
        for (InputFeature feature : features) {
            text.append(text.length() == 0 ? "" : ",").append(feature.id());
        }
        return text.toString();
    }

    /** Writes the features of (x1, x2) into {@code out[offset … offset + count)}; no allocation. */
    public void map(double x1, double x2, double[] out, int offset) {
        for (int j = 0; j < features.length; j++) {
            out[offset + j] = features[j].value(x1, x2);
        }
    }

    /**
     * Maps {@code points} (row-major {@code [m × dimension]}) to {@code out} (row-major
     * {@code [m × count]}, at least that long).
     */
    public void map(double[] points, int m, double[] out) {
        for (int i = 0; i < m; i++) {
            double x1 = points[i * dimension];
            double x2 = dimension == 2 ? points[i * dimension + 1] : 0.0;
            map(x1, x2, out, i * features.length);
        }
    }

    /**
     * The features of {@code m} points (row-major {@code [m × dimension]}) as a new row-major
     * {@code [m × count]} array; for {@link #isRaw() the coordinates themselves}, {@code points} itself.
     */
    public double[] mapAll(double[] points, int m) {
        if (isRaw()) {
            return points;
        }
        double[] out = new double[m * features.length];
        map(points, m, out);
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InputFeatures && ((InputFeatures) other).mask == mask
                && ((InputFeatures) other).dimension == dimension;
    }

    @Override
    public int hashCode() {
        return mask * 3 + dimension;
    }

    @Override
    public String toString() {
        return ids();
    }
}
