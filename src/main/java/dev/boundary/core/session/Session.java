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
import dev.boundary.core.train.History;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.Trainer;
import dev.boundary.core.train.Regularization;
import dev.boundary.core.train.TrainingSettings;
import dev.boundary.core.view.ParameterIndex;

/**
 * A live session of the playground: a {@link Scenario} (points, model, settings, seed, threshold), the
 * network trained from it with its cost history, and undo/redo of every edit. It is the page's only
 * state: every control and figure is drawn from it.
 *
 * <p>Rules a learner can rely on: changing the model (or the seed) starts from new initial weights;
 * changing the points or a hyper-parameter keeps the weights and goes on training; moving the threshold
 * recounts the metrics and never retrains. Loading a scenario that has a trained state (a shared link,
 * a saved file) restores those weights and that epoch. Every edit (points, data set, model, settings,
 * threshold, a weight, a restart, a reset) can be undone, and undo brings back exactly the moment
 * before it: weights, epoch and cost history included. Consecutive moves of one slider with nothing
 * else in between are one step.
 */
public final class Session {
    private final UndoHistory undo = new UndoHistory();
    private Scenario scenario;
    private Network network;
    private Trainer trainer;
    private PointProbe probe;
    private long changes;
    private final TrainingPoints trainingPoints = new TrainingPoints();
    /** The last edit's name and the change count after it, so that a slider's moves make one step. */
    private String lastEdit;
    private long changesAfterLastEdit = -1;

    public Session(Scenario scenario) {
        start(scenario);
        replayHistory(scenario);
    }

    /** After loading a saved moment: its cost history from epoch 0, when training it again reproduces it. */
    private void replayHistory(Scenario loaded) {
        if (!loaded.hasTrainedState()) {
            return;
        }
        History replayed = HistoryReplay.of(loaded);
        if (replayed != null && replayed.size() == trainer.epoch() + 1) {
            trainer.restoreHistory(replayed, 0);
            recount();
        }
    }

    /**
     * Builds the network and trainer of {@code next}: from its initial weights at epoch 0, or, when it
     * has a trained state, from those parameters at that epoch (the optimiser's memory and the shuffle
     * order start afresh, see {@link Trainer#restartAt}).
     */
    private void start(Scenario next) {
        // Built completely before anything is replaced, so a failure leaves the session as it was.
        SeededRandom random = new SeededRandom(next.seed());
        Network built = next.buildNetwork(random);
        Trainer training = new Trainer(built, next.data(), next.training(), random);
        training.setThreshold(next.threshold());
        if (next.hasTrainedState()) {
            built.setParameters(next.trained().parameters());
            training.restartAt(next.trained().epoch());
        }
        network = built;
        trainer = training;
        this.scenario = next.hasTrainedState() ? next.withoutTrained() : next;
        probe = new PointProbe(network);
        recount();
    }

    /**
     * Replaces everything with {@code next} (a preset, a file, a link), restoring its trained state when
     * it has one. Undoable: undo brings back the previous scenario with its weights and epoch.
     */
    public void load(Scenario next) {
        load(next, "load “" + next.title() + "”");
    }

    /** {@link #load(Scenario)}, named {@code label} in the undo history. */
    public void load(Scenario next, String label) {
        Moment before = moment();
        start(next); // throws before anything changed when next cannot be built
        undo.push(before, label);
        replayHistory(next);
        edited(label);
    }

    /** Records the moment before an edit named {@code label}, unless it only continues the last edit. */
    private void record(String label, boolean continuable) {
        if (continuable && label.equals(lastEdit) && changes == changesAfterLastEdit && undo.canUndo()) {
            return;
        }
        undo.push(moment(), label);
    }

    private void edited(String label) {
        lastEdit = label;
        changesAfterLastEdit = changes;
    }

    /** The session as it is now, to come back to exactly. */
    private Moment moment() {
        return new Moment(snapshot(), trainer.history().copy(), trainer.firstEpoch());
    }

    private void restore(Moment moment) {
        start(moment.state());
        if (trainer.epoch() == moment.firstEpoch() + moment.history().size() - 1) {
            trainer.restoreHistory(moment.history(), moment.firstEpoch());
        } // else the weights were not finite and the session starts again from its initial weights
        recount();
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

    /** Why a point cannot be added to a session holding {@link Scenario#MAX_POINTS} points. */
    public static final String FULL_MESSAGE = "The plot holds at most 100 000 points: remove some before adding more.";

    /**
     * Adds a point of class {@code label} (0 or 1); training goes on from the current weights. Undoable.
     * The cost, accuracy and p̂ then count the new point with the weights they were counted with (the
     * end of the last epoch, see {@link Trainer#pointAdded}), so a click costs no pass over every point.
     * Returns false, changing nothing, when the session already holds {@link Scenario#MAX_POINTS} points.
     */
    public boolean addPoint(double x1, double x2, double label) {
        if (scenario.data().size() >= Scenario.MAX_POINTS) {
            return false;
        }
        DataSet data = PointEdits.withPoint(scenario.data(), x1, x2, label);
        record("add point", false);
        scenario = scenario.withData(data);
        trainer.pointAdded(data);
        recount();
        edited("add point");
        return true;
    }

    /**
     * Removes the point nearest to (x1, x2) if it lies within {@code maxDistance} (world units);
     * returns the index the removed point had (the points after it move down one), or −1 when none was
     * near enough. Undoable.
     */
    public int removeNearest(double x1, double x2, double maxDistance) {
        int index = PointEdits.nearestWithin(scenario.data(), x1, x2, maxDistance);
        if (index >= 0) {
            DataSet data = scenario.data().withoutPoint(index);
            record("remove point", false);
            scenario = scenario.withData(data);
            trainer.pointRemoved(data, index);
            recount();
            edited("remove point");
        }
        return index;
    }

    /** Removes every point. Undoable. */
    public void clearPoints() {
        changeData(DataSet.empty(scenario.data().featureCount()), "clear points");
    }

    /**
     * Draws the generated points again at another size or noise ({@code origin}, of the same preset
     * and seed as the data's own), keeping the points added after them, the model and the weights.
     * Undoable.
     *
     * @throws IllegalStateException when the points were not generated
     */
    public void redraw(DataOrigin origin) {
        changeData(PointEdits.redrawn(scenario.data(), origin), "redraw points");
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
        changeData(PointEdits.redrawn(scenario.data(), next), "new sample");
        return next.seed();
    }

    private void changeData(DataSet data, String label) {
        record(label, false);
        scenario = scenario.withData(data);
        trainer.setData(data);
        recount();
        edited(label);
    }

    public boolean canUndo() {
        return undo.canUndo();
    }

    public boolean canRedo() {
        return undo.canRedo();
    }

    /** The name of the change {@link #undo()} would take back ("weight W1[1,1]"), or null. */
    public String undoLabel() {
        return undo.undoLabel();
    }

    /** The name of the change {@link #redo()} would make again, or null. */
    public String redoLabel() {
        return undo.redoLabel();
    }

    /** Goes back to the moment before the last change; returns false when there is none. */
    public boolean undo() {
        return goTo(undo.undo(moment()));
    }

    /** Goes forward to the moment after the last undone change; returns false when there is none. */
    public boolean redo() {
        return goTo(undo.redo(moment()));
    }

    private boolean goTo(Moment moment) {
        if (moment == null) {
            return false;
        }
        restore(moment);
        lastEdit = null;
        return true;
    }

    /** Takes effect with the next update. */
    public void setLearningRate(double learningRate) {
        changeSettings(scenario.training().withLearningRate(learningRate), "learning rate");
    }

    public void setLoss(Loss loss) {
        changeSettings(scenario.training().withLoss(loss), "loss");
    }

    public void setOptimizer(OptimizerKind optimizer) {
        changeSettings(scenario.training().withOptimizer(optimizer), "optimiser");
    }

    /** 0 = full batch, 1 = stochastic, k = mini-batches of k. */
    public void setBatchSize(int batchSize) {
        changeSettings(scenario.training().withBatchSize(batchSize), "batch size");
    }

    public void setL2(double l2) {
        changeSettings(scenario.training().withL2(l2), "L2");
    }

    /** None, L1 or L2 with strength λ (0 to {@link TrainingSettings#MAX_LAMBDA}); training goes on. */
    public void setRegularization(Regularization kind, double lambda) {
        changeSettings(scenario.training().withRegularization(kind, lambda), "regularisation");
    }

    /**
     * Holds out this fraction of the points as a test set (0 for none, at most
     * {@link TrainingSettings#MAX_TEST_FRACTION}); training goes on from the current weights.
     */
    public void setTestFraction(double fraction) {
        changeSettings(scenario.training().withTestFraction(fraction), "test set");
    }

    private void changeSettings(TrainingSettings settings, String label) {
        if (scenario.withTraining(settings).equals(scenario)) {
            return;
        }
        record(label, true);
        scenario = scenario.withTraining(settings);
        trainer.setSettings(settings);
        recount();
        edited(label);
    }

    /** Moves the threshold: recounts the metrics, never retrains. */
    public void setThreshold(double threshold) {
        Validate.inRange(threshold, 0.0, 1.0, "threshold");
        if (threshold == scenario.threshold()) {
            return;
        }
        record("threshold", true);
        scenario = scenario.withThreshold(threshold);
        trainer.setThreshold(threshold);
        recount();
        edited("threshold");
    }

    /** A new model shape: new seeded initial weights, training starts over. */
    public void setModel(ModelSpec model) {
        if (model.sameAs(scenario.model())) {
            return;
        }
        load(scenario.withModel(model).withSeededWeights().withoutTrained(), "model");
    }

    /** A new seed: new initial weights (unless they are explicit) and a new shuffle order. */
    public void setSeed(long seed) {
        load(scenario.withSeed(seed).withSeededWeights().withoutTrained(), "seed");
    }

    /**
     * Starts training again, at epoch 0, from the given parameters (flat order: layer by layer,
     * weights row-major, then biases), which become the scenario's initial weights. Undoable.
     */
    public void startFrom(double[] parameters) {
        load(scenario.withInitialWeights(WeightEdits.layers(scenario.model(), parameters)).withoutTrained(),
                "restart from the loss surface");
    }

    /**
     * Changes one parameter (flat index, see {@link Network#copyParameters}) of the current network, as
     * when a learner edits a link; training goes on from there. Undoable ("weight W1[1,1]").
     */
    public void setParameter(int index, double value) {
        String label = "weight " + ParameterIndex.name(scenario.model(), index);
        Validate.finite(value, "the new weight");
        record(label, true);
        WeightEdits.setParameter(network, index, value);
        trainer.weightsChanged();
        recount();
        edited(label);
    }

    /** Back to the scenario's initial weights, epoch 0. Undoable. */
    public void resetWeights() {
        load(scenario, "reset weights");
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
