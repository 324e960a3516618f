package dev.boundary.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundary.core.math.SeededRandom;
import org.junit.jupiter.api.Test;

/**
 * The forward pass keeps e^−|z| of the output, the one exp from which p̂ is made, and the stable
 * cross-entropy is computed from it: the same numbers as computing each from z alone.
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
                assertEquals(fromLogits, loss.sum(workspace, labels, m, test, ofTest), 0, loss.id() + " " + ofTest);
            }
            assertEquals(loss.cost(z, p, labels, m), loss.cost(workspace, labels, m), 0, loss.id());
        }
    }
}
