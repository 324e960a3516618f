package dev.boundary.core.session;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Preset;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.TrainingSettings;

/** What the page shows before the learner changes anything. */
public final class Defaults {
    public static final long SEED = 1;

    private Defaults() {
    }

    /**
     * The circles data set with a 2-4-4-1 tanh network and full-batch gradient descent at α = 0.1:
     * a problem one neuron cannot solve and a small network visibly can.
     */
    public static Scenario playground() {
        DataSet data = Preset.CIRCLES.generate(SEED);
        ModelSpec model = new ModelSpec(2, new int[] {4, 4}, Activation.TANH, true);
        TrainingSettings training = new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.GRADIENT_DESCENT, 0.1,
                TrainingSettings.FULL_BATCH, 0.0);
        return Scenario.of(data, model, SEED, training).withTitle(Preset.CIRCLES.title())
                .withDescription("A disc of one class inside a ring of the other. Press Play and watch the"
                        + " boundary close around the disc.");
    }
}
