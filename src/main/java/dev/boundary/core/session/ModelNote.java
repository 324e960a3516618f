package dev.boundary.core.session;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.TrainingSettings;

/**
 * What a load changed beyond the points, in a few words for the status line: "Model: one neuron,
 * no bias, α = 2". Empty when the model and the training settings stayed as they were.
 */
public final class ModelNote {
    private ModelNote() {
    }

    /** The changes from {@code before} to {@code after}, or "" when the model and settings are the same. */
    public static String between(Scenario before, Scenario after) {
        StringBuilder text = new StringBuilder();
        ModelSpec was = before.model();
        ModelSpec now = after.model();
        if (now.hiddenLayerCount() != was.hiddenLayerCount()
                || !java.util.Arrays.equals(now.hiddenLayerSizes(), was.hiddenLayerSizes())) {
            append(text, now.hiddenLayerCount() == 0 ? "one neuron" : "network " + now.describe());
        }
        if (now.hiddenLayerCount() > 0 && now.hiddenActivation() != was.hiddenActivation()) {
            append(text, now.hiddenActivation().id());
        }
        if (now.hasBias() != was.hasBias()) {
            append(text, now.hasBias() ? "with bias" : "no bias");
        }
        TrainingSettings a = before.training();
        TrainingSettings b = after.training();
        if (b.loss() != a.loss()) {
            append(text, b.loss().id());
        }
        if (b.optimizer() != a.optimizer()) {
            append(text, b.optimizer().id());
        }
        if (b.batchSize() != a.batchSize()) {
            append(text, b.batchSize() == TrainingSettings.FULL_BATCH ? "full batch"
                    : b.batchSize() == 1 ? "stochastic" : "batches of " + b.batchSize());
        }
        if (b.learningRate() != a.learningRate()) {
            append(text, "α = " + Numbers.significant(b.learningRate(), 3));
        }
        if (b.l2() != a.l2()) {
            append(text, "L2 = " + Numbers.significant(b.l2(), 3));
        }
        return text.length() == 0 ? "" : "Model: " + text;
    }

    private static void append(StringBuilder text, String part) {
        text.append(text.length() == 0 ? "" : ", ").append(part);
    }
}
