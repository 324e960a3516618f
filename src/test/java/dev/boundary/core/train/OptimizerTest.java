package dev.boundary.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import org.junit.jupiter.api.Test;

/** One neuron whose gradients are set by hand, so each update rule can be followed on paper. */
class OptimizerTest {
    private static Network neuron() {
        Network network = new Network(ModelSpec.logistic(2));
        network.setLayer(0, new double[] {1.0, -2.0}, new double[] {0.5});
        return network;
    }

    private static void setGradients(Network network, double g1, double g2, double gb) {
        double[] dw = network.layer(0).weightGradients().data();
        dw[0] = g1;
        dw[1] = g2;
        network.layer(0).biasGradients()[0] = gb;
    }

    @Test
    void gradientDescentStepsAgainstTheGradient() {
        Network network = neuron();
        setGradients(network, 0.2, -0.4, 1.0);
        new Optimizer(network).update(network, OptimizerKind.GRADIENT_DESCENT, 0.5);
        assertEquals(0.9, network.layer(0).weight(0, 0), 1e-15);
        assertEquals(-1.8, network.layer(0).weight(0, 1), 1e-15);
        assertEquals(0.0, network.layer(0).biases()[0], 1e-15);
    }

    @Test
    void momentumAccumulatesVelocity() {
        Network network = neuron();
        Optimizer optimizer = new Optimizer(network);
        setGradients(network, 1.0, 0, 0);
        optimizer.update(network, OptimizerKind.MOMENTUM, 0.1); // v = 1, w = 1 - 0.1
        optimizer.update(network, OptimizerKind.MOMENTUM, 0.1); // v = 0.9 + 1 = 1.9, w = 0.9 - 0.19
        assertEquals(0.71, network.layer(0).weight(0, 0), 1e-15);
    }

    @Test
    void adamFirstStepMovesEachParameterByTheLearningRate() {
        // After one step m̂ = g and v̂ = g², so the step is α·g/(|g| + ε) ≈ α·sign(g).
        Network network = neuron();
        setGradients(network, 0.003, -250, 0);
        new Optimizer(network).update(network, OptimizerKind.ADAM, 0.01);
        assertEquals(1.0 - 0.01, network.layer(0).weight(0, 0), 1e-7);
        assertEquals(-2.0 + 0.01, network.layer(0).weight(0, 1), 1e-9);
        assertEquals(0.5, network.layer(0).biases()[0], 0);
    }

    @Test
    void fixedBiasesAreNeverUpdated() {
        Network network = new Network(new ModelSpec(2, new int[0], dev.boundary.core.nn.Activation.SIGMOID, false));
        network.layer(0).biasGradients()[0] = 5;
        new Optimizer(network).update(network, OptimizerKind.GRADIENT_DESCENT, 1);
        assertEquals(0.0, network.layer(0).biases()[0], 0);
    }
}
