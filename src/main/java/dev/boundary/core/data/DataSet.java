package dev.boundary.core.data;

import dev.boundary.core.math.Validate;

/**
 * An immutable set of labelled points: features row-major {@code [size × featureCount]} and a label
 * 0 or 1 per point. Feature count is 1 (a line) or 2 (the plane).
 */
public final class DataSet {
    /**
     * The largest magnitude of a coordinate: beyond it the view, the field and the training lose
     * every digit that tells points apart (and spans overflow).
     */
    public static final double MAX_COORDINATE = 1e100;
    /** Says the limit, for messages: "coordinates must lie within ±1e12". */
    public static final String COORDINATE_LIMIT = "coordinates must lie within \u00B11e100";
    private final int featureCount;
    private final double[] features;
    private final double[] labels;
    private final DataOrigin origin;

    /**
     * @param featureCount 1 or 2
     * @param features row-major {@code [size × featureCount]}, every value finite; copied
     * @param labels {@code [size]}, each 0 or 1; copied
     */
    public DataSet(int featureCount, double[] features, double[] labels) {
        Validate.inRange(featureCount, 1, 2, "feature count");
        Validate.isTrue(features.length == labels.length * featureCount,
                "features hold " + features.length + " values, but " + labels.length + " labels × "
                        + featureCount + " features need " + labels.length * featureCount);
        // Checked by hand, not with Validate: building a message per point would cost more than the check.
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0.0 && labels[i] != 1.0) {
                throw new IllegalArgumentException("label of point " + (i + 1) + " must be 0 or 1, was " + labels[i]);
            }
            for (int j = 0; j < featureCount; j++) {
                double value = features[i * featureCount + j];
                if (value - value != 0.0 || value > MAX_COORDINATE || value < -MAX_COORDINATE) {
                    Validate.finite(value, "feature " + (j + 1) + " of point " + (i + 1));
                    throw new IllegalArgumentException("feature " + (j + 1) + " of point " + (i + 1) + " is "
                            + value + "; " + COORDINATE_LIMIT);
                }
            }
        }
        this.featureCount = featureCount;
        this.features = features.clone();
        this.labels = labels.clone();
        this.origin = null;
    }

    /**
     * Points made from the checked points of another set and {@code checkedFrom}.. new ones, which are
     * checked here; takes the arrays as they are (no copy).
     */
    private DataSet(int featureCount, double[] features, double[] labels, int checkedFrom, DataOrigin origin) {
        for (int i = checkedFrom; i < labels.length; i++) {
            if (labels[i] != 0.0 && labels[i] != 1.0) {
                throw new IllegalArgumentException("label of point " + (i + 1) + " must be 0 or 1, was " + labels[i]);
            }
            for (int j = 0; j < featureCount; j++) {
                double value = features[i * featureCount + j];
                Validate.finite(value, "feature " + (j + 1) + " of point " + (i + 1));
                Validate.isTrue(value <= MAX_COORDINATE && value >= -MAX_COORDINATE, "feature " + (j + 1)
                        + " of point " + (i + 1) + " is " + value + "; " + COORDINATE_LIMIT);
            }
        }
        this.featureCount = featureCount;
        this.features = features;
        this.labels = labels;
        this.origin = origin;
    }

    /** The same points with another origin; shares the (immutable) arrays. */
    private DataSet(DataSet points, DataOrigin origin) {
        this.featureCount = points.featureCount;
        this.features = points.features;
        this.labels = points.labels;
        this.origin = origin;
    }

    /**
     * These points, marked as starting with the points {@code origin} draws (the caller vouches for
     * it; a link checks it again with a checksum). Null drops the mark.
     */
    public DataSet withOrigin(DataOrigin value) {
        return new DataSet(this, value);
    }

    /** How the first points were drawn, or null when they were not generated (or no longer are). */
    public DataOrigin origin() {
        return origin;
    }

    /** An empty data set with the given number of features. */
    public static DataSet empty(int featureCount) {
        return new DataSet(featureCount, new double[0], new double[0]);
    }

    public int size() {
        return labels.length;
    }

    public int featureCount() {
        return featureCount;
    }

    /** Feature {@code j} of point {@code i}. */
    public double feature(int i, int j) {
        return features[i * featureCount + j];
    }

    /** Label of point {@code i}: 0 or 1. */
    public double label(int i) {
        return labels[i];
    }

    /** Number of points labelled 1. */
    public int positives() {
        int count = 0;
        for (double label : labels) {
            count += label == 1.0 ? 1 : 0;
        }
        return count;
    }

    /** A copy of the features, row-major {@code [size × featureCount]}. */
    public double[] featureArray() {
        return features.clone();
    }

    /** A copy of the labels {@code [size]}. */
    public double[] labelArray() {
        return labels.clone();
    }

    /** This set with one more point at the end. */
    public DataSet withPoint(double[] point, double label) {
        Validate.isTrue(point.length == featureCount,
                "a point needs " + featureCount + " features, got " + point.length);
        double[] newFeatures = new double[features.length + featureCount];
        System.arraycopy(features, 0, newFeatures, 0, features.length);
        System.arraycopy(point, 0, newFeatures, features.length, featureCount);
        double[] newLabels = new double[labels.length + 1];
        System.arraycopy(labels, 0, newLabels, 0, labels.length);
        newLabels[labels.length] = label;
        return new DataSet(featureCount, newFeatures, newLabels, labels.length, origin);
    }

    /** This set followed by the points of {@code other} from index {@code from} on, in one copy. */
    public DataSet withPointsOf(DataSet other, int from) {
        Validate.isTrue(other.featureCount == featureCount,
                "the points to append have " + other.featureCount + " features, not " + featureCount);
        Validate.inRange(from, 0, other.size(), "first point to append");
        int count = other.size() - from;
        double[] newFeatures = new double[features.length + count * featureCount];
        System.arraycopy(features, 0, newFeatures, 0, features.length);
        System.arraycopy(other.features, from * featureCount, newFeatures, features.length, count * featureCount);
        double[] newLabels = new double[labels.length + count];
        System.arraycopy(labels, 0, newLabels, 0, labels.length);
        System.arraycopy(other.labels, from, newLabels, labels.length, count);
        return new DataSet(featureCount, newFeatures, newLabels).withOrigin(origin);
    }

    /** This set without point {@code index}. */
    public DataSet withoutPoint(int index) {
        Validate.inRange(index, 0, size() - 1, "point index");
        double[] newFeatures = new double[features.length - featureCount];
        System.arraycopy(features, 0, newFeatures, 0, index * featureCount);
        System.arraycopy(features, (index + 1) * featureCount, newFeatures, index * featureCount,
                features.length - (index + 1) * featureCount);
        double[] newLabels = new double[labels.length - 1];
        System.arraycopy(labels, 0, newLabels, 0, index);
        System.arraycopy(labels, index + 1, newLabels, index, labels.length - index - 1);
        return new DataSet(featureCount, newFeatures, newLabels, newLabels.length,
                origin != null && index >= origin.size() ? origin : null);
    }

    /** Index of the point nearest to {@code (x1, x2)} (x2 ignored for one feature), or -1 when empty. */
    public int nearest(double x1, double x2) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < size(); i++) {
            double d1 = feature(i, 0) - x1;
            double d2 = featureCount == 2 ? feature(i, 1) - x2 : 0.0;
            double distance = d1 * d1 + d2 * d2;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
