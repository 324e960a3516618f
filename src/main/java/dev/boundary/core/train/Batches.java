package dev.boundary.core.train;

import dev.boundary.core.math.Matrix;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.LogisticPass;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;

/**
 * An epoch's mini-batches: the training points' indexes in the order the batches take them (data
 * order until shuffled), and the buffers one batch is copied into, reused from batch to batch.
 */
final class Batches {
    private int[] order = new int[0];
    private Workspace workspace;
    private double[] labels;

    /** Takes the points that {@code test [m]} does not flag, {@code trainingCount} of them, in data order. */
    void useTrainingPoints(boolean[] test, int trainingCount) {
        order = new int[trainingCount];
        for (int i = 0, next = 0; i < test.length; i++) {
            if (!test[i]) {
                order[next++] = i;
            }
        }
    }

    /** The number of training points. */
    int count() {
        return order.length;
    }

    /** Buffers for batches of {@code size} rows, kept when they have that size already. */
    void allocate(Network network, int size) {
        if (workspace == null || workspace.capacity() != size) {
            workspace = network.newWorkspace(size);
            labels = new double[size];
        }
    }

    /** A new order for the next epoch, drawn from {@code random}. */
    void shuffle(SeededRandom random) {
        random.shuffle(order);
    }

    /**
     * Copies the features {@code [rows × inputs]} and labels {@code [rows]} of the {@code rows} points
     * from {@code start} in the order into the batch buffers, out of all the points' {@code features}
     * and {@code allLabels}; returns the batch's workspace.
     */
    Workspace gather(Matrix features, double[] allLabels, int start, int rows) {
        Matrix input = workspace.input();
        input.setRows(rows);
        int d = features.columns();
        double[] source = features.data();
        double[] target = input.data();
        for (int r = 0; r < rows; r++) {
            int index = order[start + r];
            System.arraycopy(source, index * d, target, r * d, d);
            labels[r] = allLabels[index];
        }
        return workspace;
    }

    /**
     * Logistic regression's gradients over the batch of {@code rows} points from {@code start} in the
     * order, set in the network as a forward and backward pass over the gathered batch would (see
     * {@link LogisticPass#batchGradients}); nothing is copied.
     */
    void gradients(Network network, Matrix features, double[] allLabels, int start, int rows, double l1,
            double l2) {
        LogisticPass.batchGradients(network, features, allLabels, order, start, rows, l1, l2);
    }

    /** The labels of the batch last gathered; its first {@code rows} count. */
    double[] labels() {
        return labels;
    }
}
