package dev.boundary.core.session;

import dev.boundary.core.data.DataOrigin;
import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.math.Validate;
import dev.boundary.core.metrics.ConfusionMatrix;
import dev.boundary.core.nn.DenseLayer;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;
import dev.boundary.core.state.LayerWeights;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.TrainedState;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.Trainer;
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
    private static final int UNDO_LIMIT = 100;

    private UndoStack<Entry> undo = new UndoStack<>(UNDO_LIMIT);
    private final ConfusionMatrix confusion = new ConfusionMatrix();
    private Scenario scenario;
    private Network network;
    private Trainer trainer;
    private Workspace probe;
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
        probe = network.newWorkspace(1);
        recount();
    }

    /**
     * Replaces everything with {@code next} (a preset, a file, a link), restoring its trained state when
     * it has one. Undoable: undo brings back the previous scenario with its weights and epoch.
     */
    public void load(Scenario next) {
        undo.push(new Entry(snapshot(), true));
        start(next);
    }

    /** Forgets every undo and redo step (after the page restored a link or an autosave at start-up). */
    public void forgetUndo() {
        undo = new UndoStack<>(UNDO_LIMIT);
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
        if (!network.isFinite() || (trainer.epoch() == 0 && atInitialWeights())) {
            return scenario;
        }
        return scenario.withTrained(TrainedState.capture(trainer.epoch(), network));
    }

    private boolean atInitialWeights() {
        Network initial = scenario.buildNetwork(new SeededRandom(scenario.seed()));
        double[] start = new double[initial.parameterCount()];
        double[] now = new double[network.parameterCount()];
        initial.copyParameters(start);
        network.copyParameters(now);
        return java.util.Arrays.equals(start, now); // bit for bit: -0.0 and 0.0 differ
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
        double[] point = scenario.data().featureCount() == 1 ? new double[] {x1} : new double[] {x1, x2};
        changeData(scenario.data().withPoint(point, label));
    }

    /**
     * Removes the point nearest to (x1, x2) if it lies within {@code maxDistance} (world units);
     * returns the index the removed point had (the points after it move down one), or −1 when none was
     * near enough. Undoable.
     */
    public int removeNearest(double x1, double x2, double maxDistance) {
        DataSet data = scenario.data();
        int index = data.nearest(x1, x2);
        if (index < 0) {
            return -1;
        }
        double d1 = data.feature(index, 0) - x1;
        double d2 = data.featureCount() == 2 ? data.feature(index, 1) - x2 : 0.0;
        if (d1 * d1 + d2 * d2 > maxDistance * maxDistance) {
            return -1;
        }
        changeData(data.withoutPoint(index));
        return index;
    }

    /** Removes every point. Undoable. */
    public void clearPoints() {
        changeData(DataSet.empty(scenario.data().featureCount()));
    }

    /** Replaces the points, keeping the model and weights (an import). Undoable. */
    public void replaceData(DataSet data) {
        if (data.featureCount() != scenario.data().featureCount()) {
            undo.push(new Entry(snapshot(), true));
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
        DataSet data = scenario.data();
        if (data.origin() == null) {
            throw new IllegalStateException("these points were not drawn from a data set, so they cannot be drawn again");
        }
        DataSet next = origin.generate();
        for (int i = data.origin().size(); i < data.size(); i++) {
            double[] point = data.featureCount() == 1 ? new double[] {data.feature(i, 0)}
                    : new double[] {data.feature(i, 0), data.feature(i, 1)};
            next = next.withPoint(point, data.label(i));
        }
        changeData(next);
    }

    private static ModelSpec withInputs(ModelSpec spec, int inputs) {
        return new ModelSpec(inputs, spec.hiddenLayerSizes(), spec.hiddenActivation(), spec.hasBias());
    }

    private void changeData(DataSet data) {
        undo.push(new Entry(scenario, false));
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
        Entry current = new Entry(snapshot(), false);
        return restore(undo.undo(current), current);
    }

    /** Goes forward one undone change; returns false when there is none. */
    public boolean redo() {
        Entry current = new Entry(snapshot(), false);
        return restore(undo.redo(current), current);
    }

    /**
     * Goes to {@code target}; {@code current}, now on the other stack, gets the same kind as the step
     * it undoes or redoes (a load is undone and redone as a load).
     */
    private boolean restore(Entry target, Entry current) {
        if (target == null) {
            return false;
        }
        current.replacesWeights = target.replacesWeights;
        if (target.replacesWeights) {
            start(target.state);
            return true;
        }
        Scenario previous = target.state.hasTrainedState() ? target.state.withoutTrained() : target.state;
        boolean sameModel = previous.model().sameAs(scenario.model()) && previous.seed() == scenario.seed()
                && java.util.Arrays.equals(previous.initialWeights(), scenario.initialWeights());
        if (sameModel) {
            scenario = previous;
            trainer.setData(previous.data());
            trainer.setSettings(previous.training());
            trainer.setThreshold(previous.threshold());
            recount();
        } else {
            start(previous);
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
        Network probeNetwork = new Network(scenario.model());
        probeNetwork.setParameters(parameters);
        LayerWeights[] layers = new LayerWeights[probeNetwork.layerCount()];
        for (int l = 0; l < layers.length; l++) {
            DenseLayer layer = probeNetwork.layer(l);
            layers[l] = new LayerWeights(layer.units(), layer.inputs(), layer.weights().data().clone(),
                    layer.biases().clone());
        }
        load(scenario.withInitialWeights(layers).withoutTrained());
    }

    /**
     * Changes one parameter (flat index, see {@link Network#copyParameters}) of the current network, as
     * when a learner edits a link; training goes on from there. Not undoable.
     */
    public void setParameter(int index, double value) {
        double[] parameters = new double[network.parameterCount()];
        network.copyParameters(parameters);
        Validate.inRange(index, 0, parameters.length - 1, "parameter index");
        parameters[index] = Validate.finite(value, "the new weight");
        network.setParameters(parameters);
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
        trainingPoints.gather(trainer);
        confusion.count(trainingPoints.probabilities(trainer), trainingPoints.labels(trainer), trainer.trainingCount(),
                scenario.threshold());
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
        return confusion;
    }

    public double threshold() {
        return scenario.threshold();
    }

    /**
     * The forward pass at one point for read-outs: fills {@code out} with z, p̂ and, when
     * {@code label} is 0 or 1, that label's loss (else NaN).
     */
    public void inspect(double x1, double x2, double label, double[] out) {
        probe.input().setRows(1);
        probe.input().data()[0] = x1;
        if (network.spec().inputCount() == 2) {
            probe.input().data()[1] = x2;
        }
        network.forward(probe);
        double z = probe.logits()[0];
        double pHat = probe.probabilities()[0];
        out[0] = z;
        out[1] = pHat;
        out[2] = label == 0.0 || label == 1.0 ? scenario.training().loss().loss(z, pHat, label) : Double.NaN;
    }

    /**
     * One undo or redo step: the state to go to and whether going there brings back its weights and
     * epoch (a load, an import) or keeps the live network (a point added, a setting changed).
     */
    private static final class Entry {
        final Scenario state;
        boolean replacesWeights;

        Entry(Scenario state, boolean replacesWeights) {
            this.state = state;
            this.replacesWeights = replacesWeights;
        }
    }
}
