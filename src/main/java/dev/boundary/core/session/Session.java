package dev.boundary.core.session;

import dev.boundary.core.data.DataOrigin;
import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.math.Validate;
import dev.boundary.core.metrics.ConfusionMatrix;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.TrainedState;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.Trainer;
import dev.boundary.core.train.Regularization;
import dev.boundary.core.train.TrainingSettings;

/**
 * A live session of the playground: a {@link Scenario} (points, model, settings, seed, threshold), the
 * network trained from it, and undo/redo of what changes the scenario.
 *
 * <p>Rules a learner can rely on: changing the model (or the seed) starts from new initial weights;
 * changing the points or a hyper-parameter keeps the weights and goes on training; moving the threshold
 * recounts the metrics and never retrains. Loading a scenario that has a trained state (a shared link,
 * a saved file) restores those weights and that epoch; undoing a load brings back the weights and
 * epoch the session had before it, so an import never loses training.
 */
public final class Session {
    private final UndoHistory undo = new UndoHistory();
    private Scenario scenario;
    private Network network;
    private Trainer trainer;
    private PointProbe probe;
    private long changes;
    private final TrainingPoints trainingPoints = new TrainingPoints();

    public Session(Scenario scenario) {
        start(scenario);
    }

    /**
     * Builds the network and trainer of {@code next}: from its initial weights at epoch 0, or, when it
     * has a trained state, from those parameters at that epoch (the optimiser's memory and the shuffle
     * order start afresh, see {@link Trainer#restartAt}).
     */
    private void start(Scenario next) {
        SeededRandom random = new SeededRandom(next.seed());
        network = next.buildNetwork(random);
        trainer = new Trainer(network, next.data(), next.training(), random);
        trainer.setThreshold(next.threshold());
        if (next.hasTrainedState()) {
            network.setParameters(next.trained().parameters());
            trainer.restartAt(next.trained().epoch());
        }
        this.scenario = next.hasTrainedState() ? next.withoutTrained() : next;
        probe = new PointProbe(network);
        recount();
    }

    /**
     * Replaces everything with {@code next} (a preset, a file, a link), restoring its trained state when
     * it has one. Undoable: undo brings back the previous scenario with its weights and epoch.
     */
    public void load(Scenario next) {
        undo.pushLoad(snapshot());
        start(next);
    }

    /** Forgets every undo and redo step (after the page restored a link or an autosave at start-up). */
    public void forgetUndo() {
        undo.forget();
    }

    /** The scenario as it is now (its initial weights, not the trained ones; no trained state). */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * The scenario with where training has got to: the current weights and epoch as its trained state,
     * so that loading it (a link, a file, an autosave) restores this very moment. Without a trained
     * state when nothing was trained or edited yet (epoch 0 at the initial weights), or when the
     * weights are not finite.
     */
    public Scenario snapshot() {
        if (!network.isFinite() || (trainer.epoch() == 0 && WeightEdits.atInitialWeights(scenario, network))) {
            return scenario;
        }
        return scenario.withTrained(TrainedState.capture(trainer.epoch(), network));
    }

    public Network network() {
        return network;
    }

    public Trainer trainer() {
        return trainer;
    }

    public DataSet data() {
        return scenario.data();
    }

    /** Adds a point of class {@code label} (0 or 1); training goes on from the current weights. Undoable. */
    public void addPoint(double x1, double x2, double label) {
        changeData(PointEdits.withPoint(scenario.data(), x1, x2, label));
    }

    /**
     * Removes the point nearest to (x1, x2) if it lies within {@code maxDistance} (world units);
     * returns the index the removed point had (the points after it move down one), or −1 when none was
     * near enough. Undoable.
     */
    public int removeNearest(double x1, double x2, double maxDistance) {
        int index = PointEdits.nearestWithin(scenario.data(), x1, x2, maxDistance);
        if (index >= 0) {
            changeData(scenario.data().withoutPoint(index));
        }
        return index;
    }

    /** Removes every point. Undoable. */
    public void clearPoints() {
        changeData(DataSet.empty(scenario.data().featureCount()));
    }

    /** Replaces the points, keeping the model and weights (an import). Undoable. */
    public void replaceData(DataSet data) {
        if (data.featureCount() != scenario.data().featureCount()) {
            undo.pushLoad(snapshot());
            start(scenario.withDataAndModel(data, withInputs(scenario.model(), data.featureCount())));
            return;
        }
        changeData(data);
    }

    /**
     * Draws the generated points again at another size or noise ({@code origin}, of the same preset
     * and seed as the data's own), keeping the points added after them, the model and the weights.
     * Undoable.
     *
     * @throws IllegalStateException when the points were not generated
     */
    public void redraw(DataOrigin origin) {
        changeData(PointEdits.redrawn(scenario.data(), origin));
    }

    /**
     * A new sample of the generated points: the same data set, size and noise drawn with the next data
     * seed, keeping the points added after them, the model and the weights. Undoable. Returns the new seed.
     *
     * @throws IllegalStateException when the points were not generated
     */
    public long regenerate() {
        DataOrigin origin = scenario.data().origin();
        if (origin == null) {
            throw new IllegalStateException("these points were not drawn from a data set, so there is no new sample");
        }
        DataOrigin next = origin.withSeed(origin.seed() + 1);
        changeData(PointEdits.redrawn(scenario.data(), next));
        return next.seed();
    }

    private static ModelSpec withInputs(ModelSpec spec, int inputs) {
        return spec.forDimension(inputs);
    }

    private void changeData(DataSet data) {
        undo.pushEdit(scenario);
        scenario = scenario.withData(data);
        trainer.setData(data);
        recount();
    }

    public boolean canUndo() {
        return undo.canUndo();
    }

    public boolean canRedo() {
        return undo.canRedo();
    }

    /** Goes back one undoable change; returns false when there is none. */
    public boolean undo() {
        return goTo(undo.undo(snapshot()));
    }

    /** Goes forward one undone change; returns false when there is none. */
    public boolean redo() {
        return goTo(undo.redo(snapshot()));
    }

    /** Goes to {@code step}: on the live network when it keeps it, else from the step's own weights. */
    private boolean goTo(UndoHistory.Step step) {
        if (step == null) {
            return false;
        }
        Scenario next = step.scenario();
        if (step.keepsNetworkOf(scenario)) {
            scenario = next;
            trainer.setData(next.data());
            trainer.setSettings(next.training());
            trainer.setThreshold(next.threshold());
            recount();
        } else {
            start(next);
        }
        return true;
    }

    /** Takes effect with the next update. */
    public void setLearningRate(double learningRate) {
        changeSettings(scenario.training().withLearningRate(learningRate));
    }

    public void setLoss(Loss loss) {
        changeSettings(scenario.training().withLoss(loss));
    }

    public void setOptimizer(OptimizerKind optimizer) {
        changeSettings(scenario.training().withOptimizer(optimizer));
    }

    /** 0 = full batch, 1 = stochastic, k = mini-batches of k. */
    public void setBatchSize(int batchSize) {
        changeSettings(scenario.training().withBatchSize(batchSize));
    }

    public void setL2(double l2) {
        changeSettings(scenario.training().withL2(l2));
    }

    /** None, L1 or L2 with strength λ (0 to {@link TrainingSettings#MAX_LAMBDA}); training goes on. */
    public void setRegularization(Regularization kind, double lambda) {
        changeSettings(scenario.training().withRegularization(kind, lambda));
    }

    /**
     * Holds out this fraction of the points as a test set (0 for none, at most
     * {@link TrainingSettings#MAX_TEST_FRACTION}); training goes on from the current weights.
     */
    public void setTestFraction(double fraction) {
        changeSettings(scenario.training().withTestFraction(fraction));
    }

    private void changeSettings(TrainingSettings settings) {
        scenario = scenario.withTraining(settings);
        trainer.setSettings(settings);
        recount();
    }

    /** Moves the threshold: recounts the metrics, never retrains. */
    public void setThreshold(double threshold) {
        Validate.inRange(threshold, 0.0, 1.0, "threshold");
        scenario = scenario.withThreshold(threshold);
        trainer.setThreshold(threshold);
        recount();
    }

    /** A new model shape: new seeded initial weights, training starts over. */
    public void setModel(ModelSpec model) {
        if (model.sameAs(scenario.model())) {
            return;
        }
        start(scenario.withModel(model).withSeededWeights());
    }

    /** A new seed: new initial weights (unless they are explicit) and a new shuffle order. */
    public void setSeed(long seed) {
        start(scenario.withSeed(seed).withSeededWeights());
    }

    /**
     * Starts training again, at epoch 0, from the given parameters (flat order: layer by layer,
     * weights row-major, then biases), which become the scenario's initial weights. Undoable.
     */
    public void startFrom(double[] parameters) {
        load(scenario.withInitialWeights(WeightEdits.layers(scenario.model(), parameters)).withoutTrained());
    }

    /**
     * Changes one parameter (flat index, see {@link Network#copyParameters}) of the current network, as
     * when a learner edits a link; training goes on from there. Not undoable.
     */
    public void setParameter(int index, double value) {
        WeightEdits.setParameter(network, index, value);
        trainer.weightsChanged();
        recount();
    }

    /** Back to the scenario's initial weights, epoch 0. */
    public void resetWeights() {
        start(scenario);
    }

    /** Trains one epoch; false when training has stopped (diverged, or no points). */
    public boolean trainEpoch() {
        boolean trained = trainer.trainEpoch();
        recount();
        return trained;
    }

    /**
     * Up to {@code maxUpdates} updates, going on with the epoch under way (for a time-budgeted frame);
     * returns the epochs completed.
     */
    public int trainUpdates(int maxUpdates) {
        int completed = trainer.trainUpdates(maxUpdates);
        if (completed > 0 || trainer.hasDiverged()) {
            recount();
        }
        return completed;
    }

    /**
     * Grows with every change of the points, settings, threshold, weights or epoch (each recount); an
     * unchanged count means nothing needs saving again.
     */
    public long changeCount() {
        return changes;
    }

    private void recount() {
        changes++;
        trainingPoints.gather(trainer, scenario.threshold());
    }

    /**
     * p̂ of the training points, the test points left out, in data order; its first
     * {@link Trainer#trainingCount()} entries count (backing array, read only, valid until the next change).
     */
    public double[] trainingProbabilities() {
        return trainingPoints.probabilities(trainer);
    }

    /** The labels matching {@link #trainingProbabilities()}. */
    public double[] trainingLabels() {
        return trainingPoints.labels(trainer);
    }

    /**
     * The points training uses: all of them, or without the test points when some are held out (the
     * data the cost, the batch gradient and the loss surface are about).
     */
    public DataSet trainingData() {
        return trainingPoints.data(trainer);
    }

    /** The confusion matrix of the training points (not the test points) at the current threshold. */
    public ConfusionMatrix confusion() {
        return trainingPoints.confusion();
    }

    public double threshold() {
        return scenario.threshold();
    }

    /**
     * The forward pass at one point for read-outs: fills {@code out} with z, p̂ and, when
     * {@code label} is 0 or 1, that label's loss (else NaN).
     */
    public void inspect(double x1, double x2, double label, double[] out) {
        probe.inspect(x1, x2, label, scenario.training().loss(), out);
    }
}
