package dev.boundary.core.train;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.Matrix;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;

/**
 * Trains a network on a data set, one epoch at a time, and keeps the cost and accuracy history.
 *
 * <p>An epoch visits every example once: the full batch in the data's order, or mini-batches (size
 * 1 = stochastic) over an order reshuffled at the start of each epoch by the seeded generator; the
 * last, smaller batch is used, not dropped. After each epoch the cost and accuracy over the whole
 * training set are recorded. When the cost or a weight stops being finite, training stops with a
 * reason and the weights go back to the last finite ones, so nothing downstream draws NaN.
 *
 * <p>With a test fraction above 0 (see {@link TrainingSettings#testFraction()}) the points that
 * {@link TestSplit} holds out are never trained on; the cost and accuracy are then those of the
 * training points, and the test points' own cost (without the L2 term) and accuracy are recorded
 * beside them. Indexes into {@link #probabilities()} and {@link #labels()} stay those of the data.
 */
public final class Trainer {
    private final Network network;
    private final SeededRandom random;
    private final Optimizer optimizer;
    private final History history = new History();
    private final Evaluation evaluation = new Evaluation();
    private final Batches batches = new Batches();
    /** The evaluation after an epoch on many points, under way over several calls (see {@link #trainUpdates}). */
    private final SpreadPass spread = new SpreadPass();
    private final double[] lastGoodParameters;

    private final PointData points = new PointData();
    private TrainingSettings settings;
    private double threshold = 0.5;
    private int epoch;
    /** The epoch history entry 0 belongs to: 0, or where a restored session went on from. */
    private int firstEpoch;
    /** Index in the batches' order where the next batch of the epoch under way starts; 0 between epochs. */
    private int position;
    private String divergence;

    /** A trainer starting from the network's current weights; records entry 0 of the history. */
    public Trainer(Network network, DataSet data, TrainingSettings settings, SeededRandom random) {
        this.network = network;
        this.random = random;
        this.optimizer = new Optimizer(network);
        this.lastGoodParameters = new double[network.parameterCount()];
        this.settings = settings;
        useData(data);
        restart();
    }

    /** Starts again from the network's current weights: epoch 0, empty history, fresh optimiser state. */
    public void restart() {
        spread.cancel();
        epoch = 0;
        firstEpoch = 0;
        position = 0;
        divergence = null;
        optimizer.reset();
        history.clear();
        evaluate();
        history.add(cost(), accuracy(), testCost(), testAccuracy());
        checkDivergence();
    }

    /**
     * {@link #restart()}, but counting on from {@code epochsDone} epochs already trained, for a saved
     * session's weights: {@link #epoch()} starts at {@code epochsDone} and history entry 0 is the cost
     * there ({@link #firstEpoch()}). The optimiser's memory and the shuffle order start afresh.
     */
    public void restartAt(int epochsDone) {
        if (epochsDone < 0) {
            throw new IllegalArgumentException("epochs done must be 0 or more, was " + epochsDone);
        }
        network.copyParameters(lastGoodParameters); // a stop right away keeps these weights
        restart();
        epoch = epochsDone;
        firstEpoch = epochsDone;
        if (divergence != null) {
            divergence = null;
            checkDivergence(); // says the right epoch
        }
    }

    /** The epoch of history entry 0: 0 after {@link #restart()}, else the {@link #restartAt} epoch. */
    public int firstEpoch() {
        return firstEpoch;
    }

    /**
     * Call after changing the network's weights by hand (a learner editing a link): recomputes the
     * cost, accuracy and probabilities, keeping epoch and history.
     */
    public void weightsChanged() {
        finishEpoch();
        reevaluate();
    }

    /**
     * Puts back a history saved earlier (an undo step, a saved session) whose last entry belongs to
     * the current epoch and weights; entry 0 is epoch {@code first}.
     */
    public void restoreHistory(History saved, int first) {
        finishEpoch();
        if (saved.size() == 0 || first < 0 || first + saved.size() - 1 != epoch) {
            throw new IllegalArgumentException("a history of " + saved.size() + " entries from epoch " + first
                    + " does not end at epoch " + epoch);
        }
        history.copyFrom(saved);
        firstEpoch = first;
        history.replaceLast(cost(), accuracy(), testCost(), testAccuracy());
    }

    /** Trains on {@code newData} from now on, keeping the weights, epoch and history. */
    public void setData(DataSet newData) {
        finishEpoch();
        useData(newData);
        reevaluate();
    }

    /**
     * {@link #setData} for {@code newData}, the data with one point added at the end: the same weights,
     * epoch, order of the batches and training from here on, bit for bit. Only the new point's input
     * features are computed, and the cost, accuracy and p̂ are those of the weights of the last evaluation
     * (the end of the last epoch, or the last change of weights or settings) over all the new points,
     * exactly as a whole pass gives them; for a network only the new point is passed forward. Between
     * epochs those are the current weights, so the figures are {@link #setData}'s too.
     */
    public void pointAdded(DataSet newData) {
        finishEpoch();
        points.add(newData, network.spec().features(), settings.testFraction());
        pointsChanged();
        evaluation.pointAdded(network, points.features(), points.labels(), points.test(), points.testCount(),
                settings, threshold);
        history.replaceLast(cost(), accuracy(), testCost(), testAccuracy());
    }

    /**
     * {@link #setData} for {@code newData}, the data without its point {@code index}: as
     * {@link #pointAdded}, the same training bit for bit, and the figures those of the last evaluation's
     * weights over the remaining points, for a network without a forward pass.
     */
    public void pointRemoved(DataSet newData, int index) {
        finishEpoch();
        points.remove(newData, index);
        pointsChanged();
        evaluation.pointRemoved(network, points.features(), points.labels(), points.test(), points.testCount(),
                settings, threshold, index);
        history.replaceLast(cost(), accuracy(), testCost(), testAccuracy());
    }

    /** After the points changed: the batches take the training points in data order, from a new epoch. */
    private void pointsChanged() {
        batches.useTrainingPoints(points.test(), points.trainingCount());
        evaluation.reserve(network, points.data().size());
        position = 0; // new data: the next update starts a new epoch
        allocateBatch();
    }

    private void useData(DataSet newData) {
        if (newData.featureCount() != network.spec().dimension()) {
            throw new IllegalArgumentException("the data have " + newData.featureCount()
                    + " coordinates but the model takes " + network.spec().dimension());
        }
        points.use(newData, network.spec().features(), settings.testFraction());
        pointsChanged();
    }

    private void allocateBatch() {
        batches.allocate(network, settings.effectiveBatchSize(batches.count()));
    }

    /** New settings take effect with the next update; weights and history are kept. */
    public void setSettings(TrainingSettings newSettings) {
        finishEpoch();
        boolean newSplit = newSettings.testFraction() != settings.testFraction();
        int m = batches.count();
        if (newSettings.effectiveBatchSize(m) != settings.effectiveBatchSize(m)) {
            position = 0; // other batches: the next update starts a new epoch
        }
        this.settings = newSettings;
        if (newSplit) {
            useData(points.data()); // other training points: the next update starts a new epoch
        } else {
            allocateBatch();
        }
        reevaluate();
    }

    /** Sets the threshold of the recorded accuracy (predicted positive when p̂ ≥ t). */
    public void setThreshold(double newThreshold) {
        finishEpoch();
        this.threshold = newThreshold;
        reevaluate();
    }

    /**
     * Trains to the end of the current epoch (a whole epoch when none is under way) and records its
     * cost and accuracy. Returns false, and changes nothing, when training has diverged or there are no
     * data.
     */
    public boolean trainEpoch() {
        if (divergence != null || batches.count() == 0) {
            return false;
        }
        advance(Integer.MAX_VALUE, true);
        return divergence == null;
    }

    /**
     * Applies up to {@code maxUpdates} updates (batches), going on with the epoch under way, so a
     * caller with a time budget can stop between batches of a long epoch. At the end of each epoch its
     * cost and accuracy are recorded and divergence is checked; training stops early when it diverges.
     * Returns the number of epochs completed.
     *
     * <p>On {@value SpreadPass#SPREAD_FROM} points or more, a network trained on mini-batches evaluates
     * the epoch a step of {@value SpreadPass#ROWS_PER_STEP} points at a time, each step taking the place
     * of one update (about as much work), so that a frame with a time budget stays short. The epoch
     * counts as completed, and its figures are recorded, when the last step is made; until then the
     * figures are the previous epoch's and nothing trains. Any change, {@link #trainEpoch()} included,
     * first ends that epoch, so the weights, figures and history are those of an evaluation made at once.
     */
    public int trainUpdates(int maxUpdates) {
        return advance(maxUpdates, false);
    }

    private int advance(int maxUpdates, boolean stopAtEpochEnd) {
        if (divergence != null || batches.count() == 0) {
            return 0;
        }
        int m = batches.count();
        int batchSize = settings.effectiveBatchSize(m);
        // Logistic regression: one loop per pass instead of the layers' passes (the same bits).
        boolean fused = evaluation.fuses(network, settings.loss());
        Matrix features = points.features();
        double[] labels = points.labels();
        boolean[] test = points.test();
        int testCount = points.testCount();
        int completed = 0;
        for (int update = 0; update < maxUpdates; update++) {
            if (spread.underWay()) {
                // The last epoch's evaluation, a step at a time; the weights wait for it.
                if (evaluation.spreadStep(spread, network, features, labels, test, testCount, settings, threshold)) {
                    completed++;
                    if (!endEpoch() || stopAtEpochEnd) {
                        break;
                    }
                }
                continue;
            }
            if (position == 0) {
                if (network.isFinite()) { // weights broken mid-epoch (then a new batch size) are no fallback
                    network.copyParameters(lastGoodParameters);
                }
                if (batchSize < m) {
                    batches.shuffle(random);
                }
            }
            int rows = Math.min(batchSize, m - position);
            if (fused && batchSize == m && testCount == 0) {
                // The full batch's gradient was summed in the evaluation's loop when it had these weights.
                evaluation.fullBatchGradients(network, features, labels, settings.l1(), settings.l2());
            } else if (fused) {
                batches.gradients(network, features, labels, position, rows, settings.l1(), settings.l2());
            } else {
                Workspace workspace;
                double[] y;
                if (batchSize == m && testCount == 0) {
                    // The full batch is the evaluation pass: reused when it was made with these weights.
                    workspace = evaluation.fullBatch(network, features);
                    y = labels;
                } else {
                    workspace = batches.gather(features, labels, position, rows);
                    y = batches.labels();
                    network.forward(workspace);
                }
                network.backward(workspace, y, settings.loss(), settings.l1(), settings.l2());
            }
            optimizer.update(network, settings.optimizer(), settings.learningRate(),
                    settings.regularization() == Regularization.L1);
            evaluation.weightsChanged();
            position += rows;
            if (position >= m) {
                position = 0;
                if (evaluation.spreads(network, settings, features.rows(), m)) {
                    spread.start(); // the epoch ends when its evaluation has been made
                    continue;
                }
                evaluate();
                completed++;
                if (!endEpoch() || stopAtEpochEnd) {
                    break;
                }
            }
        }
        return completed;
    }

    /** An epoch's end, after its evaluation: counts it, records its figures; false when training diverged. */
    private boolean endEpoch() {
        epoch++;
        history.add(cost(), accuracy(), testCost(), testAccuracy());
        return checkDivergence();
    }

    /**
     * Ends the epoch whose evaluation is under way, if there is one (see {@link #trainUpdates}), so that a
     * change comes after it as it would have without spreading the evaluation.
     */
    private void finishEpoch() {
        if (spread.underWay()) {
            advance(Integer.MAX_VALUE, true);
        }
    }

    /**
     * Trains logistic regression through the layers' separate passes, as any network, instead of its
     * fused loop: the reference the fused loop is compared with, bit for bit.
     */
    void useLayeredPasses() {
        finishEpoch();
        evaluation.useLayeredPasses();
        reevaluate();
    }

    /**
     * Spreads the evaluation after an epoch (see {@link #trainUpdates}) from {@code points} points on,
     * instead of {@value SpreadPass#SPREAD_FROM}: to compare the spread evaluation with one made at once.
     */
    void spreadEvaluationsFrom(int points) {
        evaluation.spreadFrom(points);
    }

    /** Whether the evaluation of an epoch is under way, spread over calls of {@link #trainUpdates}. */
    boolean evaluationUnderWay() {
        return spread.underWay();
    }

    /** Cost and accuracy of the training and test points with the current weights (see {@link Evaluation}). */
    private void evaluate() {
        evaluation.evaluate(network, points.features(), points.labels(), points.test(), points.testCount(), settings,
                threshold);
    }

    /**
     * {@link #evaluate()} after a change that is not an epoch (points, settings, threshold, weights
     * edited): the history's last entry becomes these figures, so the chart ends where the read-outs are.
     */
    private void reevaluate() {
        evaluate();
        history.replaceLast(cost(), accuracy(), testCost(), testAccuracy());
    }

    private boolean checkDivergence() {
        boolean weightsFinite = network.isFinite();
        if (Divergence.isFinite(weightsFinite, cost()) || batches.count() == 0) {
            return true;
        }
        divergence = Divergence.reason(weightsFinite, cost(), settings.loss(), epoch);
        if (Divergence.restoresWeights(weightsFinite, settings.loss(), epoch)) {
            network.setParameters(lastGoodParameters);
            evaluate();
        }
        return false;
    }

    public Network network() {
        return network;
    }

    public DataSet data() {
        return points.data();
    }

    public TrainingSettings settings() {
        return settings;
    }

    public double threshold() {
        return threshold;
    }

    /**
     * Updates (batches) in one epoch of the current training points and batch size: ⌈m / batch⌉, at
     * least 1.
     */
    public int updatesPerEpoch() {
        int m = Math.max(1, batches.count());
        int batch = settings.effectiveBatchSize(m);
        return (m + batch - 1) / batch;
    }

    /** Parameter updates since the last restart (batches, over all epochs). */
    public long updates() {
        return optimizer.updates();
    }

    /** Epochs trained since the last restart. */
    public int epoch() {
        return epoch;
    }

    /** Cost over the training points with the current weights (includes the L2 term); NaN without any. */
    public double cost() {
        return evaluation.cost();
    }

    /** Fraction of training points classified right at the threshold. */
    public double accuracy() {
        return evaluation.accuracy();
    }

    /** Mean loss over the test points with the current weights (no L2 term); NaN without test points. */
    public double testCost() {
        return evaluation.testCost();
    }

    /** Fraction of test points classified right at the threshold; NaN without test points. */
    public double testAccuracy() {
        return evaluation.testAccuracy();
    }

    /**
     * Which points are test points, in data order, or null when none are (backing array, read only; a
     * new array whenever the data or the split change).
     */
    public boolean[] testFlags() {
        return points.testCount() == 0 ? null : points.test();
    }

    /** The number of test points. */
    public int testCount() {
        return points.testCount();
    }

    /** The number of training points. */
    public int trainingCount() {
        return batches.count();
    }

    public History history() {
        return history;
    }

    /** Why training stopped, or null while it can go on. */
    public String divergence() {
        return divergence;
    }

    public boolean hasDiverged() {
        return divergence != null;
    }

    /** p̂ of every point, training and test, with the current weights {@code [m]} (backing array, read only). */
    public double[] probabilities() {
        return evaluation.probabilities();
    }

    /** The labels {@code [m]} in data order (backing array, read only). */
    public double[] labels() {
        return points.labels();
    }
}
