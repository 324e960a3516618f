package dev.boundary.core.state;

import dev.boundary.core.math.Validate;
import java.util.Arrays;

/**
 * Explicit starting parameters of one dense layer: weights {@code [units × inputs]} row-major (row u
 * holds the weights into unit u) and biases {@code [units]}. Immutable; values are finite.
 */
public final class LayerWeights {
    private final int units;
    private final int inputs;
    private final double[] weights;
    private final double[] biases;

    /**
     * @param units 1 or more
     * @param inputs 1 or more
     * @param weights row-major {@code [units × inputs]}; copied
     * @param biases {@code [units]}; copied
     */
    public LayerWeights(int units, int inputs, double[] weights, double[] biases) {
        Validate.isTrue(units >= 1 && inputs >= 1, "a layer needs at least 1 unit and 1 input, got "
                + units + "×" + inputs);
        Validate.isTrue(weights.length == units * inputs, "a layer of " + units + " units with " + inputs
                + " inputs needs " + units * inputs + " weights, got " + weights.length);
        Validate.isTrue(biases.length == units, "a layer of " + units + " units needs " + units
                + " biases, got " + biases.length);
        for (int i = 0; i < weights.length; i++) {
            Validate.finite(weights[i], "weight " + (i + 1));
        }
        for (int i = 0; i < biases.length; i++) {
            Validate.finite(biases[i], "bias " + (i + 1));
        }
        this.units = units;
        this.inputs = inputs;
        this.weights = weights.clone();
        this.biases = biases.clone();
    }

    public int units() {
        return units;
    }

    public int inputs() {
        return inputs;
    }

    /** The weight from input {@code input} into unit {@code unit}. */
    public double weight(int unit, int input) {
        return weights[unit * inputs + input];
    }

    public double bias(int unit) {
        return biases[unit];
    }

    /** A copy of the weights, row-major {@code [units × inputs]}. */
    public double[] weights() {
        return weights.clone();
    }

    /** A copy of the biases {@code [units]}. */
    public double[] biases() {
        return biases.clone();
    }

    /** Equal shapes and bit-for-bit equal values (so 0.0 and -0.0 differ). */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LayerWeights)) {
            return false;
        }
        LayerWeights that = (LayerWeights) other;
        return units == that.units && inputs == that.inputs && Arrays.equals(weights, that.weights)
                && Arrays.equals(biases, that.biases);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Arrays.hashCode(biases);
    }
}
