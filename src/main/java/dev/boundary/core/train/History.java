package dev.boundary.core.train;

/**
 * Cost and accuracy over the whole training set after each epoch: entry k is after k epochs, entry
 * 0 before training. Grows without boxing; all entries are kept (charts downsample for drawing).
 */
public final class History {
    private double[] costs = new double[256];
    private double[] accuracies = new double[256];
    private int size;

    /** Appends the figures after one more epoch. */
    public void add(double cost, double accuracy) {
        if (size == costs.length) {
            costs = java.util.Arrays.copyOf(costs, size * 2);
            accuracies = java.util.Arrays.copyOf(accuracies, size * 2);
        }
        costs[size] = cost;
        accuracies[size] = accuracy;
        size++;
    }

    /** Number of entries: epochs trained + 1. */
    public int size() {
        return size;
    }

    public double cost(int epoch) {
        return costs[epoch];
    }

    public double accuracy(int epoch) {
        return accuracies[epoch];
    }

    /** The latest cost, or NaN when empty. */
    public double lastCost() {
        return size == 0 ? Double.NaN : costs[size - 1];
    }

    /** Forgets everything. */
    public void clear() {
        size = 0;
    }

    /** Keeps entries 0..epoch, dropping the rest. */
    public void truncate(int entries) {
        size = Math.min(size, Math.max(0, entries));
    }
}
