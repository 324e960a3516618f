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
    private final double[][] previousWeights;
    private long updates;

    /** State for a network of {@code network}'s shape. */
    public Optimizer(Network network) {
        int arrays = network.layerCount() * 2;
        first = new double[arrays][];
        second = new double[arrays][];
        previousWeights = new double[network.layerCount()][];
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
        update(network, kind, learningRate, false);
    }

    /**
     * One update; with {@code stopAtZero} (L1 regularisation) a weight that the update carries across 0
     * is set to exactly 0 instead (biases are not regularised and move freely).
     */
    public void update(Network network, OptimizerKind kind, double learningRate, boolean stopAtZero) {
        updates++;
        for (int l = 0; l < network.layerCount(); l++) {
            DenseLayer layer = network.layer(l);
            double[] w = layer.weights().data();
            if (stopAtZero) {
                double[] before = previous(l, w.length);
                System.arraycopy(w, 0, before, 0, w.length);
                update(kind, learningRate, w, layer.weightGradients().data(), 2 * l);
                for (int i = 0; i < w.length; i++) {
                    if (before[i] > 0.0 && w[i] < 0.0 || before[i] < 0.0 && w[i] > 0.0) {
                        w[i] = 0.0;
                    }
                }
            } else {
                update(kind, learningRate, w, layer.weightGradients().data(), 2 * l);
            }
            if (layer.hasBias()) {
                update(kind, learningRate, layer.biases(), layer.biasGradients(), 2 * l + 1);
            }
        }
    }

    /** A buffer for layer l's weights before an update, allocated once. */
    private double[] previous(int layer, int length) {
        if (previousWeights[layer] == null) {
            previousWeights[layer] = new double[length];
        }
        return previousWeights[layer];
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
