package dev.boundary.core.export;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.DenseLayer;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.state.ExactDecimal;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.Regularization;
import dev.boundary.core.train.TrainingSettings;

/**
 * A scenario as a self-contained Python script that needs only NumPy: the points, the model, its
 * initial weights, the input features, the loss, the batches in the same seeded order (SplitMix64
 * written out with Python's integers), the optimiser, L1 or L2, the test split and the number of
 * epochs. Run with {@code python3 FILE}, it prints the replay command's CSV
 * ({@code epoch,cost,accuracy}, rows 0 to E) and exits as the replay does (0, or 1 when training
 * diverged).
 *
 * <p>The script is written to be read, in the manner of Rafay Khan's "Nothing but NumPy": forward,
 * loss, backward and update as short functions with the maths in their comments, and only the code
 * for the choices this scenario makes.
 */
public final class NumpyScript {
    private static final int COMMENT_WIDTH = 96;

    private NumpyScript() {
    }

    /** The script for {@code scenario}, training {@code scenario.epochs()} epochs from its initial weights. */
    public static String write(Scenario scenario) {
        ModelSpec model = scenario.model();
        TrainingSettings training = scenario.training();
        StringBuilder py = new StringBuilder(4096 + scenario.data().size() * 40);
        header(py, scenario);
        py.append(NumpyParts.IMPORTS);
        settings(py, scenario);
        points(py, scenario.data());
        py.append(NumpyChoices.inputs(model.features()));
        initialWeights(py, scenario);
        py.append(NumpyParts.GENERATOR);
        py.append(NumpyParts.TEST_SPLIT);
        py.append(NumpyChoices.activations(model.hiddenActivation(), model.hiddenLayerCount() > 0));
        py.append(NumpyChoices.loss(training.loss()));
        py.append(NumpyChoices.penalty(training.regularization()));
        py.append(NumpyParts.PASSES);
        py.append(NumpyChoices.optimizer(training.optimizer(), model.hasBias()));
        py.append(NumpyParts.EVALUATION);
        py.append(NumpyParts.training(training.regularization() == Regularization.L1));
        return py.toString();
    }

    private static void header(StringBuilder py, Scenario scenario) {
        py.append("#!/usr/bin/env python3\n");
        comment(py, scenario.title());
        if (!scenario.description().isEmpty()) {
            py.append("#\n");
            comment(py, scenario.description());
        }
        py.append("""
                #
                # Exported from Boundary. Trains the same network from the same initial weights on the same
                # points, in the same order, as the page and the replay command do, and prints the cost
                # history as CSV: epoch,cost,accuracy for epochs 0 (before training) to EPOCHS.
                # Needs only NumPy:  python3 THIS_FILE
                # Written in the manner of Rafay Khan's "Nothing but NumPy": forward, loss, backward and
                # update as short functions, with the maths in their comments.

                """);
    }

    /** {@code text} as comment lines of at most about {@link #COMMENT_WIDTH} characters. */
    private static void comment(StringBuilder py, String text) {
        StringBuilder line = new StringBuilder("#");
        for (String word : printable(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 1 && line.length() + 1 + word.length() > COMMENT_WIDTH) {
                py.append(line).append('\n');
                line.setLength(1);
            }
            line.append(' ').append(word);
        }
        py.append(line).append('\n');
    }

    /** {@code text} with every control or line-separating character as a space, so it stays one comment. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
            out.append(control ? ' ' : c);
        }
        return out.toString();
    }

    private static void settings(StringBuilder py, Scenario scenario) {
        ModelSpec model = scenario.model();
        TrainingSettings training = scenario.training();
        py.append("\n# ---- the run's settings --------------------------------------------------------------\n");
        py.append("SEED = ").append(scenario.seed()).append("  # draws the initial weights (unless given) and shuffles the batches\n");
        py.append("EPOCHS = ").append(scenario.epochs()).append('\n');
        py.append("MODEL = \"").append(model.describe()).append("\"  # the inputs ").append(inputNames(model))
                .append(" (see features), hidden units, one sigmoid output");
        py.append(model.hasBias() ? "\n" : "; no biases\n");
        py.append("LEARNING_RATE = ").append(number(training.learningRate())).append("  # α\n");
        py.append("BATCH_SIZE = ").append(training.batchSize() == TrainingSettings.FULL_BATCH ? "\"full\""
                : Integer.toString(training.batchSize())).append("  # \"full\", 1 (stochastic) or k examples per update\n");
        py.append("L1 = ").append(number(training.l1())).append("  # λ of L1, (λ/m)·Σ|W|; 0 when L1 is not chosen\n");
        py.append("L2 = ").append(number(training.l2())).append("  # λ of L2, (λ/2m)·Σ W²; 0 when L2 is not chosen\n");
        py.append("TEST_FRACTION = ").append(number(training.testFraction()))
                .append("  # the share of points held out, never trained on\n");
        py.append("THRESHOLD = ").append(number(scenario.threshold())).append("  # predicted 1 when p̂ ≥ THRESHOLD\n");
    }

    /** The model's inputs by name, e.g. "x₁², x₂²". */
    private static String inputNames(ModelSpec model) {
        StringBuilder names = new StringBuilder();
        for (int j = 0; j < model.inputCount(); j++) {
            names.append(j == 0 ? "" : ", ").append(model.features().label(j));
        }
        return names.toString();
    }

    private static void points(StringBuilder py, DataSet data) {
        int d = data.featureCount();
        py.append("\n# ---- the data: one row per point, ").append(d == 2 ? "x1, x2" : "x")
                .append(" and the label y (0 or 1) ----------------------\n");
        py.append("POINTS = np.array([\n");
        for (int i = 0; i < data.size(); i++) {
            py.append("    [");
            for (int j = 0; j < d; j++) {
                py.append(number(data.feature(i, j))).append(", ");
            }
            py.append(number(data.label(i))).append("],\n");
        }
        py.append("], dtype=float).reshape(-1, ").append(d + 1).append(")\n");
    }

    private static void initialWeights(StringBuilder py, Scenario scenario) {
        Network network = scenario.buildNetwork(new SeededRandom(scenario.seed()));
        py.append("\n# ---- the initial weights, layer by layer from the input side --------------------------\n");
        if (scenario.hasInitialWeights()) {
            py.append("# As the scenario gives them. Each W is [units × inputs], one row per unit; b is [units].\n");
        } else {
            py.append("# Drawn from SEED: Glorot normal, sd √(2/(in + out)), or He normal, sd √(2/in), for ReLU;\n"
                    + "# biases 0. Each W is [units × inputs], one row per unit; b is [units].\n");
        }
        int weights = 0;
        py.append("INITIAL_PARAMETERS = [\n");
        for (int l = 0; l < network.layerCount(); l++) {
            DenseLayer layer = network.layer(l);
            py.append("    [np.array([");
            for (int u = 0; u < layer.units(); u++) {
                py.append(u == 0 ? "[" : ", [");
                for (int j = 0; j < layer.inputs(); j++) {
                    py.append(j == 0 ? "" : ", ").append(number(layer.weight(u, j)));
                }
                py.append(']');
            }
            py.append("], dtype=float).reshape(").append(layer.units()).append(", ").append(layer.inputs())
                    .append("),\n     np.array([");
            for (int u = 0; u < layer.units(); u++) {
                py.append(u == 0 ? "" : ", ").append(number(layer.biases()[u]));
            }
            py.append("], dtype=float)],\n");
            weights += layer.units() * layer.inputs();
        }
        py.append("]\n");
        int draws = scenario.hasInitialWeights() ? 0 : 2 * weights;
        py.append("DRAWS_BEFORE_TRAINING = ").append(draws).append(draws == 0
                ? "  # the weights are given, so the shuffles draw from SEED's first number on\n"
                : "  # two per weight (Box–Muller): the shuffles draw after them\n");
    }

    private static String number(double value) {
        return ExactDecimal.format(value);
    }
}
