package dev.boundary.core.train;

/**
 * Cost and accuracy over the training points after each epoch, and over the test points (NaN when
 * there are none): entry k is after k epochs, entry 0 before training. Grows without boxing; all
 * entries are kept (charts downsample for drawing).
 */
public final class History {
    private double[] costs = new double[256];
    private double[] accuracies = new double[256];
    private double[] testCosts = new double[256];
    private double[] testAccuracies = new double[256];
    private int size;
    private boolean hasTest;

    /** Appends the training figures after one more epoch, without a test set. */
    public void add(double cost, double accuracy) {
        add(cost, accuracy, Double.NaN, Double.NaN);
    }

    /** Appends the training and test figures after one more epoch (NaN for a set without points). */
    public void add(double cost, double accuracy, double testCost, double testAccuracy) {
        if (size == costs.length) {
            costs = java.util.Arrays.copyOf(costs, size * 2);
            accuracies = java.util.Arrays.copyOf(accuracies, size * 2);
            testCosts = java.util.Arrays.copyOf(testCosts, size * 2);
            testAccuracies = java.util.Arrays.copyOf(testAccuracies, size * 2);
        }
        costs[size] = cost;
        accuracies[size] = accuracy;
        testCosts[size] = testCost;
        testAccuracies[size] = testAccuracy;
        hasTest |= !Double.isNaN(testCost);
        size++;
    }

    /** The test cost after {@code epoch} epochs, NaN when there were no test points then. */
    public double testCost(int epoch) {
        return testCosts[epoch];
    }

    /** The test accuracy after {@code epoch} epochs, NaN when there were no test points then. */
    public double testAccuracy(int epoch) {
        return testAccuracies[epoch];
    }

    /** Whether any entry since the last {@link #clear()} has a test cost. */
    public boolean hasTest() {
        return hasTest;
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
        hasTest = false;
    }

    /**
     * Replaces the last entry with figures for the same epoch computed again (after the points, the
     * settings or the weights changed), so the last entry always matches the current weights; adds
     * one when there is none.
     */
    public void replaceLast(double cost, double accuracy, double testCost, double testAccuracy) {
        if (size == 0) {
            add(cost, accuracy, testCost, testAccuracy);
            return;
        }
        size--;
        add(cost, accuracy, testCost, testAccuracy);
        hasTest = false;
        for (int i = 0; i < size && !hasTest; i++) {
            hasTest = !Double.isNaN(testCosts[i]);
        }
    }

    /** A copy holding exactly these entries (for an undo step or a saved session). */
    public History copy() {
        History copy = new History();
        copy.copyFrom(this);
        return copy;
    }

    /** Makes this history hold exactly the entries of {@code other}. */
    public void copyFrom(History other) {
        int capacity = Math.max(256, other.size);
        costs = java.util.Arrays.copyOf(other.costs, capacity);
        accuracies = java.util.Arrays.copyOf(other.accuracies, capacity);
        testCosts = java.util.Arrays.copyOf(other.testCosts, capacity);
        testAccuracies = java.util.Arrays.copyOf(other.testAccuracies, capacity);
        size = other.size;
        hasTest = other.hasTest;
    }

    /** Whether both hold the same entries, bit for bit (NaN equal to NaN). */
    public boolean sameEntries(History other) {
        if (size != other.size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (Double.compare(costs[i], other.costs[i]) != 0 || Double.compare(accuracies[i], other.accuracies[i]) != 0
                    || Double.compare(testCosts[i], other.testCosts[i]) != 0
                    || Double.compare(testAccuracies[i], other.testAccuracies[i]) != 0) {
                return false;
            }
        }
        return true;
    }
}
