package dev.boundary.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundary.core.math.SeededRandom;
import org.junit.jupiter.api.Test;

/**
 * The forward pass keeps e^−|z| of the output, the one exp from which p̂ is made, and the stable
 * cross-entropy is computed from it, its logs taken of products of runs of examples: the same numbers
 * as computing each loss from z alone, to rounding.
 */
class OutputExpTest {
    @Test
    void theForwardPassKeepsTheExpOfEachOutputAndMakesTheSigmoidFromIt() {
        Network network = new Network(ModelSpec.logistic(2));
        network.setLayer(0, new double[] {1, 2}, new double[] {0.5});
        Workspace workspace = network.newWorkspace(2);
        workspace.input().setRows(2);
        System.arraycopy(new double[] {1, 1, -2, -1}, 0, workspace.input().data(), 0, 4);
        network.forward(workspace);
        // z = 1 + 2 + 0.5 = 3.5 and z = −2 − 2 + 0.5 = −3.5: the same e^−3.5 for both.
        assertEquals(3.5, workspace.logits()[0], 0);
        assertEquals(-3.5, workspace.logits()[1], 0);
        assertEquals(StrictMath.exp(-3.5), workspace.outputExp()[0], 0);
        assertEquals(StrictMath.exp(-3.5), workspace.outputExp()[1], 0);
        // σ(±3.5) by hand (1/(1 + e^−3.5) and its complement).
        assertEquals(0.9706877692486436, workspace.probabilities()[0], 1e-16);
        assertEquals(0.029312230751356316, workspace.probabilities()[1], 1e-17);
        // The stable cross-entropy from the pass: log(1 + e^−3.5) for y = 1 at 3.5, and 3.5 + that for
        // y = 1 at −3.5; mean of the two.
        double expected = (0.029750418272620566 + 3.5297504182726205) / 2;
        assertEquals(expected, Loss.CROSS_ENTROPY.cost(workspace, new double[] {1, 1}, 2), 1e-15);
    }

    @Test
    void everyLossFromThePassIsTheLossFromTheLogitsBitForBit() {
        // A 2-5-1 tanh network with large weights, so some logits are far beyond ±40, where σ rounds.
        Network network = new Network(new ModelSpec(2, new int[] {5}, Activation.TANH, true));
        SeededRandom random = new SeededRandom(11);
        double[] parameters = new double[network.parameterCount()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = random.nextGaussian(0, 12);
        }
        network.setParameters(parameters);
        int m = 200;
        Workspace workspace = network.newWorkspace(m);
        workspace.input().setRows(m);
        double[] labels = new double[m];
        boolean[] test = new boolean[m];
        for (int i = 0; i < m; i++) {
            workspace.input().data()[2 * i] = random.nextDouble(-3, 3);
            workspace.input().data()[2 * i + 1] = random.nextDouble(-3, 3);
            labels[i] = i % 2;
            test[i] = i % 3 == 0;
        }
        network.forward(workspace);
        double[] z = workspace.logits();
        double[] p = workspace.probabilities();
        for (int i = 0; i < m; i++) {
            assertEquals(StrictMath.exp(-Math.abs(z[i])), workspace.outputExp()[i], 0, "e^−|z| of example " + i);
            assertEquals(Elementary.sigmoid(z[i]), p[i], 0, "p̂ of example " + i);
        }
        for (Loss loss : Loss.values()) {
            for (boolean ofTest : new boolean[] {false, true}) {
                double fromLogits = 0.0;
                for (int i = 0; i < m; i++) {
                    if (test[i] == ofTest) {
                        fromLogits += loss.loss(z[i], p[i], labels[i]);
                    }
                }
                double fromPass = loss.sum(workspace, labels, m, test, ofTest);
                // The cross-entropy's logs are taken of products of runs of examples: the same sum to
                // rounding (a few units in the last place of the sum); the other losses bit for bit.
                double tolerance = loss == Loss.CROSS_ENTROPY ? 1e-14 * Math.abs(fromLogits) : 0;
                assertEquals(fromLogits, fromPass, tolerance, loss.id() + " " + ofTest);
                assertEquals(loss.sum(z, p, labels, m, test, ofTest), fromPass, 0, loss.id() + " " + ofTest);
            }
            assertEquals(loss.cost(z, p, labels, m), loss.cost(workspace, labels, m), 0, loss.id());
        }
    }

    @Test
    void oneExampleIsTheStableFormItself() {
        for (double z : new double[] {-750, -3.5, -0.0, 0, 0.3, 36, 800}) {
            for (double y : new double[] {0, 1}) {
                double[] e = {StrictMath.exp(-Math.abs(z))};
                assertEquals(Elementary.crossEntropy(z, y),
                        Elementary.crossEntropySum(new double[] {z}, e, new double[] {y}, 1, null, false), 0,
                        "z = " + z + ", y = " + y);
            }
        }
    }

    @Test
    void manyExamplesDoNotOverflowTheProducts() {
        // 100 000 examples at z = 0, y = 1: each loss is log 2 (factor 1 + e^0 = 2, so each run's product
        // is 2^256), and their mean is log 2 (to the rounding of 100 000 terms).
        int m = 100_000;
        double[] z = new double[m];
        double[] e = new double[m];
        double[] y = new double[m];
        java.util.Arrays.fill(e, 1.0);
        java.util.Arrays.fill(y, 1.0);
        assertEquals(Math.log(2), Elementary.crossEntropySum(z, e, y, m, null, false) / m, 1e-14);
        assertEquals(Math.log(2), Loss.CROSS_ENTROPY.cost(z, new double[m], y, m), 1e-14);
    }
}
