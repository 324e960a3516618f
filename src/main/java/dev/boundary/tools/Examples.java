package dev.boundary.tools;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Gates;
import dev.boundary.core.data.Generators;
import dev.boundary.core.data.Iris;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.LayerWeights;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.state.Utf8;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.TrainingSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The worked examples of the sources as scenarios, and the command that writes them as the files of
 * {@code web/examples}: {@code java -cp 'target/classes:target/lib/*' dev.boundary.tools.Examples
 * [DIRECTORY]} (default {@code web/examples}). Generated data (Iris, the Gaussians) come from the core's
 * data classes, never typed by hand; a test checks that the files match this code.
 */
public final class Examples {
    private Examples() {
    }

    /** File name → scenario, in the order the sources present them. */
    public static Map<String, Scenario> all() {
        Map<String, Scenario> examples = new LinkedHashMap<>();
        examples.put("and-neuron.json", andNeuron());
        examples.put("xor-network.json", xorNetwork());
        examples.put("and-naive-cross-entropy.json", andFarOff(Loss.NAIVE_CROSS_ENTROPY));
        examples.put("and-stable-cross-entropy.json", andFarOff(Loss.CROSS_ENTROPY));
        examples.put("and-squared-error.json", andFarOff(Loss.SQUARED_ERROR));
        examples.put("iris-petals.json", irisPetals());
        examples.put("gaussians-1d.json", gaussians1d());
        examples.put("roelants-no-bias.json", roelantsNoBias());
        return examples;
    }

    public static void main(String[] args) throws IOException {
        System.exit(write(Paths.get(args.length > 0 ? args[0] : "web/examples"), System.out));
    }

    /** Writes every example into {@code directory}, naming each file on {@code out}; returns 0. */
    static int write(Path directory, PrintStream out) throws IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, Scenario> example : all().entrySet()) {
            Files.write(directory.resolve(example.getKey()), Utf8.encode(ScenarioJson.write(example.getValue())));
            out.println("wrote " + directory.resolve(example.getKey()));
        }
        return 0;
    }

    private static TrainingSettings gradientDescent(Loss loss, double learningRate) {
        return new TrainingSettings(loss, OptimizerKind.GRADIENT_DESCENT, learningRate, TrainingSettings.FULL_BATCH, 0);
    }

    private static LayerWeights neuron(double w1, double w2, double b) {
        return new LayerWeights(1, 2, new double[] {w1, w2}, new double[] {b});
    }

    static Scenario andNeuron() {
        return Scenario.of(Gates.and(), ModelSpec.logistic(2), 1, gradientDescent(Loss.CROSS_ENTROPY, 1))
                .withInitialWeights(neuron(0.1, 0.6, 0))
                .withEpochs(5000)
                .withTitle("AND gate: one logistic neuron")
                .withDescription("A single sigmoid neuron learns the AND gate from its four points (0,0), (0,1),"
                        + " (1,0) and (1,1). It starts from the weights of the worked example in Rafay Khan's"
                        + " \"Nothing but NumPy\", W = [0.1, 0.6] and b = 0, and takes full-batch"
                        + " gradient-descent steps with learning rate 1 on the stable binary cross-entropy. The"
                        + " cost is 0.719554 before the first step and 0.618313 after it; after 5000 epochs it is"
                        + " about 0.003, with both weights near 10.68 and the bias near -16.19.");
    }

    static Scenario xorNetwork() {
        ModelSpec model = new ModelSpec(2, new int[] {3}, Activation.SIGMOID, true);
        return Scenario.of(Gates.xor(), model, 1, gradientDescent(Loss.CROSS_ENTROPY, 1))
                .withInitialWeights(
                        new LayerWeights(3, 2, new double[] {0.1, 0.6, 0.2, 0.4, 0.3, 0.7}, new double[3]),
                        new LayerWeights(1, 3, new double[] {0.1, 0.4, 0.9}, new double[1]))
                .withEpochs(5000)
                .withTitle("XOR: a 2-3-1 network")
                .withDescription("No straight line separates the two classes of XOR, so one neuron cannot learn"
                        + " it; a hidden layer of three sigmoid units lets the boundary bend around the corners."
                        + " The network starts from the weights of the worked example in \"Nothing but NumPy\":"
                        + " W1 = [[0.1, 0.6], [0.2, 0.4], [0.3, 0.7]] (one row per hidden unit), W2 = [0.1, 0.4, 0.9], all"
                        + " biases 0, and trains with full-batch gradient descent at learning rate 1 on the stable"
                        + " cross-entropy. The cost is 0.779514 before training and 0.715106 after one step.");
    }

    static Scenario andFarOff(Loss loss) {
        Scenario base = Scenario.of(Gates.and(), ModelSpec.logistic(2), 1, gradientDescent(loss, 1))
                .withInitialWeights(neuron(-10, 60, 0))
                .withEpochs(5000);
        String start = "The AND neuron starts far off, at W = [-10, 60] and b = 0, as in Rafay Khan's comparison of"
                + " cost functions; it trains with full-batch gradient descent at learning rate 1. ";
        switch (loss) {
            case NAIVE_CROSS_ENTROPY:
                return base.withTitle("AND: the naive cross-entropy fails")
                        .withDescription(start + "The point (0, 1) has the logit z = 60, and σ(60) rounds to"
                                + " exactly 1 in double precision, so the naive cross-entropy -(y log p̂ + (1 - y)"
                                + " log(1 - p̂)) takes log(0); with 0 · log(0) the cost is not even a number (NaN)"
                                + " before the first step, and training cannot start. Compare the stable form,"
                                + " which starts from the same weights.");
            case CROSS_ENTROPY:
                return base.withTitle("AND: the stable cross-entropy copes")
                        .withDescription(start + "The cost is computed from the logit in the stable form"
                                + " max(z, 0) - z·y + log(1 + e^-|z|), as TensorFlow does, which never takes"
                                + " log(0): it is 15.173298 before training, and the neuron recovers and learns"
                                + " AND. Compare the naive form, which fails from the same weights.");
            default:
                return base.withTitle("AND: squared error learns slowly")
                        .withDescription(start + "With the squared error ½(p̂ - y)² the gradient of a point is"
                                + " (p̂ - y)·p̂(1 - p̂), which all but vanishes where the sigmoid saturates: the"
                                + " wrongly classified point (0, 1) has p̂ ≈ 1 and hardly moves the weights."
                                + " \"Nothing but NumPy\" uses this to show why classifiers train on the cross-entropy,"
                                + " which recovers from the same start far faster.");
        }
    }

    static Scenario irisPetals() {
        return Scenario.of(Iris.petals(), ModelSpec.logistic(2), 1, gradientDescent(Loss.CROSS_ENTROPY, 1))
                .withInitialWeights(neuron(0, 0, 0))
                .withEpochs(5000)
                .withTitle("Iris petals: virginica vs. the rest")
                .withDescription("Fisher's 150 Iris flowers by petal length and petal width (cm), Iris virginica"
                        + " labelled 1 and setosa and versicolor 0, separated by one logistic neuron on the raw,"
                        + " unscaled measurements, as in the last example of \"Nothing but NumPy\": full-batch gradient"
                        + " descent, learning rate 1, 5000 epochs. The article's notebook starts from tiny random"
                        + " weights; this example starts from W = [0, 0] and b = 0, which ends at the same place:"
                        + " a cost of about 0.0805 (the article prints 0.08047611 at epoch 4999) and 96% accuracy."
                        + " Data: R. A. Fisher (1936) and E. Anderson, via the UCI Machine Learning Repository.");
    }

    static Scenario gaussians1d() {
        DataSet data = Generators.mlDawnGaussians(new SeededRandom(2));
        TrainingSettings sgd = new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.GRADIENT_DESCENT, 0.001, 1, 0);
        return Scenario.of(data, ModelSpec.logistic(1), 2, sgd)
                .withInitialWeights(new LayerWeights(1, 1, new double[] {0.01}, new double[] {0.01}))
                .withEpochs(120)
                .withTitle("1-D Gaussians: stochastic gradient descent")
                .withDescription("One feature and two classes, as in the MLDawn tutorial: 500 values of class 0"
                        + " from N(0, 1) and 500 of class 1 from N(5, 0.5²), drawn by Boundary's generator with"
                        + " seed 2. One sigmoid neuron starts at w = 0.01 and b = 0.01 (the tutorial draws both"
                        + " uniformly from [-0.01, 0.01]) and learns by stochastic gradient descent: one example"
                        + " per step, learning rate 0.001, the order reshuffled every epoch, for 120 epochs. The"
                        + " tutorial prints the mean of the losses met during each epoch; Boundary records the cost"
                        + " over all points after each epoch, so the two curves differ slightly.");
    }

    static Scenario roelantsNoBias() {
        DataSet data = Generators.roelantsClasses(new SeededRandom(4));
        ModelSpec model = new ModelSpec(2, new int[0], Activation.SIGMOID, false);
        return Scenario.of(data, model, 4, gradientDescent(Loss.CROSS_ENTROPY, 2))
                .withInitialWeights(neuron(-4, -2, 0))
                .withEpochs(10)
                .withTitle("No bias: a boundary through the origin")
                .withDescription("Two classes of 20 points each, class 0 around (-1, 0) and class 1 around"
                        + " (1, 0) with standard deviation 1 (drawn by Boundary's generator with seed 4), as in"
                        + " Peter Roelants' \"Logistic classification\". The neuron has no bias, so its"
                        + " boundary is a line through the origin and only its direction can change; the loss"
                        + " surface over (w1, w2) is a picture of everything it can learn. It starts at w = (-4,"
                        + " -2) and takes 10 full-batch gradient-descent steps. The tutorial sums the gradient over"
                        + " the 40 points with learning rate 0.05; Boundary averages it, so the same steps need"
                        + " learning rate 0.05 × 40 = 2.");
    }
}
