package dev.boundary.core.session;

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
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.Trainer;
import dev.boundary.core.train.TrainingSettings;

/**
 * A live session of the playground: a {@link Scenario} (points, model, settings, seed, threshold), the
 * network trained from it, and undo/redo of what changes the scenario.
 *
 * <p>Rules a learner can rely on: changing the model (or the seed) starts from new initial weights;
 * changing the points or a hyper-parameter keeps the weights and goes on training; moving the threshold
 * recounts the metrics and never retrains.
 */
public final class Session {
    private final UndoStack<Scenario> undo = new UndoStack<>(100);
    private final ConfusionMatrix confusion = new ConfusionMatrix();
    private Scenario scenario;
    private Network network;
    private Trainer trainer;
    private Workspace probe;

    public Session(Scenario scenario) {
        start(scenario);
    }

    private void start(Scenario next) {
        this.scenario = next;
        SeededRandom random = new SeededRandom(next.seed());
        network = next.buildNetwork(random);
        trainer = new Trainer(network, next.data(), next.training(), random);
        trainer.setThreshold(next.threshold());
        probe = network.newWorkspace(1);
        recount();
    }

    /** Replaces everything with {@code next} (a preset, a file, a link); undoable. */
    public void load(Scenario next) {
        undo.push(scenario);
        start(next);
    }

    /** The scenario as it is now (its initial weights, not the trained ones). */
    public Scenario scenario() {
        return scenario;
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
     * returns whether one was removed. Undoable.
     */
    public boolean removeNearest(double x1, double x2, double maxDistance) {
        DataSet data = scenario.data();
        int index = data.nearest(x1, x2);
        if (index < 0) {
            return false;
        }
        double d1 = data.feature(index, 0) - x1;
        double d2 = data.featureCount() == 2 ? data.feature(index, 1) - x2 : 0.0;
        if (d1 * d1 + d2 * d2 > maxDistance * maxDistance) {
            return false;
        }
        changeData(data.withoutPoint(index));
        return true;
    }

    /** Removes every point. Undoable. */
    public void clearPoints() {
        changeData(DataSet.empty(scenario.data().featureCount()));
    }

    /** Replaces the points, keeping the model and weights (an import). Undoable. */
    public void replaceData(DataSet data) {
        if (data.featureCount() != scenario.data().featureCount()) {
            undo.push(scenario);
            start(scenario.withDataAndModel(data, withInputs(scenario.model(), data.featureCount())));
            return;
        }
        changeData(data);
    }

    private static ModelSpec withInputs(ModelSpec spec, int inputs) {
        return new ModelSpec(inputs, spec.hiddenLayerSizes(), spec.hiddenActivation(), spec.hasBias());
    }

    private void changeData(DataSet data) {
        undo.push(scenario);
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
        return restore(undo.undo(scenario));
    }

    /** Goes forward one undone change; returns false when there is none. */
    public boolean redo() {
        return restore(undo.redo(scenario));
    }

    private boolean restore(Scenario previous) {
        if (previous == null) {
            return false;
        }
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

    private void recount() {
        confusion.count(trainer.probabilities(), trainer.labels(), scenario.data().size(), scenario.threshold());
    }

    /** The confusion matrix of the training points at the current threshold. */
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
}
