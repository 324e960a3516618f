package dev.boundary.core.view;

import dev.boundary.core.math.Validate;
import dev.boundary.core.nn.DenseLayer;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;

/**
 * One parameter of a network by its index in the flat order of {@link Network#copyParameters}:
 * layer by layer, each layer's weights {@code [units × inputs]} row-major, then its biases. Reads and
 * writes the live arrays directly, so a loop over a grid of parameter values allocates nothing (and
 * skips the full copy and checks of {@link Network#setParameters}).
 */
public final class ParameterIndex {
    private ParameterIndex() {
    }

    /** The value of flat parameter {@code index}, in [0, parameterCount). */
    public static double get(Network network, int index) {
        checkIndex(network, index);
        int offset = index;
        for (int l = 0; l < network.layerCount(); l++) {
            DenseLayer layer = network.layer(l);
            double[] w = layer.weights().data();
            if (offset < w.length) {
                return w[offset];
            }
            offset -= w.length;
            if (offset < layer.biases().length) {
                return layer.biases()[offset];
            }
            offset -= layer.biases().length;
        }
        throw new IllegalStateException("unreachable: index checked against the parameter count");
    }

    /**
     * Sets flat parameter {@code index} to {@code value}. The caller keeps the value finite and keeps
     * the biases of a layer without bias at 0.
     */
    public static void set(Network network, int index, double value) {
        checkIndex(network, index);
        int offset = index;
        for (int l = 0; l < network.layerCount(); l++) {
            DenseLayer layer = network.layer(l);
            double[] w = layer.weights().data();
            if (offset < w.length) {
                w[offset] = value;
                return;
            }
            offset -= w.length;
            if (offset < layer.biases().length) {
                layer.biases()[offset] = value;
                return;
            }
            offset -= layer.biases().length;
        }
    }

    /** True when flat parameter {@code index} is a bias (also a fixed-at-0 one). */
    public static boolean isBias(ModelSpec spec, int index) {
        int offset = index;
        for (int l = 0; l < spec.layerCount(); l++) {
            int weights = spec.units(l) * spec.inputs(l);
            if (offset < weights) {
                return false;
            }
            offset -= weights;
            if (offset < spec.units(l)) {
                return true;
            }
            offset -= spec.units(l);
        }
        throw new IllegalArgumentException("parameter index " + index + " is past the last parameter of "
                + spec.describe());
    }

    /**
     * A label for axes: {@code W2[1,3]} for layer 2's weight from input 3 to unit 1, {@code b1[2]} for
     * layer 1's bias of unit 2 (layers, units and inputs counted from 1).
     */
    public static String name(ModelSpec spec, int index) {
        Validate.isTrue(index >= 0, "parameter index must not be negative, was " + index);
        int offset = index;
        for (int l = 0; l < spec.layerCount(); l++) {
            int inputs = spec.inputs(l);
            int weights = spec.units(l) * inputs;
            if (offset < weights) {
                return "W" + (l + 1) + "[" + (offset / inputs + 1) + "," + (offset % inputs + 1) + "]";
            }
            offset -= weights;
            if (offset < spec.units(l)) {
                return "b" + (l + 1) + "[" + (offset + 1) + "]";
            }
            offset -= spec.units(l);
        }
        throw new IllegalArgumentException("parameter index " + index + " is past the last parameter of "
                + spec.describe());
    }

    private static void checkIndex(Network network, int index) {
        if (index < 0 || index >= network.parameterCount()) {
            // Only builds the message on failure, so the happy path allocates nothing.
            throw new IllegalArgumentException("parameter index must be between 0 and "
                    + (network.parameterCount() - 1) + " for " + network.spec().describe() + ", was " + index);
        }
    }
}
