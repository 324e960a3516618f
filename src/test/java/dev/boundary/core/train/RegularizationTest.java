package dev.boundary.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import org.junit.jupiter.api.Test;

/**
 * L1 and L2 on a hand-made data set where x₂ does not help: the class is the sign of x₁, and each x₁
 * comes with x₂ = +1 and x₂ = −1. With w₂ = 0 the two points of a pair get the same z, so their
 * gradients of w₂ cancel exactly; with w₂ ≠ 0 they pull w₂ towards 0.
 */
class RegularizationTest {
    /** (x₁, x₂, label): (−1, 1, 0), (−1, −1, 0), (1, 1, 1), (1, −1, 1). */
    private static final DataSet PAIRS = new DataSet(2, new double[] {-1, 1, -1, -1, 1, 1, 1, -1},
            new double[] {0, 0, 1, 1});

    private static Trainer trainer(Regularization kind, double lambda) {
        Network network = new Network(ModelSpec.logistic(2));
        network.setLayer(0, new double[] {0.5, 0.5}, new double[] {0});
        TrainingSettings settings = new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.GRADIENT_DESCENT, 1.0,
                TrainingSettings.FULL_BATCH, kind, lambda, 0.0);
        return new Trainer(network, PAIRS, settings, new SeededRandom(1));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void theFirstL1StepByHand() {
        // From w = (0.5, 0.5), b = 0: z = 0, −1, 1, 0 for the four points, so p̂ − y = ½, σ(−1), σ(1) − 1, −½.
        // ∂/∂w₁ = ¼·(−½ − σ(−1) + σ(1) − 1 − ½), ∂/∂w₂ = ¼·(½ − σ(−1) + σ(1) − 1 + ½); L1 adds (λ/m)·sign(w) = 0.025.
        Trainer trainer = trainer(Regularization.L1, 0.1);
        double a = sigmoid(-1);
        double c = sigmoid(1) - 1;
        double cost0 = (Math.log(2) + Math.log1p(Math.exp(-1)) + Math.log1p(Math.exp(-1)) + Math.log(2)) / 4
                + 0.1 / 4 * (0.5 + 0.5);
        assertEquals(cost0, trainer.cost(), 1e-15);
        trainer.trainEpoch();
        Network network = trainer.network();
        assertEquals(0.5 - ((-0.5 - a + c - 0.5) / 4 + 0.025), network.layer(0).weight(0, 0), 1e-15);
        assertEquals(0.5 - ((0.5 - a + c + 0.5) / 4 + 0.025), network.layer(0).weight(0, 1), 1e-15);
    }

    @Test
    void l1DrivesTheUselessWeightToExactlyZeroAndKeepsItThere() {
        Trainer trainer = trainer(Regularization.L1, 0.1);
        int reached = -1;
        for (int epoch = 1; epoch <= 200; epoch++) {
            trainer.trainEpoch();
            if (reached < 0 && trainer.network().layer(0).weight(0, 1) == 0.0) {
                reached = epoch;
            }
        }
        assertTrue(reached > 0, "w₂ reaches 0");
        assertEquals(0.0, trainer.network().layer(0).weight(0, 1), 0.0, "and stays exactly there");
        assertTrue(trainer.network().layer(0).weight(0, 0) > 1.0, "w₁, which does help, grows");
        assertEquals(1.0, trainer.accuracy());
    }

    @Test
    void l2OnlyShrinksIt() {
        Trainer trainer = trainer(Regularization.L2, 0.1);
        for (int epoch = 1; epoch <= 200; epoch++) {
            trainer.trainEpoch();
        }
        double w2 = trainer.network().layer(0).weight(0, 1);
        assertNotEquals(0.0, w2, "L2's pull is proportional to w, so w₂ only approaches 0");
        assertTrue(Math.abs(w2) < 0.05, "but it does approach it: " + w2);
    }

    @Test
    void withoutRegularisationTheDataAloneAlsoPullW2Down() {
        // The same data without a penalty: w₂ falls towards 0 but, without L1's stop, does not reach it.
        Trainer trainer = trainer(Regularization.NONE, 0.1);
        for (int epoch = 1; epoch <= 200; epoch++) {
            trainer.trainEpoch();
        }
        assertNotEquals(0.0, trainer.network().layer(0).weight(0, 1));
    }
}
