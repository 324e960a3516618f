package dev.boundary.core.nn;

import dev.boundary.core.math.Matrix;

/**
 * One fully connected layer: z = a_prev · Wᵀ + b, a = g(z). Weights {@code [units × inputs]} (one row
 * per unit), biases {@code [units]}, and their gradients of the same shapes.
 */
public final class DenseLayer {
    private final Activation activation;
    private final boolean bias;
    private final Matrix weights;
    private final double[] biases;
    private final Matrix weightGradients;
    private final double[] biasGradients;

    DenseLayer(int inputs, int units, Activation activation, boolean bias) {
        this.activation = activation;
        this.bias = bias;
        this.weights = new Matrix(units, inputs);
        this.biases = new double[units];
        this.weightGradients = new Matrix(units, inputs);
        this.biasGradients = new double[units];
    }

    public int inputs() {
        return weights.columns();
    }

    public int units() {
        return weights.rows();
    }

    public Activation activation() {
        return activation;
    }

    /** False when the layer's biases are fixed at 0 and never trained. */
    public boolean hasBias() {
        return bias;
    }

    /** The weights {@code [units × inputs]}; the backing array is live. */
    public Matrix weights() {
        return weights;
    }

    /** The biases {@code [units]}; the array is live. */
    public double[] biases() {
        return biases;
    }

    /** ∂cost/∂W from the last backward pass, {@code [units × inputs]}. */
    public Matrix weightGradients() {
        return weightGradients;
    }

    /** ∂cost/∂b from the last backward pass, {@code [units]}. */
    public double[] biasGradients() {
        return biasGradients;
    }

    /** Weight of the link from input {@code input} to unit {@code unit}. */
    public double weight(int unit, int input) {
        return weights.get(unit, input);
    }

    /** z = input · Wᵀ + b and a = g(z), for the input's rows. */
    void forward(Matrix input, Matrix z, Matrix a) {
        if (input.columns() != inputs() || z.columns() != units() || z.capacity() < input.rows()) {
            throw new IllegalArgumentException("a " + units() + "×" + inputs() + " layer needs an input [m × " + inputs()
                    + "] and room for z [m × " + units() + "], got input " + input.shape() + " and z of "
                    + z.columns() + " columns, capacity " + z.capacity() + " rows");
        }
        // z = input · Wᵀ + b in one pass: each sum over the inputs, then its bias (the same order of
        // operations as multiplying first and adding the bias after, so the same bits).
        int m = input.rows();
        int k = inputs();
        int units = units();
        z.setRows(m);
        double[] in = input.data();
        double[] w = weights.data();
        double[] zd = z.data();
        for (int i = 0; i < m; i++) {
            int inRow = i * k;
            int outRow = i * units;
            for (int u = 0; u < units; u++) {
                int wRow = u * k;
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum += in[inRow + p] * w[wRow + p];
                }
                if (bias) {
                    sum += biases[u];
                }
                zd[outRow + u] = sum;
            }
        }
        a.setRows(m);
        activation.apply(zd, a.data(), m * units);
    }

    /**
     * From dZ {@code [m × units]} and this layer's input {@code [m × inputs]}: dW = dZᵀ · input / m
     * + (λ₂/m)·W + (λ₁/m)·sign(W) (sign(0) = 0) and db = column means of dZ.
     */
    void gradients(Matrix dZ, Matrix input, double l1, double l2, int m) {
        if (dZ.rows() != input.rows() || dZ.columns() != units() || input.columns() != inputs()) {
            throw new IllegalArgumentException("gradients of a " + units() + "×" + inputs() + " layer need dZ [m × "
                    + units() + "] and an input [m × " + inputs() + "], got dZ " + dZ.rows() + "×" + dZ.columns()
                    + " and input " + input.rows() + "×" + input.columns());
        }
        // dW = dZᵀ · input and db = Σ dZ in one pass over the rows, summed row by row (the order of
        // multiplying first and summing the biases after, so the same bits); then both are scaled.
        int k = inputs();
        int units = units();
        double[] dz = dZ.data();
        double[] in = input.data();
        double[] dw = weightGradients.data();
        java.util.Arrays.fill(dw, 0, units * k, 0.0);
        java.util.Arrays.fill(biasGradients, 0.0);
        for (int r = 0; r < m; r++) {
            int inRow = r * k;
            int dzRow = r * units;
            for (int u = 0; u < units; u++) {
                double d = dz[dzRow + u];
                int wRow = u * k;
                for (int j = 0; j < k; j++) {
                    dw[wRow + j] += d * in[inRow + j];
                }
                if (bias) {
                    biasGradients[u] += d;
                }
            }
        }
        double[] w = weights.data();
        double scale = 1.0 / m;
        double decay = l2 / m;
        for (int i = 0; i < units * k; i++) {
            dw[i] = dw[i] * scale + decay * w[i];
        }
        if (l1 != 0.0) {
            double pull = l1 / m;
            for (int i = 0; i < units * k; i++) {
                dw[i] += w[i] > 0.0 ? pull : w[i] < 0.0 ? -pull : 0.0;
            }
        }
        if (bias) {
            for (int u = 0; u < units; u++) {
                biasGradients[u] *= scale;
            }
        }
    }
}
