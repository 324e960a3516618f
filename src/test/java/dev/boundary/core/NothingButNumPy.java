package dev.boundary.core;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;

/** The worked examples of “Nothing but NumPy” for the tests, built directly (not from the scenario files). */
public final class NothingButNumPy {
    /** The four corners (0,0), (0,1), (1,0), (1,1), row-major. */
    public static final double[] GATE_INPUTS = {0, 0, 0, 1, 1, 0, 1, 1};

    private NothingButNumPy() {
    }

    public static DataSet and() {
        return new DataSet(2, GATE_INPUTS, new double[] {0, 0, 0, 1});
    }

    public static DataSet xor() {
        return new DataSet(2, GATE_INPUTS, new double[] {0, 1, 1, 0});
    }

    /** One sigmoid neuron with weights (w1, w2) and bias 0. */
    public static Network andNeuron(double w1, double w2) {
        Network network = new Network(ModelSpec.logistic(2));
        network.setLayer(0, new double[] {w1, w2}, new double[] {0});
        return network;
    }

    /**
     * The 2-3-1 sigmoid network of “Nothing but NumPy”: W1 = [[0.1, 0.6], [0.2, 0.4], [0.3, 0.7]],
     * W2 = [0.1, 0.4, 0.9].
     */
    public static Network xorNetwork() {
        Network network = new Network(new ModelSpec(2, new int[] {3}, Activation.SIGMOID, true));
        network.setLayer(0, new double[] {0.1, 0.6, 0.2, 0.4, 0.3, 0.7}, new double[3]);
        network.setLayer(1, new double[] {0.1, 0.4, 0.9}, new double[1]);
        return network;
    }
}
