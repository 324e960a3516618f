package dev.boundary.core.train;

import dev.boundary.core.math.Matrix;
import dev.boundary.core.nn.LogisticPass;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;

/**
 * The forward pass of every point, training and test, with the current weights, and the figures the
 * trainer records from it: the cost and accuracy of the training points and of the test points.
 * Without test points its pass is also the full batch's, so the update after an evaluation does not
 * make the same pass again.
 *
 * <p>For logistic regression on the stable cross-entropy the pass is {@link LogisticPass}'s one loop,
 * which also sums the full batch's gradient when the next update needs it.
 */
final class Evaluation {
    private final LogisticPass logistic = new LogisticPass();
    private Workspace workspace;
    /** True while the workspace holds a forward pass of all the data with the current weights. */
    private boolean current;
    /** True while {@link #logistic} holds the full batch's gradient sums for the current weights. */
    private boolean gradientCurrent;
    /** False to take the layered passes for logistic regression too (to compare the two). */
    private boolean fused = true;
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

    /**
     * Logistic regression's full batch (every point a training point): sets the network's gradients
     * from the sums of the last pass when it was made with these weights, else from a pass made now.
     */
    void fullBatchGradients(Network network, Matrix features, double[] labels, double l1, double l2) {
        if (!gradientCurrent) {
            logistic.evaluate(network, features, labels, null, 0.5, workspace, true);
            current = false;
        }
        logistic.setGradients(network, features.rows(), l1, l2);
    }

    /** Call when the weights change: the pass held no longer matches them. */
    void weightsChanged() {
        current = false;
        gradientCurrent = false;
    }

    /** Takes the layered passes for logistic regression too, as for any network. */
    void useLayeredPasses() {
        fused = false;
    }

    /** True when logistic regression's passes are fused for this network and loss. */
    boolean fuses(Network network, Loss loss) {
        return fused && LogisticPass.fits(network, loss);
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
        int trainCount = m - testCount;
        current = false;
        gradientCurrent = false;
        Loss loss = settings.loss();
        boolean[] split = testCount == 0 ? null : test;
        double trainSum;
        double testSum;
        int trainRight;
        int testRight;
        if (fuses(network, loss)) {
            // The next update's gradient comes from this pass when it is the full batch of every point.
            boolean gradient = testCount == 0 && settings.effectiveBatchSize(trainCount) == trainCount;
            logistic.evaluate(network, features, labels, split, threshold, workspace, gradient);
            gradientCurrent = gradient;
            trainSum = logistic.trainingLoss();
            testSum = split == null ? 0.0 : logistic.testLoss();
            trainRight = logistic.trainingRight();
            testRight = logistic.testRight();
        } else {
            if (m > 0) {
                network.forward(load(features));
                current = true;
            }
            double[] p = workspace.probabilities();
            trainSum = loss.sum(workspace, labels, m, split, false);
            testSum = split == null ? 0.0 : loss.sum(workspace, labels, m, split, true);
            trainRight = 0;
            testRight = 0;
            for (int i = 0; i < m; i++) {
                int right = (p[i] >= threshold) == (labels[i] == 1.0) ? 1 : 0;
                if (test[i]) {
                    testRight += right;
                } else {
                    trainRight += right;
                }
            }
        }
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
