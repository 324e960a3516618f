package dev.boundary.core.explain;

/**
 * Which training point the step-through follows, by index into the data set, kept on the same point
 * when a point before it is removed. Indices count from 0; with no points there is no chosen point.
 */
public final class ChosenPoint {
    private int index;

    /** Chooses {@code wanted}, clamped to the {@code size} points there are. */
    public void choose(int wanted, int size) {
        index = Math.max(0, Math.min(size - 1, wanted));
    }

    /**
     * After the point at {@code removed} was taken out: a point before the chosen one moves it down by
     * one, so it stays on the same point. When the chosen point itself went, the choice passes to the
     * point after it (the one now at its index), or to the new last point.
     */
    public void removed(int removed) {
        if (removed >= 0 && removed < index) {
            index--;
        }
    }

    /** The chosen index among {@code size} points: in [0, size), or −1 when there are none. */
    public int index(int size) {
        return size == 0 ? -1 : Math.max(0, Math.min(size - 1, index));
    }
}
