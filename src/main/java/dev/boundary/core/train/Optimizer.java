package dev.boundary.core.train;

import dev.boundary.core.nn.DenseLayer;
import dev.boundary.core.nn.Network;

/**
 * Applies one update to a network's parameters from the gradients of its last backward pass, keeping
 * the optimiser's state (velocities, moments) in arrays allocated once per network.
 */
public final class Optimizer {
    static final double MOMENTUM = 0.9;
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final double[][] first;
    private final double[][] second;
    private long updates;

    /** State for a network of {@code network}'s shape. */
    public Optimizer(Network network) {
        int arrays = network.layerCount() * 2;
        first = new double[arrays][];
        second = new double[arrays][];
        for (int l = 0; l < network.layerCount(); l++) {
            DenseLayer layer = network.layer(l);
            first[2 * l] = new double[layer.weights().data().length];
            second[2 * l] = new double[layer.weights().data().length];
            first[2 * l + 1] = new double[layer.biases().length];
            second[2 * l + 1] = new double[layer.biases().length];
        }
    }

    /** Forgets velocities and moments, as when training starts again. */
    public void reset() {
        for (int i = 0; i < first.length; i++) {
            java.util.Arrays.fill(first[i], 0.0);
            java.util.Arrays.fill(second[i], 0.0);
        }
        updates = 0;
    }

    /** Updates applied since the last reset. */
    public long updates() {
        return updates;
    }

    /** One update of every trainable parameter with learning rate α. */
    public void update(Network network, OptimizerKind kind, double learningRate) {
        updates++;
        for (int l = 0; l < network.layerCount(); l++) {
            DenseLayer layer = network.layer(l);
            update(kind, learningRate, layer.weights().data(), layer.weightGradients().data(), 2 * l);
            if (layer.hasBias()) {
                update(kind, learningRate, layer.biases(), layer.biasGradients(), 2 * l + 1);
            }
        }
    }

    private void update(OptimizerKind kind, double learningRate, double[] w, double[] g, int state) {
        double[] v = first[state];
        double[] s = second[state];
        switch (kind) {
            case GRADIENT_DESCENT:
                for (int i = 0; i < w.length; i++) {
                    w[i] -= learningRate * g[i];
                }
                break;
            case MOMENTUM:
                for (int i = 0; i < w.length; i++) {
                    v[i] = MOMENTUM * v[i] + g[i];
                    w[i] -= learningRate * v[i];
                }
                break;
            default:
                double correction1 = 1.0 - StrictMath.pow(BETA1, updates);
                double correction2 = 1.0 - StrictMath.pow(BETA2, updates);
                for (int i = 0; i < w.length; i++) {
                    v[i] = BETA1 * v[i] + (1.0 - BETA1) * g[i];
                    s[i] = BETA2 * s[i] + (1.0 - BETA2) * g[i] * g[i];
                    double mHat = v[i] / correction1;
                    double vHat = s[i] / correction2;
                    w[i] -= learningRate * mHat / (Math.sqrt(vHat) + EPSILON);
                }
        }
    }
}
