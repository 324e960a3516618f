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
    /** The fewest points whose evaluation after an epoch is spread (lower to compare the two ways). */
    private int spreadFrom = SpreadPass.SPREAD_FROM;
    /** False to take the layered passes for logistic regression too (to compare the two). */
    private boolean fused = true;
    /** Rows of the workspace's z, e^−|z| and p̂ that hold the last evaluation; −1 when another pass overwrote them. */
    private int passRows = -1;
    /** The parameters of the last evaluation (flat order), and room to compare the network's with them. */
    private double[] evaluatedAt;
    private double[] parameters;
    /** A network holding {@link #evaluatedAt} while the trainer's own has moved on; made when first needed. */
    private Network frozen;
    /** One row's forward pass, for a point added. */
    private Workspace single;
    private double cost = Double.NaN;
    private double accuracy = Double.NaN;
    private double testCost = Double.NaN;
    private double testAccuracy = Double.NaN;

    /** Makes room for {@code m} points, and half as many again so that adding points does not allocate. */
    void reserve(Network network, int m) {
        if (workspace == null || workspace.capacity() < m) {
            workspace = network.newWorkspace(Math.max(1, m + m / 2));
            passRows = -1;
        }
        if (evaluatedAt == null) {
            evaluatedAt = new double[network.parameterCount()];
            parameters = new double[network.parameterCount()];
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
            passRows = -1;
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
            passRows = -1;
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

    /** Spreads the evaluation after an epoch from {@code points} points on instead. */
    void spreadFrom(int points) {
        spreadFrom = points;
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
        network.copyParameters(evaluatedAt);
        evaluateWith(network, network, features, labels, test, testCount, settings, threshold);
    }

    /**
     * {@link #evaluate} with the weights of {@code at}: the trainer's own {@code network}, or a copy of
     * the weights of an earlier evaluation (then nothing is kept for the next update).
     */
    private void evaluateWith(Network at, Network network, Matrix features, double[] labels, boolean[] test,
            int testCount, TrainingSettings settings, double threshold) {
        int m = features.rows();
        int trainCount = m - testCount;
        current = false;
        gradientCurrent = false;
        Loss loss = settings.loss();
        boolean[] split = testCount == 0 ? null : test;
        if (fuses(at, loss)) {
            // The next update's gradient comes from this pass when it is the full batch of every point.
            boolean gradient = at == network && testCount == 0
                    && settings.effectiveBatchSize(trainCount) == trainCount;
            logistic.evaluate(at, features, labels, split, threshold, workspace, gradient);
            gradientCurrent = gradient;
            passRows = -1; // its pass keeps no e^−|z|
            int trainRight = logistic.trainingRight();
            int testRight = logistic.testRight();
            double testSum = split == null ? 0.0 : logistic.testLoss();
            record(at, logistic.trainingLoss(), trainRight, testSum, testRight, m, testCount, settings);
        } else {
            if (m > 0) {
                at.forward(load(features));
                current = at == network;
            }
            passRows = m;
            figures(at, labels, test, testCount, settings, threshold, m);
        }
    }

    /**
     * Whether the evaluation after an epoch of {@code network} over {@code m} points is spread over
     * several calls ({@link SpreadPass}): for a network (not the fused logistic loop) on mini-batches,
     * whose pass the next update does not reuse, and at least {@link SpreadPass#SPREAD_FROM} points.
     */
    boolean spreads(Network network, TrainingSettings settings, int m, int trainCount) {
        return m >= spreadFrom && !fuses(network, settings.loss())
                && settings.effectiveBatchSize(trainCount) < trainCount;
    }

    /**
     * The next step of a spread evaluation of {@code network}'s current weights (started with
     * {@code spread.start()}); when it reaches the last point, the figures are those {@link #evaluate}
     * gives, bit for bit, and true is returned.
     */
    boolean spreadStep(SpreadPass spread, Network network, Matrix features, double[] labels, boolean[] test,
            int testCount, TrainingSettings settings, double threshold) {
        if (!spread.step(network, features, workspace)) {
            return false;
        }
        current = false;
        gradientCurrent = false;
        network.copyParameters(evaluatedAt);
        passRows = features.rows();
        figures(network, labels, test, testCount, settings, threshold, features.rows());
        return true;
    }

    /**
     * After the point {@code [m − 1]} was added at the end of {@code features [m × inputs]}: the figures of
     * the last evaluation's weights over all the points, as {@link #evaluate} with those weights gives
     * them, bit for bit; for a network, by one forward pass of the new point alone. The weights stay those
     * of the last evaluation (those of {@code network} unless it trained since).
     */
    void pointAdded(Network network, Matrix features, double[] labels, boolean[] test, int testCount,
            TrainingSettings settings, double threshold) {
        int m = features.rows();
        Network at = evaluatedNetwork(network);
        if (at == null || fuses(at, settings.loss()) || passRows != m - 1) {
            evaluateAgain(at, network, features, labels, test, testCount, settings, threshold);
            return;
        }
        if (single == null) {
            single = network.newWorkspace(1);
        }
        int k = features.columns();
        single.input().setRows(1);
        System.arraycopy(features.data(), (m - 1) * k, single.input().data(), 0, k);
        at.forward(single);
        workspace.logits()[m - 1] = single.logits()[0];
        workspace.outputExp()[m - 1] = single.outputExp()[0];
        workspace.probabilities()[m - 1] = single.probabilities()[0];
        keptPass(at, labels, test, testCount, settings, threshold, m);
    }

    /**
     * After point {@code index} was taken out of the points ({@code features [m × inputs]} now without
     * it): the figures of the last evaluation's weights over the remaining points, as {@link #evaluate}
     * with those weights gives them, bit for bit; for a network without a forward pass.
     */
    void pointRemoved(Network network, Matrix features, double[] labels, boolean[] test, int testCount,
            TrainingSettings settings, double threshold, int index) {
        int m = features.rows();
        Network at = evaluatedNetwork(network);
        if (at == null || fuses(at, settings.loss()) || passRows != m + 1) {
            evaluateAgain(at, network, features, labels, test, testCount, settings, threshold);
            return;
        }
        System.arraycopy(workspace.logits(), index + 1, workspace.logits(), index, m - index);
        System.arraycopy(workspace.outputExp(), index + 1, workspace.outputExp(), index, m - index);
        System.arraycopy(workspace.probabilities(), index + 1, workspace.probabilities(), index, m - index);
        keptPass(at, labels, test, testCount, settings, threshold, m);
    }

    /** The held pass of {@code m} rows is the last evaluation's over the points as they now are. */
    private void keptPass(Network at, double[] labels, boolean[] test, int testCount, TrainingSettings settings,
            double threshold, int m) {
        passRows = m;
        current = false; // the hidden layers' rows are not those of the points any more
        gradientCurrent = false;
        figures(at, labels, test, testCount, settings, threshold, m);
    }

    /** A whole pass with the last evaluation's weights, or the network's own when those are not finite. */
    private void evaluateAgain(Network at, Network network, Matrix features, double[] labels, boolean[] test,
            int testCount, TrainingSettings settings, double threshold) {
        if (at == null) {
            evaluate(network, features, labels, test, testCount, settings, threshold);
        } else {
            evaluateWith(at, network, features, labels, test, testCount, settings, threshold);
        }
    }

    /**
     * The network holding the last evaluation's weights: {@code network} itself when it has them still,
     * else a copy; null when they are not finite.
     */
    private Network evaluatedNetwork(Network network) {
        network.copyParameters(parameters);
        if (java.util.Arrays.equals(parameters, evaluatedAt)) {
            return network;
        }
        for (double value : evaluatedAt) {
            if (value - value != 0.0) {
                return null;
            }
        }
        if (frozen == null) {
            frozen = new Network(network.spec());
        }
        frozen.setParameters(evaluatedAt);
        return frozen;
    }

    /** The figures from the held pass's z, e^−|z| and p̂ of the {@code m} points. */
    private void figures(Network at, double[] labels, boolean[] test, int testCount, TrainingSettings settings,
            double threshold, int m) {
        Loss loss = settings.loss();
        boolean[] split = testCount == 0 ? null : test;
        double[] p = workspace.probabilities();
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
        record(at, trainSum, trainRight, testSum, testRight, m, testCount, settings);
    }

    private void record(Network at, double trainSum, int trainRight, double testSum, int testRight, int m,
            int testCount, TrainingSettings settings) {
        int trainCount = m - testCount;
        cost = trainCount == 0 ? Double.NaN : trainSum / trainCount + at.l2Penalty(settings.l2(), trainCount)
                + at.l1Penalty(settings.l1(), trainCount);
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
