package dev.boundary.core.session;

import dev.boundary.core.data.DataOrigin;
import dev.boundary.core.data.DataSet;

/**
 * The data sets that editing points on the plot makes: a point added where the learner clicked, the
 * point near a click found, the generated points drawn again. Coordinates are world units; with one
 * feature the second coordinate is ignored.
 */
final class PointEdits {
    private PointEdits() {
    }

    /** {@code data} with a point of class {@code label} (0 or 1) added at (x1, x2). */
    static DataSet withPoint(DataSet data, double x1, double x2, double label) {
        double[] point = data.featureCount() == 1 ? new double[] {x1} : new double[] {x1, x2};
        return data.withPoint(point, label);
    }

    /** The index of the point nearest to (x1, x2) if it lies within {@code maxDistance}, else −1. */
    static int nearestWithin(DataSet data, double x1, double x2, double maxDistance) {
        int index = data.nearest(x1, x2);
        if (index < 0) {
            return -1;
        }
        double d1 = data.feature(index, 0) - x1;
        double d2 = data.featureCount() == 2 ? data.feature(index, 1) - x2 : 0.0;
        return d1 * d1 + d2 * d2 > maxDistance * maxDistance ? -1 : index;
    }

    /**
     * The points of {@code origin} (of the same preset and seed as the data's own, at another size or
     * noise) followed by the points added after the generated ones.
     *
     * @throws IllegalStateException when the points were not generated
     */
    static DataSet redrawn(DataSet data, DataOrigin origin) {
        if (data.origin() == null) {
            throw new IllegalStateException(
                    "these points were not drawn from a data set, so they cannot be drawn again");
        }
        return origin.generate().withPointsOf(data, data.origin().size());
    }
}
