package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Gates;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;
import org.junit.jupiter.api.Test;

class LossSurfaceTest {
    /** log(1 + e^z), written stably. */
    private static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /**
     * Mean cross-entropy of the neuron p̂ = σ(w1·x1 + w2·x2) on AND: the four z are 0, w2, w1 and
     * w1 + w2; the first three have label 0 (loss log(1 + e^z)), the last label 1 (log(1 + e^−z)).
     */
    private static double andCost(double w1, double w2) {
        return (softplus(0) + softplus(w2) + softplus(w1) + softplus(-(w1 + w2))) / 4;
    }

    private static Network andNeuron(double w1, double w2) {
        Network network = new Network(ModelSpec.logistic(2));
        network.setLayer(0, new double[] {w1, w2}, new double[] {0});
        return network;
    }

    @Test
    void gridPointHasTheSeedCostOfThoseWeights() {
        // Centres x: −0.3, −0.1, 0.1, 0.3, 0.5; rows y: 1.0, 0.8, 0.6, 0.4, 0.2. Cell (2, 2) is W = [0.1, 0.6].
        Network network = andNeuron(3, -2);
        LossSurface surface = new LossSurface();
        surface.compute(network, Gates.and(), Loss.CROSS_ENTROPY, 0, 0, 1,
                new Viewport(-0.4, 0.6, 0.1, 1.1, 100, 100), 5, 5);
        assertEquals(0.719554, surface.value(2, 2), 1e-6, "“Nothing but NumPy”: AND, W = [0.1, 0.6], b = 0");
        for (int row = 0; row < 5; row++) {
            for (int col = 0; col < 5; col++) {
                double w1 = -0.3 + 0.2 * col;
                double w2 = 1.0 - 0.2 * row;
                assertEquals(andCost(w1, w2), surface.value(col, row), 1e-12);
            }
        }
    }

    @Test
    void aSurfaceComputedAFewRowsAtATimeKeepsShowingTheLastOneUntilDone() {
        Network network = andNeuron(3, -2);
        LossSurface surface = new LossSurface();
        Viewport first = new Viewport(-0.4, 0.6, 0.1, 1.1, 100, 100);
        surface.compute(network, Gates.and(), Loss.CROSS_ENTROPY, 0, 0, 1, first, 5, 5);
        // A second surface over another range, 3×4 cells, six cells (two rows) at a time.
        Viewport second = new Viewport(-2, 2, -2, 2, 100, 100);
        surface.begin(network, Gates.and(), Loss.CROSS_ENTROPY, 0, 0, 1, second, 3, 4);
        network.setLayer(0, new double[] {9, 9}, new double[] {0}); // training goes on meanwhile
        assertTrue(surface.computing());
        assertEquals(false, surface.computeCells(6));
        assertEquals(6, surface.cellsLeft());
        assertEquals(5, surface.cols(), "still the first surface");
        assertEquals(andCost(0.1, 0.6), surface.value(2, 2), 1e-12);
        assertEquals(false, surface.computeCells(5));
        assertEquals(true, surface.computeCells(5));
        assertEquals(3, surface.cols());
        assertEquals(4, surface.rows());
        // Cell centres: x −4/3, 0, 4/3; y 1.5, 0.5, −0.5, −1.5 — with the weights as they were at begin
        // for every other parameter (here there is none but the bias, 0).
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 3; col++) {
                assertEquals(andCost(-4.0 / 3 + 4.0 / 3 * col, 1.5 - row), surface.value(col, row), 1e-12);
            }
        }
        assertTrue(!surface.computing());
        double[] after = new double[3];
        network.copyParameters(after);
        assertArrayEquals(new double[] {9, 9, 0}, after, 0.0, "the network is never touched");
    }

    @Test
    void theCostAtOnePairIsTheHandCalculationAndLeavesTheWeightsAlone() {
        Network network = andNeuron(3, -2);
        assertEquals(0.719554, LossSurface.costAt(network, Gates.and(), Loss.CROSS_ENTROPY, 0, 0, 1, 0.1, 0.6), 1e-6,
                "“Nothing but NumPy”: AND, W = [0.1, 0.6], b = 0");
        assertEquals(andCost(-1.5, 2.25), LossSurface.costAt(network, Gates.and(), Loss.CROSS_ENTROPY, 0, 0, 1,
                -1.5, 2.25), 1e-12);
        assertEquals(3.0, network.layer(0).weight(0, 0));
        assertEquals(-2.0, network.layer(0).weight(0, 1));
        assertTrue(Double.isNaN(LossSurface.costAt(network, DataSet.empty(2), Loss.CROSS_ENTROPY, 0, 0, 1, 1, 1)));
    }

    @Test
    void largeWeightsGiveTheStableCrossEntropy() {
        LossSurface surface = new LossSurface();
        surface.compute(andNeuron(0, 0), Gates.and(), Loss.CROSS_ENTROPY, 0, 0, 1,
                new Viewport(-11, -9, 59, 61, 10, 10), 1, 1);
        assertEquals(15.173298, surface.value(0, 0), 1e-6, "“Nothing but NumPy”: AND, W = [−10, 60], stable form");
    }

    @Test
    void hiddenLayerParametersUseTheFlatOrder() {
        // 2-3-1: W1 is flat 0–5, b1 6–8, W2 9–11, b2 12. The centre of a 3×3 grid around
        // (W2[1,1], W2[1,3]) = (0.1, 0.9) is Rafay Khan's XOR network, cost 0.779514.
        Network network = new Network(new ModelSpec(2, new int[] {3}, Activation.SIGMOID, true));
        network.setLayer(0, new double[] {0.1, 0.6, 0.2, 0.4, 0.3, 0.7}, new double[3]);
        network.setLayer(1, new double[] {0.1, 0.4, 0.9}, new double[1]);
        LossSurface surface = new LossSurface();
        surface.compute(network, Gates.xor(), Loss.CROSS_ENTROPY, 0, 9, 11,
                new Viewport(-0.2, 0.4, 0.6, 1.2, 10, 10), 3, 3);
        assertEquals(0.779514, surface.value(1, 1), 1e-6);
    }

    @Test
    void includesTheL2Term() {
        // (λ/2m)·ΣW² = 0.4/8 · (0.01 + 0.36) = 0.0185 on top of 0.719554.
        LossSurface surface = new LossSurface();
        surface.compute(andNeuron(0, 0), Gates.and(), Loss.CROSS_ENTROPY, 0.4, 0, 1,
                new Viewport(0.0, 0.2, 0.5, 0.7, 10, 10), 1, 1);
        assertEquals(0.719554 + 0.0185, surface.value(0, 0), 1e-6);
    }

    @Test
    void restoresTheNetworksParameters() {
        Network network = andNeuron(0.1, 0.6);
        network.setLayer(0, new double[] {0.1, 0.6}, new double[] {-0.25});
        double[] before = new double[3];
        network.copyParameters(before);
        new LossSurface().compute(network, Gates.and(), Loss.CROSS_ENTROPY, 0, 1, 2,
                new Viewport(-5, 5, -5, 5, 10, 10), 7, 6);
        double[] after = new double[3];
        network.copyParameters(after);
        assertArrayEquals(before, after, 0);
    }

    @Test
    void reportsTheExtremesForColourScaling() {
        // One point x = (1, 0), label 1, over (w1, b): cost log(1 + e^−(w1 + b)) falls as w1 + b grows,
        // so the minimum is at the top-right cell (0.75, 1.5) and the maximum at the bottom-left.
        DataSet point = new DataSet(2, new double[] {1, 0}, new double[] {1});
        LossSurface surface = new LossSurface();
        surface.compute(andNeuron(0.5, 7), point, Loss.CROSS_ENTROPY, 0, 0, 2,
                new Viewport(-1, 1, -2, 2, 10, 10), 4, 4);
        assertEquals(softplus(-2.25), surface.min(), 1e-12);
        assertEquals(softplus(2.25), surface.max(), 1e-12);
        assertEquals(3, surface.minimumCol());
        assertEquals(0, surface.minimumRow());
        assertEquals(0, surface.parameterX());
        assertEquals(2, surface.parameterY());
        assertEquals(16, surface.values().length);
    }

    @Test
    void skipsNonFiniteCostsWhenScaling() {
        // The naive cross-entropy takes log(0) at W = [−10, 60]; finite cells still set the scale.
        LossSurface surface = new LossSurface();
        surface.compute(andNeuron(0, 0), Gates.and(), Loss.NAIVE_CROSS_ENTROPY, 0, 0, 1,
                new Viewport(-11, 1, 0, 120, 10, 10), 2, 2);
        boolean sawNonFinite = false;
        for (double value : surface.values()) {
            sawNonFinite |= Double.isNaN(value) || Double.isInfinite(value);
        }
        assertTrue(sawNonFinite, "cell (−8, 90) overflows the naive form");
        assertTrue(surface.min() <= surface.max());
        assertTrue(Double.isFinite(surface.max()));
    }

    @Test
    void emptyDataGiveNaN() {
        LossSurface surface = new LossSurface();
        surface.compute(andNeuron(0, 0), DataSet.empty(2), Loss.CROSS_ENTROPY, 0, 0, 1,
                new Viewport(-1, 1, -1, 1, 10, 10), 2, 2);
        assertTrue(Double.isNaN(surface.value(1, 1)));
        assertTrue(Double.isNaN(surface.min()));
        assertEquals(-1, surface.minimumCol());
    }

    @Test
    void addsNoAllocationToTheForwardPasses() {
        Network network = andNeuron(0.1, 0.6);
        DataSet data = Gates.and();
        LossSurface surface = new LossSurface();
        Viewport range = new Viewport(-2, 2, -2, 2, 10, 10);
        Workspace workspace = network.newWorkspace(4);
        double[] x = {0, 0, 0, 1, 1, 0, 1, 1};
        double[] y = {0, 0, 0, 1};
        Runnable passes = () -> {
            System.arraycopy(x, 0, workspace.input().data(), 0, 8);
            for (int i = 0; i < 12 * 10; i++) {
                workspace.input().setRows(4);
                network.forward(workspace);
                Loss.CROSS_ENTROPY.cost(workspace.logits(), workspace.probabilities(), y, 4);
            }
        };
        Allocations.assertNoMoreThan(passes,
                () -> surface.compute(network, data, Loss.CROSS_ENTROPY, 0, 0, 1, range, 12, 10));
    }

    @Test
    void rejectsMeaninglessParameters() {
        LossSurface surface = new LossSurface();
        Viewport range = new Viewport(-1, 1, -1, 1, 10, 10);
        assertThrows(IllegalArgumentException.class,
                () -> surface.compute(andNeuron(0, 0), Gates.and(), Loss.CROSS_ENTROPY, 0, 1, 1, range, 2, 2));
        assertThrows(IllegalArgumentException.class,
                () -> surface.compute(andNeuron(0, 0), Gates.and(), Loss.CROSS_ENTROPY, 0, 0, 3, range, 2, 2));
        Network noBias = new Network(new ModelSpec(2, new int[0], Activation.SIGMOID, false));
        assertThrows(IllegalArgumentException.class,
                () -> surface.compute(noBias, Gates.and(), Loss.CROSS_ENTROPY, 0, 0, 2, range, 2, 2));
        DataSet line = new DataSet(1, new double[] {1}, new double[] {1});
        assertThrows(IllegalArgumentException.class,
                () -> surface.compute(andNeuron(0, 0), line, Loss.CROSS_ENTROPY, 0, 0, 1, range, 2, 2));
    }
}
