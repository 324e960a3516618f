package dev.boundary.core.explain;

import static dev.boundary.core.NothingButNumPy.andNeuron;
import static dev.boundary.core.NothingButNumPy.xorNetwork;
import static dev.boundary.core.explain.Examples.sigmoid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.Network;
import org.junit.jupiter.api.Test;

/** One example, node by node, against hand calculations (Rafay Khan's AND neuron and 2-3-1 network). */
class PointTraceTest {
    private static final double SIX_PLACES = 1e-6;

    @Test
    void andNeuronAtOneOneWithLabelOne() {
        // W = [0.1, 0.6], b = 0 at x = (1, 1), y = 1:
        // z = 0.1 + 0.6 = 0.7; p̂ = σ(0.7) = 0.668188; L = −log 0.668188 = 0.403186;
        // ∂L/∂p̂ = −1/p̂ = −1.496585; ∂p̂/∂z = p̂(1 − p̂) = 0.221713; ∂L/∂z = p̂ − 1 = −0.331812;
        // ∂L/∂w = ∂L/∂z · x = (−0.331812, −0.331812); ∂L/∂b = −0.331812.
        PointTrace trace = new PointTrace().compute(andNeuron(0.1, 0.6), new double[] {1, 1}, 1, Loss.CROSS_ENTROPY, 1.0);
        assertEquals(0.7, trace.logit(), 1e-12);
        assertEquals(0.668188, trace.probability(), SIX_PLACES);
        assertEquals(0.403186, trace.loss(), SIX_PLACES);
        assertEquals(-1.496585, trace.lossByProbability(), SIX_PLACES);
        assertEquals(0.221713, trace.probabilityByLogit(), SIX_PLACES);
        assertEquals(-0.331812, trace.chainRule(), SIX_PLACES);
        assertEquals(-0.331812, trace.outputDelta(), SIX_PLACES);
        assertTrue(trace.usesShortcut());
        assertEquals(-0.331812, trace.weightGradient(0, 0, 0), SIX_PLACES);
        assertEquals(-0.331812, trace.weightGradient(0, 0, 1), SIX_PLACES);
        assertEquals(-0.331812, trace.biasGradient(0, 0), SIX_PLACES);
        // One step at α = 1 on this point alone: w − α·∂L/∂w.
        assertEquals(0.431812, trace.updatedWeight(0, 0, 0), SIX_PLACES);
        assertEquals(0.931812, trace.updatedWeight(0, 0, 1), SIX_PLACES);
        assertEquals(0.331812, trace.updatedBias(0, 0), SIX_PLACES);
    }

    @Test
    void seedZeroFirstExampleGivesItsBackwardFigures() {
        // “Nothing but NumPy”, first AND example x = (0, 0), y = 0: p̂ = 0.5, ∂L/∂p̂ = 2, ∂p̂/∂z = 0.25, ∂L/∂z = 0.5,
        // ∂L/∂w = (0, 0), ∂L/∂b = 0.5, and at α = 1 the new bias is −0.5 while the weights stay.
        PointTrace trace = new PointTrace().compute(andNeuron(0.1, 0.6), new double[] {0, 0}, 0, Loss.CROSS_ENTROPY, 1.0);
        assertEquals(0.5, trace.probability(), 1e-15);
        assertEquals(Math.log(2), trace.loss(), 1e-15);
        assertEquals(2.0, trace.lossByProbability(), 1e-15);
        assertEquals(0.25, trace.probabilityByLogit(), 1e-15);
        assertEquals(0.5, trace.outputDelta(), 1e-15);
        assertEquals(0.0, trace.weightGradient(0, 0, 0));
        assertEquals(0.0, trace.weightGradient(0, 0, 1));
        assertEquals(0.5, trace.biasGradient(0, 0), 1e-15);
        assertEquals(0.1, trace.updatedWeight(0, 0, 0), 1e-15);
        assertEquals(0.6, trace.updatedWeight(0, 0, 1), 1e-15);
        assertEquals(-0.5, trace.updatedBias(0, 0), 1e-15);
    }

    @Test
    void squaredErrorTakesTheChainRuleThroughTheSigmoid() {
        // L = ½(p̂ − y)²: at (1, 1), y = 1, p̂ = 0.668188: L = ½·0.331812² = 0.055050,
        // ∂L/∂p̂ = p̂ − y = −0.331812, ∂L/∂z = −0.331812 · 0.221713 = −0.073567 (smaller: the sigmoid's slope).
        PointTrace trace = new PointTrace().compute(andNeuron(0.1, 0.6), new double[] {1, 1}, 1, Loss.SQUARED_ERROR, 1.0);
        assertFalse(trace.usesShortcut());
        assertEquals(0.055050, trace.loss(), SIX_PLACES);
        assertEquals(-0.331812, trace.lossByProbability(), SIX_PLACES);
        assertEquals(-0.073567, trace.outputDelta(), SIX_PLACES);
        assertEquals(-0.073567, trace.weightGradient(0, 0, 1), SIX_PLACES);
    }

    @Test
    void naiveCrossEntropyTakesTheChainRuleToTheSameGradient() {
        // At (1, 0), y = 0: z = 0.1, p̂ = σ(0.1) = 0.524979, L = −log(1 − p̂) = 0.744397,
        // ∂L/∂p̂ = 1/(1 − p̂) = 2.105171, times ∂p̂/∂z = p̂(1 − p̂) gives p̂ = 0.524979 = p̂ − y.
        PointTrace trace = new PointTrace().compute(andNeuron(0.1, 0.6), new double[] {1, 0}, 0,
                Loss.NAIVE_CROSS_ENTROPY, 1.0);
        assertFalse(trace.usesShortcut());
        assertEquals(0.744397, trace.loss(), SIX_PLACES);
        assertEquals(2.105171, trace.lossByProbability(), SIX_PLACES);
        assertEquals(0.524979, trace.outputDelta(), SIX_PLACES);
        assertEquals(0.524979, trace.weightGradient(0, 0, 0), SIX_PLACES);
        assertEquals(0.0, trace.weightGradient(0, 0, 1));
    }

    @Test
    void whenPHatRoundsToOneOnlyTheShortcutStaysFinite() {
        // W = [−10, 60] at (0, 1), y = 0: z = 60, and σ(60) = 1 − 8.8e−27 rounds to exactly 1, so
        // ∂L/∂p̂ = 1/(1 − p̂) is infinite and the chain rule gives ∞·0 = NaN, while p̂ − y = 1.
        PointTrace stable = new PointTrace().compute(andNeuron(-10, 60), new double[] {0, 1}, 0, Loss.CROSS_ENTROPY, 1.0);
        assertEquals(1.0, stable.probability());
        assertEquals(60.0, stable.loss(), 1e-12);
        assertTrue(Double.isNaN(stable.chainRule()));
        assertEquals(1.0, stable.outputDelta());
        PointTrace naive = new PointTrace().compute(andNeuron(-10, 60), new double[] {0, 1}, 0,
                Loss.NAIVE_CROSS_ENTROPY, 1.0);
        assertTrue(Double.isInfinite(naive.loss()), "log(0)");
        assertTrue(Double.isNaN(naive.outputDelta()));
    }

    @Test
    void xorNetworkAtZeroOneLayerByLayer() {
        // Rafay Khan's 2-3-1 network at x = (0, 1), y = 1, worked by hand:
        // hidden z = (0.6, 0.4, 0.7), a = σ(z) = (0.645656, 0.598688, 0.668188);
        // output z = 0.1·0.645656 + 0.4·0.598688 + 0.9·0.668188 = 0.905410, p̂ = σ(0.905410) = 0.712060;
        // dZ2 = p̂ − 1 = −0.287940; ∂L/∂W2 = dZ2·a = (−0.185910, −0.172386, −0.192398);
        // ∂L/∂a1 = W2·dZ2 = (−0.028794, −0.115176, −0.259146); g'(z) = a(1 − a) = (0.228784, 0.240261, 0.221713);
        // dZ1 = (−0.006588, −0.027672, −0.057456); ∂L/∂W1 = dZ1·xᵀ = rows (0, dZ1[u]).
        PointTrace trace = new PointTrace().compute(xorNetwork(), new double[] {0, 1}, 1, Loss.CROSS_ENTROPY, 1.0);
        assertEquals(2, trace.layerCount());
        assertEquals(3, trace.unitCount(0));
        assertEquals(3, trace.inputCount(1));
        double[] z1 = {0.6, 0.4, 0.7};
        double[] a1 = {0.645656, 0.598688, 0.668188};
        double[] da1 = {-0.028794, -0.115176, -0.259146};
        double[] slope = {0.228784, 0.240261, 0.221713};
        double[] dz1 = {-0.006588, -0.027672, -0.057456};
        double[] dw2 = {-0.185910, -0.172386, -0.192398};
        for (int u = 0; u < 3; u++) {
            assertEquals(z1[u], trace.preActivation(0, u), 1e-12, "z1 " + u);
            assertEquals(a1[u], trace.activation(0, u), SIX_PLACES, "a1 " + u);
            assertEquals(a1[u], trace.input(1, u), SIX_PLACES, "the output layer's input " + u);
            assertEquals(da1[u], trace.lossByActivation(0, u), SIX_PLACES, "∂L/∂a1 " + u);
            assertEquals(slope[u], trace.activationSlope(0, u), SIX_PLACES, "g'(z1) " + u);
            assertEquals(dz1[u], trace.lossByPreActivation(0, u), SIX_PLACES, "dZ1 " + u);
            assertEquals(0.0, trace.weightGradient(0, u, 0), 0.0, "x1 = 0");
            assertEquals(dz1[u], trace.weightGradient(0, u, 1), SIX_PLACES, "∂L/∂W1[u,2]");
            assertEquals(dz1[u], trace.biasGradient(0, u), SIX_PLACES, "∂L/∂b1");
            assertEquals(dw2[u], trace.weightGradient(1, 0, u), SIX_PLACES, "∂L/∂W2");
        }
        assertEquals(0.905410, trace.logit(), SIX_PLACES);
        assertEquals(0.712060, trace.probability(), SIX_PLACES);
        assertEquals(-0.287940, trace.outputDelta(), SIX_PLACES);
        assertEquals(-0.287940, trace.biasGradient(1, 0), SIX_PLACES);
        assertEquals(0.4 + 0.172386, trace.updatedWeight(1, 0, 1), SIX_PLACES, "W2[2] − 1·(−0.172386)");
    }

    @Test
    void sigmoidOfTheTestsAgreesWithTheTrace() {
        PointTrace trace = new PointTrace().compute(andNeuron(0.1, 0.6), new double[] {0, 1}, 0, Loss.CROSS_ENTROPY, 0.5);
        assertEquals(sigmoid(0.6), trace.probability(), 1e-15);
        assertEquals(0.5, trace.learningRate());
    }

    @Test
    void aModelWithoutBiasesNeverMovesThem() {
        Network network = new Network(new dev.boundary.core.nn.ModelSpec(2, new int[0],
                dev.boundary.core.nn.Activation.SIGMOID, false));
        network.setLayer(0, new double[] {-4, -2}, new double[] {0});
        PointTrace trace = new PointTrace().compute(network, new double[] {1, 0.5}, 1, Loss.CROSS_ENTROPY, 0.05);
        assertEquals(-5.0, trace.logit(), 1e-15);
        assertEquals(0.0, trace.biasGradient(0, 0));
        assertEquals(0.0, trace.updatedBias(0, 0));
    }

    @Test
    void refusesAWrongExample() {
        PointTrace trace = new PointTrace();
        Network network = andNeuron(0.1, 0.6);
        IllegalArgumentException features = assertThrows(IllegalArgumentException.class,
                () -> trace.compute(network, new double[] {1}, 1, Loss.CROSS_ENTROPY, 1));
        assertEquals("the model 2-1 takes 2 features, the example has 1", features.getMessage());
        IllegalArgumentException label = assertThrows(IllegalArgumentException.class,
                () -> trace.compute(network, new double[] {1, 1}, 0.5, Loss.CROSS_ENTROPY, 1));
        assertEquals("the label must be 0 or 1, was 0.5", label.getMessage());
    }
}
