package dev.boundary.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boundary.core.math.Matrix;
import org.junit.jupiter.api.Test;

/** One layer's backward pass, worked by hand: dW, db and the gradient for the layer below together. */
class DenseLayerTest {

    /** Two units on three inputs, W = [1 2 3; 4 5 6], b = [0, 0]. */
    private static DenseLayer layer(boolean bias) {
        DenseLayer layer = new DenseLayer(3, 2, Activation.LINEAR, bias);
        System.arraycopy(new double[] {1, 2, 3, 4, 5, 6}, 0, layer.weights().data(), 0, 6);
        return layer;
    }

    private static Matrix rows(int capacity, int columns, double... values) {
        Matrix matrix = new Matrix(capacity, columns);
        matrix.setRows(values.length / columns);
        System.arraycopy(values, 0, matrix.data(), 0, values.length);
        return matrix;
    }

    @Test
    void oneExample() {
        // dZ = [1, 0.5] for the input x = [1, −1, 2]:
        // dW = dZᵀ·x = [1 −1 2; 0.5 −0.5 1], db = dZ = [1, 0.5],
        // dZ·W = [1·1 + 0.5·4, 1·2 + 0.5·5, 1·3 + 0.5·6] = [3, 4.5, 6].
        DenseLayer layer = layer(true);
        Matrix inputGradient = new Matrix(4, 3);
        layer.backward(rows(4, 2, 1, 0.5), rows(4, 3, 1, -1, 2), 0, 0, inputGradient);
        assertArrayEquals(new double[] {1, -1, 2, 0.5, -0.5, 1}, layer.weightGradients().data(), 0);
        assertArrayEquals(new double[] {1, 0.5}, layer.biasGradients(), 0);
        assertEquals(1, inputGradient.rows());
        assertArrayEquals(new double[] {3, 4.5, 6}, java.util.Arrays.copyOf(inputGradient.data(), 3), 0);
    }

    @Test
    void twoExamplesAreAveragedAndTheL2TermAdded() {
        // dZ = [1 0; 0 2], inputs [1 0 1; 2 1 0], λ = 0.5, m = 2:
        // dZᵀ·X = [1 0 1; 4 2 0], halved [0.5 0 0.5; 2 1 0], plus (λ/m)·W = 0.25·W = [0.25 0.5 0.75; 1 1.25 1.5]
        // gives dW = [0.75 0.5 1.25; 3 2.25 1.5]; db = [1/2, 2/2] = [0.5, 1];
        // dZ·W per example = [1 2 3] and [8 10 12] (not averaged).
        DenseLayer layer = layer(true);
        Matrix inputGradient = new Matrix(2, 3);
        layer.backward(rows(2, 2, 1, 0, 0, 2), rows(2, 3, 1, 0, 1, 2, 1, 0), 0, 0.5, inputGradient);
        assertArrayEquals(new double[] {0.75, 0.5, 1.25, 3, 2.25, 1.5}, layer.weightGradients().data(), 0);
        assertArrayEquals(new double[] {0.5, 1}, layer.biasGradients(), 0);
        assertArrayEquals(new double[] {1, 2, 3, 8, 10, 12}, inputGradient.data(), 0);
    }

    @Test
    void aLayerWithoutBiasKeepsItsBiasGradientAtZeroAndTheFirstLayerNeedsNoInputGradient() {
        DenseLayer layer = layer(false);
        layer.backward(rows(1, 2, 1, 0.5), rows(1, 3, 1, -1, 2), 0, 0, null);
        assertArrayEquals(new double[] {0, 0}, layer.biasGradients(), 0);
        assertArrayEquals(new double[] {1, -1, 2, 0.5, -0.5, 1}, layer.weightGradients().data(), 0);
    }

    @Test
    void wrongShapesAreNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> layer(true).backward(rows(1, 2, 1, 0.5), rows(1, 2, 1, 1), 0, 0, null));
        assertEquals("the backward pass of a 2×3 layer needs dZ [m × 2], an input [m × 3] and room for the input's"
                + " gradient [m × 3], got dZ 1×2 and input 1×2", error.getMessage());
    }
}
