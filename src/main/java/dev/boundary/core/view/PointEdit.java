package dev.boundary.core.view;

import dev.boundary.core.data.DataSet;

/**
 * Whether one data set is another with one point added or removed (the learner clicked), and which:
 * then a picture of the points needs redrawing only around that point. Points are compared by
 * coordinates, label and test flag; everything before the edited point and everything after it
 * (shifted by one) must be the same.
 */
final class PointEdit {
    private PointEdit() {
    }

    /**
     * The index in {@code after} of the point added to {@code before}, or −1 when {@code after} is not
     * {@code before} with one point added.
     *
     * @param beforeTest test flags of {@code before}'s points, or null when none are test points
     * @param afterTest test flags of {@code after}'s points, or null
     */
    static int added(DataSet before, boolean[] beforeTest, DataSet after, boolean[] afterTest) {
        return edited(before, beforeTest, after, afterTest);
    }

    /**
     * The index in {@code before} of the point removed to make {@code after}, or −1 when {@code after}
     * is not {@code before} with one point removed.
     */
    static int removed(DataSet before, boolean[] beforeTest, DataSet after, boolean[] afterTest) {
        return edited(after, afterTest, before, beforeTest);
    }

    /** The index in {@code longer} of the one point {@code shorter} lacks, or −1. */
    private static int edited(DataSet shorter, boolean[] shorterTest, DataSet longer, boolean[] longerTest) {
        int m = shorter.size();
        if (longer.size() != m + 1 || longer.featureCount() != shorter.featureCount()) {
            return -1;
        }
        int k = 0;
        while (k < m && same(shorter, shorterTest, k, longer, longerTest, k)) {
            k++;
        }
        for (int i = k; i < m; i++) {
            if (!same(shorter, shorterTest, i, longer, longerTest, i + 1)) {
                return -1;
            }
        }
        return k;
    }

    private static boolean same(DataSet a, boolean[] aTest, int i, DataSet b, boolean[] bTest, int j) {
        if (a.label(i) != b.label(j) || (aTest != null && aTest[i]) != (bTest != null && bTest[j])) {
            return false;
        }
        for (int f = 0; f < a.featureCount(); f++) {
            if (a.feature(i, f) != b.feature(j, f)) {
                return false;
            }
        }
        return true;
    }
}
