package dev.boundary.core.train;

import dev.boundary.core.math.Matrix;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;

/**
 * The forward pass of every point, training and test, with the current weights, and the figures the
 * trainer records from it: the cost and accuracy of the training points and of the test points.
 * Without test points its pass is also the full batch's, so the update after an evaluation does not
 * make the same pass again.
 */
final class Evaluation {
    private Workspace workspace;
    /** True while the workspace holds a forward pass of all the data with the current weights. */
    private boolean current;
    private double cost = Double.NaN;
    private double accuracy = Double.NaN;
    private double testCost = Double.NaN;
    private double testAccuracy = Double.NaN;

    /** Makes room for {@code m} points, and half as many again so that adding points does not allocate. */
    void reserve(Network network, int m) {
        if (workspace == null || workspace.capacity() < m) {
            workspace = network.newWorkspace(Math.max(1, m + m / 2));
        }
    }

    /**
     * The full batch's forward pass over {@code features [m × inputs]}: the one held when it was made
     * with the current weights, else made now.
     */
    Workspace fullBatch(Network network, Matrix features) {
        if (!current) {
            load(features);
            network.forward(workspace);
        }
        return workspace;
    }

    /** Call when the weights change: the pass held no longer matches them. */
    void weightsChanged() {
        current = false;
    }

    private Workspace load(Matrix features) {
        Matrix input = workspace.input();
        input.setRows(features.rows());
        System.arraycopy(features.data(), 0, input.data(), 0, features.rows() * features.columns());
        return workspace;
    }

    /**
     * Cost and accuracy over the training points, and over the test points ({@code test} flags them,
     * {@code [m]}), with the current weights: the mean loss of each set (the training cost plus the L2
     * term) and its fraction right at {@code threshold}; NaN for a set without points.
     */
    void evaluate(Network network, Matrix features, double[] labels, boolean[] test, int testCount,
            TrainingSettings settings, double threshold) {
        int m = features.rows();
        current = false;
        if (m > 0) {
            network.forward(load(features));
            current = true;
        }
        Loss loss = settings.loss();
        double[] p = workspace.probabilities();
        boolean[] split = testCount == 0 ? null : test;
        double trainSum = loss.sum(workspace, labels, m, split, false);
        double testSum = split == null ? 0.0 : loss.sum(workspace, labels, m, split, true);
        int trainRight = 0;
        int testRight = 0;
        for (int i = 0; i < m; i++) {
            int right = (p[i] >= threshold) == (labels[i] == 1.0) ? 1 : 0;
            if (test[i]) {
                testRight += right;
            } else {
                trainRight += right;
            }
        }
        int trainCount = m - testCount;
        cost = trainCount == 0 ? Double.NaN : trainSum / trainCount + network.l2Penalty(settings.l2(), trainCount)
                + network.l1Penalty(settings.l1(), trainCount);
        accuracy = trainCount == 0 ? Double.NaN : (double) trainRight / trainCount;
        testCost = testCount == 0 ? Double.NaN : testSum / testCount;
        testAccuracy = testCount == 0 ? Double.NaN : (double) testRight / testCount;
    }

    double cost() {
        return cost;
    }

    double accuracy() {
        return accuracy;
    }

    double testCost() {
        return testCost;
    }

    double testAccuracy() {
        return testAccuracy;
    }

    /** p̂ of every point {@code [m]} from the last pass (backing array, read only). */
    double[] probabilities() {
        return workspace.probabilities();
    }
}
