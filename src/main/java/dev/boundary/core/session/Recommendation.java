package dev.boundary.core.session;

import dev.boundary.core.data.Preset;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.TrainingSettings;

/**
 * "Settings that work" for a data set: a model and training settings known to solve it, the training
 * accuracy they reach within a number of epochs from the data set's default sample (a test trains each
 * one on the JVM and checks), and one sentence on why they work.
 */
public final class Recommendation {
    private final String features;
    private final int[] hidden;
    private final Activation activation;
    private final OptimizerKind optimizer;
    private final double learningRate;
    private final double accuracy;
    private final int epochs;
    private final String why;

    private Recommendation(String features, int[] hidden, Activation activation, OptimizerKind optimizer,
            double learningRate, double accuracy, int epochs, String why) {
        this.features = features;
        this.hidden = hidden;
        this.activation = activation;
        this.optimizer = optimizer;
        this.learningRate = learningRate;
        this.accuracy = accuracy;
        this.epochs = epochs;
        this.why = why;
    }

    /** The recommendation for {@code preset}. */
    public static Recommendation of(Preset preset) {
        switch (preset) {
            case AND:
            case OR:
                return new Recommendation("x1,x2", new int[0], Activation.SIGMOID, OptimizerKind.GRADIENT_DESCENT, 1,
                        1.0, 300, "One line separates the positive corner from the others, so a single neuron "
                        + "with gradient descent is enough.");
            case XOR:
                return new Recommendation("x1,x2,x1x2", new int[0], Activation.SIGMOID, OptimizerKind.ADAM, 0.1,
                        1.0, 300, "The product x₁x₂ is 1 only at (1, 1), so with it one neuron can subtract that "
                        + "corner: z = x₁ + x₂ − 2·x₁x₂ − ½ separates XOR without a hidden layer.");
            case BLOBS:
                return new Recommendation("x1,x2", new int[0], Activation.SIGMOID, OptimizerKind.GRADIENT_DESCENT,
                        0.1, 0.9, 200, "Two Gaussian clouds of equal spread are best split by a straight line, which "
                        + "one neuron draws; the overlap keeps some points wrong whatever the model.");
            case CIRCLES:
                return new Recommendation("x1sq,x2sq", new int[0], Activation.SIGMOID, OptimizerKind.ADAM, 0.1,
                        1.0, 100, "The disc is where x₁² + x₂² is small, so given x₁² and x₂² one neuron draws the "
                        + "circle as its straight boundary in those features.");
            case MOONS:
                return new Recommendation("x1,x2", new int[] {8, 8}, Activation.TANH, OptimizerKind.ADAM, 0.03,
                        0.99, 500, "The moons interleave, so the boundary must bend twice: two layers of 8 tanh "
                        + "units bend it smoothly, and Adam keeps the steps even.");
            case SPIRAL:
                return new Recommendation("x1,x2,sinx1,sinx2", new int[] {12, 12}, Activation.TANH,
                        OptimizerKind.ADAM, 0.03, 0.95, 1500, "The spirals wind around each other, so the boundary "
                        + "winds too: two layers of 12 tanh units have the bends for it, sin x₁ and sin x₂ give "
                        + "them waves to start from, and Adam keeps steps even where the cost surface is flat.");
            case LINE:
                return new Recommendation("x1", new int[0], Activation.SIGMOID, OptimizerKind.GRADIENT_DESCENT, 0.1,
                        0.99, 300, "Two groups on a line are split by one threshold on x, which is what one neuron "
                        + "learns.");
            case ROELANTS:
                return new Recommendation("x1,x2", new int[0], Activation.SIGMOID, OptimizerKind.GRADIENT_DESCENT,
                        1, 0.85, 200, "The two classes sit on either side of x₁ = 0, so one neuron's line "
                        + "separates most of them; the clouds overlap, so no boundary gets every point right.");
            case IRIS:
                return new Recommendation("x1,x2", new int[0], Activation.SIGMOID, OptimizerKind.ADAM, 0.1,
                        0.95, 1000, "Virginica's petals are the largest, so a straight line in petal length and "
                        + "width, one neuron, sets them apart from the rest.");
            case SINE:
                return new Recommendation("x1,x2,sinx1", new int[0], Activation.SIGMOID, OptimizerKind.ADAM, 0.1,
                        0.95, 500, "The boundary is x₂ = sin x₁, a straight line in the features x₂ and sin x₁: "
                        + "one neuron learns z = x₂ − sin x₁.");
            case CUBIC:
                return new Recommendation("x1,x2", new int[] {8, 8}, Activation.TANH, OptimizerKind.ADAM, 0.03,
                        0.95, 1000, "The curve x³ − x rises, falls and rises again; two layers of 8 tanh units "
                        + "can bend a boundary that way.");
            default:
                return new Recommendation("x1,x2", new int[] {4}, Activation.RELU, OptimizerKind.ADAM, 0.03,
                        0.95, 500, "|x| is max(x, 0) + max(−x, 0): a hidden layer of ReLU units can build its "
                        + "corner out of their kinks.");
        }
    }

    /** {@code current} with this recommendation's model and training settings, from new seeded weights. */
    public Scenario applyTo(Scenario current) {
        int dimension = current.data().featureCount();
        ModelSpec model = new ModelSpec(InputFeatures.parse(dimension, features), hidden, activation, true);
        TrainingSettings training = new TrainingSettings(Loss.CROSS_ENTROPY, optimizer, learningRate,
                TrainingSettings.FULL_BATCH, 0.0, current.training().testFraction());
        return current.withModel(model).withTraining(training).withSeededWeights();
    }

    /** The training accuracy reached within {@link #epochs()} from the default sample, e.g. 0.99. */
    public double accuracy() {
        return accuracy;
    }

    public int epochs() {
        return epochs;
    }

    /** One sentence on why these settings work. */
    public String why() {
        return why;
    }

    /** The settings in a few words, e.g. "inputs x₁², x₂²; one neuron; Adam, α = 0.1". */
    public String summary(int dimension) {
        InputFeatures inputs = InputFeatures.parse(dimension, features);
        StringBuilder text = new StringBuilder("inputs ");
        for (int i = 0; i < inputs.count(); i++) {
            text.append(i == 0 ? "" : ", ").append(inputs.label(i));
        }
        text.append("; ");
        if (hidden.length == 0) {
            text.append("one neuron");
        } else {
            text.append(hidden.length).append(hidden.length == 1 ? " layer of " : " layers of ").append(hidden[0])
                    .append(' ').append(activation.id()).append(" units");
        }
        text.append("; ").append(optimizer == OptimizerKind.ADAM ? "Adam" : "gradient descent").append(", α = ")
                .append(dev.boundary.core.math.Numbers.shortest(learningRate));
        return text.toString();
    }
}
