package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;
import org.junit.jupiter.api.Test;

class ProbabilityFieldTest {
    private static final double EXACT = 1e-12;

    static Network neuron(double w1, double w2, double b) {
        Network network = new Network(ModelSpec.logistic(2));
        network.setLayer(0, new double[] {w1, w2}, new double[] {b});
        return network;
    }

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    @Test
    void samplesCellCentresAlongX() {
        // p̂ = σ(x); 4 columns over [−2, 2] have centres −1.5, −0.5, 0.5, 1.5.
        ProbabilityField field = new ProbabilityField();
        field.compute(neuron(1, 0, 0), new Viewport(-2, 2, -1, 1, 80, 40), 4, 2);
        assertEquals(4, field.cols());
        assertEquals(2, field.rows());
        double[] centres = {-1.5, -0.5, 0.5, 1.5};
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 4; col++) {
                assertEquals(sigmoid(centres[col]), field.probability(col, row), EXACT);
                assertEquals(centres[col], field.logit(col, row), EXACT);
                assertEquals(sigmoid(centres[col]), field.probabilities()[row * 4 + col], EXACT);
            }
        }
    }

    @Test
    void rowZeroIsTheTopOfThePicture() {
        // p̂ = σ(2y − 1): the top row (y = 0.5) sits on the boundary, the bottom row (y = −0.5) has z = −2.
        ProbabilityField field = new ProbabilityField();
        field.compute(neuron(0, 2, -1), new Viewport(-2, 2, -1, 1, 80, 40), 3, 2);
        for (int col = 0; col < 3; col++) {
            assertEquals(0.5, field.probability(col, 0), EXACT);
            assertEquals(0.0, field.logit(col, 0), EXACT);
            assertEquals(sigmoid(-2), field.probability(col, 1), EXACT);
        }
    }

    @Test
    void oneInputFieldDependsOnXOnly() {
        Network network = new Network(ModelSpec.logistic(1));
        network.setLayer(0, new double[] {3}, new double[] {-1.5});
        ProbabilityField field = new ProbabilityField();
        field.compute(network, new Viewport(0, 1, -0.1, 1.1, 50, 50), 5, 7);
        double[] centres = {0.1, 0.3, 0.5, 0.7, 0.9};
        for (int row = 0; row < 7; row++) {
            for (int col = 0; col < 5; col++) {
                assertEquals(sigmoid(3 * centres[col] - 1.5), field.probability(col, row), EXACT);
                assertEquals(3 * centres[col] - 1.5, field.logit(col, row), EXACT);
            }
        }
    }

    @Test
    void hiddenLayerFieldMatchesTheFormulaWrittenOut() {
        // Rafay Khan's XOR network: h_j = σ(W1_j · x), p̂ = σ(Σ W2_j h_j), all biases 0.
        double[][] w1 = {{0.1, 0.6}, {0.2, 0.4}, {0.3, 0.7}};
        double[] w2 = {0.1, 0.4, 0.9};
        Network network = new Network(new ModelSpec(2, new int[] {3}, Activation.SIGMOID, true));
        network.setLayer(0, new double[] {0.1, 0.6, 0.2, 0.4, 0.3, 0.7}, new double[3]);
        network.setLayer(1, w2, new double[1]);
        Viewport view = new Viewport(-1, 2, -1, 2, 30, 30);
        ProbabilityField field = new ProbabilityField();
        field.compute(network, view, 6, 5);
        for (int row = 0; row < 5; row++) {
            for (int col = 0; col < 6; col++) {
                double x = -1 + (col + 0.5) * 0.5;
                double y = 2 - (row + 0.5) * 0.6;
                double z = 0;
                for (int j = 0; j < 3; j++) {
                    z += w2[j] * sigmoid(w1[j][0] * x + w1[j][1] * y);
                }
                assertEquals(sigmoid(z), field.probability(col, row), 1e-12);
                assertEquals(z, field.logit(col, row), 1e-12);
            }
        }
    }

    @Test
    void reusesItsBuffersUntilTheGridSizeChanges() {
        ProbabilityField field = new ProbabilityField();
        Viewport view = new Viewport(-1, 1, -1, 1, 10, 10);
        field.compute(neuron(1, 1, 0), view, 8, 6);
        double[] first = field.probabilities();
        double[] firstLogits = field.logits();
        field.compute(neuron(-1, 2, 0.5), view, 8, 6);
        assertSame(first, field.probabilities());
        assertSame(firstLogits, field.logits());
        assertEquals(sigmoid(-1 * 0.875 + 2 * -0.8333333333333334 + 0.5), field.probability(7, 5), 1e-12);
        field.compute(neuron(1, 1, 0), view, 4, 6);
        assertNotSame(first, field.probabilities());
        assertEquals(24, field.probabilities().length);
    }

    @Test
    void steadyStateComputationAllocatesNothing() {
        ProbabilityField field = new ProbabilityField();
        Network network = new Network(new ModelSpec(2, new int[] {4, 3}, Activation.TANH, true));
        network.initialize(new dev.boundary.core.math.SeededRandom(7));
        Viewport view = new Viewport(-3, 3, -3, 3, 300, 300);
        // The baseline is the 30 forward passes of 40 points the field is made of: whatever the
        // network itself allocates, the field must add nothing (no per-call buffers or boxing).
        Workspace workspace = network.newWorkspace(40);
        Runnable passes = () -> {
            for (int row = 0; row < 30; row++) {
                workspace.input().setRows(40);
                network.forward(workspace);
            }
        };
        Allocations.assertNoMoreThan(passes, () -> field.compute(network, view, 40, 30));
    }

    @Test
    void rejectsAnEmptyGrid() {
        ProbabilityField field = new ProbabilityField();
        Viewport view = new Viewport(-1, 1, -1, 1, 10, 10);
        assertThrows(IllegalArgumentException.class, () -> field.compute(neuron(1, 1, 0), view, 0, 5));
    }

    @Test
    void newWeightsOnTheSameNetworkAreComputedAfresh() {
        Viewport view = new Viewport(-2, 2, -1, 1, 80, 40);
        Network network = neuron(1, 0, 0);
        ProbabilityField field = new ProbabilityField();
        field.compute(network, view, 4, 2);
        assertEquals(sigmoid(1.5), field.probability(3, 0), EXACT);
        // The weights change in place (as training does): p̂ = σ(−x) now.
        network.setLayer(0, new double[] {-1, 0}, new double[] {0});
        field.compute(network, view, 4, 2);
        assertEquals(sigmoid(-1.5), field.probability(3, 0), EXACT);
        // Only the bias: p̂ = σ(−x + 2).
        network.setLayer(0, new double[] {-1, 0}, new double[] {2});
        field.compute(network, view, 4, 2);
        assertEquals(sigmoid(0.5), field.probability(3, 0), EXACT);
        // Same weights, another view: [0, 4] has column centres 0.5 … 3.5.
        field.compute(network, new Viewport(0, 4, -1, 1, 80, 40), 4, 2);
        assertEquals(sigmoid(-3.5 + 2), field.probability(3, 0), EXACT);
        // Same weights and view, another network object of another shape.
        Network hidden = new Network(new ModelSpec(2, new int[] {1}, Activation.LINEAR, true));
        hidden.setLayer(0, new double[] {1, 0}, new double[] {0});
        hidden.setLayer(1, new double[] {1}, new double[] {0});
        field.compute(hidden, view, 4, 2);
        assertEquals(sigmoid(1.5), field.probability(3, 0), EXACT);
    }

    @Test
    void theSameWeightsOverAnEqualViewKeepTheValues() {
        // The plot makes its view again before every draw; an equal view with the same weights must
        // not cost a new field. A mark left in the values shows whether they were computed again.
        Network network = neuron(1, 0, 0);
        ProbabilityField field = new ProbabilityField();
        field.compute(network, new Viewport(-2, 2, -1, 1, 80, 40), 4, 2);
        field.probabilities()[0] = -1;
        field.compute(network, new Viewport(-2, 2, -1, 1, 80, 40), 4, 2);
        assertEquals(-1, field.probabilities()[0], "kept");
        field.compute(network, new Viewport(-2, 2, -1, 1, 80, 41), 4, 2);
        assertEquals(sigmoid(-1.5), field.probability(0, 0), EXACT, "another pixel size: computed again");
    }
}
