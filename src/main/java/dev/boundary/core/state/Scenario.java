package dev.boundary.core.state;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.math.Validate;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.train.Trainer;
import dev.boundary.core.train.TrainingSettings;

/**
 * Everything that defines a session, as one immutable value: title and description, the points, the
 * model, where its weights start (explicit per-layer weights, or drawn from the seed), the seed, the
 * training settings, how many epochs a replay trains, the decision threshold, and optionally where
 * training had got to. {@code with…} methods return changed copies; every copy is checked, so a
 * scenario is always consistent (the model takes as many inputs as the points have features, the
 * explicit weights fit the model, and so on).
 *
 * <p>The seed always matters: one {@link SeededRandom} made from it first draws the initial weights
 * (when they are not explicit) and then shuffles the mini-batches, so the same scenario trains to the
 * same numbers on every engine.
 */
public final class Scenario {
    /** Longest title, in characters. */
    public static final int MAX_TITLE_LENGTH = 200;
    /** Longest description, in characters. */
    public static final int MAX_DESCRIPTION_LENGTH = 4000;
    /** Most points a scenario holds. */
    public static final int MAX_POINTS = 100_000;
    /** Most epochs a scenario asks a replay to train. */
    public static final int MAX_EPOCHS = 10_000_000;

    private final String title;
    private final String description;
    private final DataSet data;
    private final ModelSpec model;
    private final LayerWeights[] initialWeights;
    private final long seed;
    private final TrainingSettings training;
    private final int epochs;
    private final double threshold;
    private final TrainedState trained;

    Scenario(String title, String description, DataSet data, ModelSpec model, LayerWeights[] initialWeights,
            long seed, TrainingSettings training, int epochs, double threshold, TrainedState trained) {
        Validate.isTrue(title != null && title.length() <= MAX_TITLE_LENGTH,
                "the title must be text of at most " + MAX_TITLE_LENGTH + " characters");
        Validate.isTrue(description != null && description.length() <= MAX_DESCRIPTION_LENGTH,
                "the description must be text of at most " + MAX_DESCRIPTION_LENGTH + " characters");
        Validate.isTrue(data != null && model != null && training != null, "data, model and training are needed");
        Validate.isTrue(data.size() <= MAX_POINTS, "a scenario holds at most " + MAX_POINTS + " points, got "
                + data.size());
        Validate.isTrue(data.featureCount() == model.dimension(), "the points have " + data.featureCount()
                + " coordinates but the model " + model.describe() + " takes " + model.dimension());
        ScenarioChecks.initialWeights(model, initialWeights);
        Validate.inRange(epochs, 0, MAX_EPOCHS, "epochs");
        Validate.isTrue(threshold > 0 && threshold < 1, "the threshold must be above 0 and below 1, was " + threshold);
        if (trained != null) {
            ScenarioChecks.trained(model, trained);
        }
        this.title = title;
        this.description = description;
        this.data = data;
        this.model = model;
        this.initialWeights = initialWeights.clone();
        this.seed = seed;
        this.training = training;
        this.epochs = epochs;
        this.threshold = threshold;
        this.trained = trained;
    }

    /**
     * A scenario with weights drawn from {@code seed}, title "Untitled", no description,
     * {@link ScenarioDefaults#EPOCHS} epochs, threshold 0.5 and no trained state.
     */
    public static Scenario of(DataSet data, ModelSpec model, long seed, TrainingSettings training) {
        return new Scenario(ScenarioDefaults.TITLE, "", data, model, new LayerWeights[0], seed, training,
                ScenarioDefaults.EPOCHS, ScenarioDefaults.THRESHOLD, null);
    }

    /**
     * A network of this scenario's model with its initial weights: the explicit ones, or else drawn
     * from {@code random} (Xavier/He, see {@link Network#initialize}).
     */
    public Network buildNetwork(SeededRandom random) {
        Network network = new Network(model);
        if (initialWeights.length == 0) {
            network.initialize(random);
        } else {
            for (int l = 0; l < initialWeights.length; l++) {
                network.setLayer(l, initialWeights[l].weights(), initialWeights[l].biases());
            }
        }
        return network;
    }

    /**
     * A trainer at epoch 0 from the initial weights, ignoring any trained state so that a replay is
     * exact: one {@code SeededRandom(seed)} draws the initial weights (unless explicit), then shuffles
     * the batches. Its accuracy, history entry 0 included, is at this scenario's threshold.
     */
    public Trainer newTrainer() {
        SeededRandom random = new SeededRandom(seed);
        return trainer(buildNetwork(random), random);
    }

    /**
     * A trainer whose network holds the trained parameters: the weights a shared link restores. Its
     * own count starts at 0 (add {@code trained().epoch()} to show the epoch); with mini-batches the
     * shuffle, and with momentum or Adam the optimiser's memory, start afresh, so training on from
     * here is not bit-identical to a run that never stopped (full-batch gradient descent is).
     *
     * @throws IllegalStateException when there is no trained state
     */
    public Trainer newTrainerFromTrainedState() {
        if (trained == null) {
            throw new IllegalStateException("the scenario has no trained state");
        }
        SeededRandom random = new SeededRandom(seed);
        Network network = buildNetwork(random); // draws as newTrainer does, then is overwritten
        network.setParameters(trained.parameters());
        return trainer(network, random);
    }

    private Trainer trainer(Network network, SeededRandom random) {
        Trainer trainer = new Trainer(network, data, training, random);
        trainer.setThreshold(threshold);
        trainer.restart(); // records history entry 0 again, now at this threshold
        return trainer;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public DataSet data() {
        return data;
    }

    public ModelSpec model() {
        return model;
    }

    /** True when the weights start from explicit values, false when they are drawn from the seed. */
    public boolean hasInitialWeights() {
        return initialWeights.length > 0;
    }

    /** A copy of the explicit initial weights, one per layer; empty when drawn from the seed. */
    public LayerWeights[] initialWeights() {
        return initialWeights.clone();
    }

    public long seed() {
        return seed;
    }

    public TrainingSettings training() {
        return training;
    }

    /** Epochs a replay or preset trains. */
    public int epochs() {
        return epochs;
    }

    /** Predicted positive when p̂ ≥ threshold; 0 &lt; threshold &lt; 1. */
    public double threshold() {
        return threshold;
    }

    public boolean hasTrainedState() {
        return trained != null;
    }

    /** The trained state, or null when there is none. */
    public TrainedState trained() {
        return trained;
    }

    public Scenario withTitle(String value) {
        return new Scenario(value, description, data, model, initialWeights, seed, training, epochs, threshold,
                trained);
    }

    public Scenario withDescription(String value) {
        return new Scenario(title, value, data, model, initialWeights, seed, training, epochs, threshold, trained);
    }

    /** Other points with the same number of features; weights and trained state are kept. */
    public Scenario withData(DataSet value) {
        return new Scenario(title, description, value, model, initialWeights, seed, training, epochs, threshold,
                trained);
    }

    /**
     * Another model for the same points. When its shape differs, the explicit initial weights and the
     * trained state no longer fit and are dropped (the weights then come from the seed).
     */
    public Scenario withModel(ModelSpec value) {
        return withDataAndModel(data, value);
    }

    /** Other points and model together (to change the number of features); see {@link #withModel}. */
    public Scenario withDataAndModel(DataSet newData, ModelSpec newModel) {
        boolean same = newModel.sameAs(model);
        return new Scenario(title, description, newData, newModel, same ? initialWeights : new LayerWeights[0],
                seed, training, epochs, threshold, same ? trained : null);
    }

    /**
     * Other points, with the model fitted to their number of features: the model takes as many inputs
     * as the points have features and keeps its hidden layers, activation and bias. When the number
     * changes, the weights no longer fit and are dropped (see {@link #withModel}); otherwise the model
     * and weights are kept. Every way of bringing in points (a data set, an import, a page option) goes
     * through here.
     */
    public Scenario withFittedData(DataSet newData) {
        return withDataAndModel(newData, model.forDimension(newData.featureCount()));
    }

    /** Explicit initial weights, one per layer of the model, input side first. */
    public Scenario withInitialWeights(LayerWeights... value) {
        Validate.isTrue(value.length > 0, "give one set of weights per layer, or use withSeededWeights()");
        return new Scenario(title, description, data, model, value, seed, training, epochs, threshold, trained);
    }

    /** Initial weights drawn from the seed instead of explicit ones. */
    public Scenario withSeededWeights() {
        return new Scenario(title, description, data, model, new LayerWeights[0], seed, training, epochs,
                threshold, trained);
    }

    public Scenario withSeed(long value) {
        return new Scenario(title, description, data, model, initialWeights, value, training, epochs, threshold,
                trained);
    }

    public Scenario withTraining(TrainingSettings value) {
        return new Scenario(title, description, data, model, initialWeights, seed, value, epochs, threshold,
                trained);
    }

    public Scenario withEpochs(int value) {
        return new Scenario(title, description, data, model, initialWeights, seed, training, value, threshold,
                trained);
    }

    public Scenario withThreshold(double value) {
        return new Scenario(title, description, data, model, initialWeights, seed, training, epochs, value,
                trained);
    }

    public Scenario withTrained(TrainedState value) {
        Validate.isTrue(value != null, "use withoutTrained() to drop the trained state");
        return new Scenario(title, description, data, model, initialWeights, seed, training, epochs, threshold,
                value);
    }

    public Scenario withoutTrained() {
        return new Scenario(title, description, data, model, initialWeights, seed, training, epochs, threshold,
                null);
    }

    /** Equal in every field; doubles compare bit for bit (0.0 and -0.0 differ). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Scenario && ScenarioEquality.same(this, (Scenario) other);
    }

    @Override
    public int hashCode() {
        return ScenarioEquality.hash(this);
    }
}
