package dev.boundary.core.explain;

import dev.boundary.core.data.DataSet;

/**
 * Which point the step-through follows. It remembers the chosen point itself (its coordinates and
 * label), so the choice stays on that point when points before it are removed, and comes back to it
 * when an undo brings it back. When the chosen point is gone the choice passes to the point after it
 * (the one now at its index), or to the new last point. Indices count from 0; with no points there is
 * no chosen point.
 */
public final class ChosenPoint {
    private int index;
    /** The chosen point's features and label; an empty label (NaN) before a point was chosen. */
    private double x1 = Double.NaN;
    private double x2 = Double.NaN;
    private double label = Double.NaN;

    /** Chooses point {@code wanted} of {@code data}, clamped to the points there are. */
    public void choose(int wanted, DataSet data) {
        index = Math.max(0, Math.min(data.size() - 1, wanted));
        if (data.size() > 0) {
            x1 = data.feature(index, 0);
            x2 = data.featureCount() > 1 ? data.feature(index, 1) : 0.0;
            label = data.label(index);
        }
    }

    /**
     * After the point at {@code removed} was taken out: a point before the chosen one moves it down by
     * one. (The chosen point is found again by its coordinates anyway; the index is what is left when it
     * went.)
     */
    public void removed(int removed) {
        if (removed >= 0 && removed < index) {
            index--;
        }
    }

    /** The chosen index among the points of {@code data}: in [0, size), or −1 when there are none. */
    public int index(DataSet data) {
        int size = data.size();
        if (size == 0) {
            return -1;
        }
        if (!Double.isNaN(label) && !(index < size && isChosen(data, index))) {
            for (int i = 0; i < size; i++) {
                if (isChosen(data, i)) {
                    index = i;
                    break;
                }
            }
        }
        return Math.max(0, Math.min(size - 1, index));
    }

    private boolean isChosen(DataSet data, int i) {
        return data.label(i) == label && data.feature(i, 0) == x1
                && (data.featureCount() == 1 || data.feature(i, 1) == x2);
    }
}
