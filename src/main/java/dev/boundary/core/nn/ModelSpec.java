package dev.boundary.core.nn;

import dev.boundary.core.math.Validate;

/**
 * The shape of a model: inputs, hidden layers (0 to 6, each 1 to 16 units, one activation for all),
 * one sigmoid output unit, and whether layers have biases. With no hidden layer it is logistic
 * regression; without biases its boundary passes through the origin (Roelants).
 */
public final class ModelSpec {
    public static final int MAX_HIDDEN_LAYERS = 6;
    public static final int MAX_UNITS = 16;

    private final int inputCount;
    private final int[] hiddenLayerSizes;
    private final Activation hiddenActivation;
    private final boolean bias;

    public ModelSpec(int inputCount, int[] hiddenLayerSizes, Activation hiddenActivation, boolean bias) {
        Validate.inRange(inputCount, 1, 2, "number of inputs");
        Validate.inRange(hiddenLayerSizes.length, 0, MAX_HIDDEN_LAYERS, "number of hidden layers");
        for (int i = 0; i < hiddenLayerSizes.length; i++) {
            Validate.inRange(hiddenLayerSizes[i], 1, MAX_UNITS, "units in hidden layer " + (i + 1));
        }
        this.inputCount = inputCount;
        this.hiddenLayerSizes = hiddenLayerSizes.clone();
        this.hiddenActivation = hiddenActivation;
        this.bias = bias;
    }

    /** One sigmoid neuron with a bias: logistic regression on {@code inputCount} features. */
    public static ModelSpec logistic(int inputCount) {
        return new ModelSpec(inputCount, new int[0], Activation.SIGMOID, true);
    }

    public int inputCount() {
        return inputCount;
    }

    /** A copy of the hidden layer sizes, input side first. */
    public int[] hiddenLayerSizes() {
        return hiddenLayerSizes.clone();
    }

    public int hiddenLayerCount() {
        return hiddenLayerSizes.length;
    }

    public int hiddenLayerSize(int index) {
        return hiddenLayerSizes[index];
    }

    public Activation hiddenActivation() {
        return hiddenActivation;
    }

    public boolean hasBias() {
        return bias;
    }

    /** Layers with weights: the hidden layers and the output layer. */
    public int layerCount() {
        return hiddenLayerSizes.length + 1;
    }

    /** Units of layer {@code index} (the last is the single output unit). */
    public int units(int index) {
        return index < hiddenLayerSizes.length ? hiddenLayerSizes[index] : 1;
    }

    /** Inputs of layer {@code index}. */
    public int inputs(int index) {
        return index == 0 ? inputCount : hiddenLayerSizes[index - 1];
    }

    /** Activation of layer {@code index}: the hidden activation, sigmoid for the output. */
    public Activation activation(int index) {
        return index < hiddenLayerSizes.length ? hiddenActivation : Activation.SIGMOID;
    }

    /** The network's shape as people write it, e.g. "2-3-1". */
    public String describe() {
        StringBuilder text = new StringBuilder().append(inputCount);
        for (int size : hiddenLayerSizes) {
            text.append('-').append(size);
        }
        return text.append("-1").toString();
    }

    /** True when both specs describe the same model. */
    public boolean sameAs(ModelSpec other) {
        return other != null && inputCount == other.inputCount && hiddenActivation == other.hiddenActivation
                && bias == other.bias && java.util.Arrays.equals(hiddenLayerSizes, other.hiddenLayerSizes);
    }
}
