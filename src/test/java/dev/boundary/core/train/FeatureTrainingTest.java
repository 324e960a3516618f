package dev.boundary.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Preset;
import dev.boundary.core.explain.BatchGradient;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.InputFeature;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.state.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Training on engineered input features: figures by hand, a finite-difference check per feature, and
 * the lesson of TensorFlow Playground (circles fall to one neuron given x₁² and x₂²).
 */
class FeatureTrainingTest {
    private static final double H = 1e-6;

    @Test
    void oneNeuronOnSquaresByHand() {
        // Features x₁², x₂², w = (1, 0.5), b = −1. Point (2, 0), label 1: z = 4 − 1 = 3, L = log(1 + e⁻³).
        // Point (0, −2), label 0: z = 0.5·4 − 1 = 1, L = 1 + log(1 + e⁻¹). Cost: their mean.
        DataSet data = new DataSet(2, new double[] {2, 0, 0, -2}, new double[] {1, 0});
        Network network = new Network(ModelSpec.logistic(2).withFeatures(InputFeatures.parse(2, "x1sq,x2sq")));
        network.setLayer(0, new double[] {1, 0.5}, new double[] {-1});
        Trainer trainer = new Trainer(network, data, TrainingSettings.gradientDescent(1), new SeededRandom(1));
        double expected = (Math.log1p(Math.exp(-3)) + 1 + Math.log1p(Math.exp(-1))) / 2;
        assertEquals(expected, trainer.cost(), 1e-15);
        // One step at α = 1: ∂J/∂w₁ = ½·Σ (p̂ − y)·x₁² = ½·(σ(3) − 1)·4, ∂J/∂w₂ = ½·σ(1)·4, ∂J/∂b = ½·(σ(3) − 1 + σ(1)).
        double s3 = 1 / (1 + Math.exp(-3));
        double s1 = 1 / (1 + Math.exp(-1));
        trainer.trainEpoch();
        assertEquals(1 - 2 * (s3 - 1), network.layer(0).weight(0, 0), 1e-15);
        assertEquals(0.5 - 2 * s1, network.layer(0).weight(0, 1), 1e-15);
        assertEquals(-1 - 0.5 * (s3 - 1 + s1), network.layer(0).biases()[0], 1e-15);
    }

    static List<InputFeatures> featureSets() {
        List<InputFeatures> sets = new ArrayList<>();
        for (InputFeature feature : InputFeature.values()) {
            sets.add(InputFeatures.of(2, feature));
        }
        sets.add(InputFeatures.of(2, InputFeature.values()));
        sets.add(InputFeatures.parse(1, "x1,x1sq,sinx1"));
        return sets;
    }

    /**
     * The step-through's gradient (each point mapped on its own) against central differences of the
     * trainer's cost (the points mapped once), for every feature: two separate paths through the map.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("featureSets")
    void gradientsMatchFiniteDifferences(InputFeatures features) {
        SeededRandom random = new SeededRandom(7 + features.mask());
        int m = 9;
        int d = features.dimension();
        double[] points = new double[m * d];
        double[] labels = new double[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < d; j++) {
                points[i * d + j] = random.nextDouble(-2, 2);
            }
            labels[i] = i % 2;
        }
        DataSet data = new DataSet(d, points, labels);
        Network network = new Network(new ModelSpec(features, new int[] {3}, Activation.TANH, true));
        network.initialize(random);
        double[] parameters = new double[network.parameterCount()];
        network.copyParameters(parameters);
        for (int k = 0; k < parameters.length; k++) {
            parameters[k] += random.nextDouble(-0.3, 0.3); // biases away from 0 too
        }
        network.setParameters(parameters);
        TrainingSettings settings = new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.GRADIENT_DESCENT, 0.1,
                TrainingSettings.FULL_BATCH, 0.2);
        BatchGradient gradient = new BatchGradient().compute(network, data, settings);
        Trainer trainer = new Trainer(network, data, settings, new SeededRandom(1));
        for (int k = 0; k < parameters.length; k++) {
            double saved = parameters[k];
            parameters[k] = saved + H;
            network.setParameters(parameters);
            trainer.weightsChanged();
            double plus = trainer.cost();
            parameters[k] = saved - H;
            network.setParameters(parameters);
            trainer.weightsChanged();
            double minus = trainer.cost();
            parameters[k] = saved;
            double numeric = (plus - minus) / (2 * H);
            assertEquals(numeric, gradient.gradient(k), 1e-7 + 1e-6 * Math.abs(numeric), "parameter " + k);
        }
    }

    @Test
    void circlesFallToOneNeuronGivenTheSquares() {
        // The disc's points have r² ≤ 8.31 and the ring's r² ≥ 10.37 (seed 1), so x₁² + x₂² = 9.3 separates them.
        DataSet circles = Preset.CIRCLES.generate(1);
        ModelSpec model = ModelSpec.logistic(2).withFeatures(InputFeatures.parse(2, "x1sq,x2sq"));
        Trainer trainer = Scenario.of(circles, model, 1, TrainingSettings.gradientDescent(0.1)).newTrainer();
        for (int epoch = 0; epoch < 1000 && trainer.accuracy() < 1.0; epoch++) {
            trainer.trainEpoch();
        }
        assertEquals(1.0, trainer.accuracy(), "one neuron on x₁², x₂² separates the disc from the ring");
    }

    @Test
    void withoutTheSquaresOneNeuronCannot() {
        DataSet circles = Preset.CIRCLES.generate(1);
        Trainer trainer = Scenario.of(circles, ModelSpec.logistic(2), 1, TrainingSettings.gradientDescent(0.1))
                .newTrainer();
        for (int epoch = 0; epoch < 300; epoch++) {
            trainer.trainEpoch();
        }
        assertEquals(true, trainer.accuracy() < 0.8, "a line cannot separate a disc from a ring");
    }
}
