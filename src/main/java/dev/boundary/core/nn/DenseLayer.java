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

    /**
     * z = input · Wᵀ + b and a = g(z), for the input's rows; for a sigmoid layer of one unit given
     * {@code outputExp}, also e^−|z| per row into it (the exp that σ(z) is made from).
     */
    void forward(Matrix input, Matrix z, Matrix a, double[] outputExp) {
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
        if (outputExp != null && units == 1 && activation == Activation.SIGMOID) {
            double[] ad = a.data();
            for (int i = 0; i < m; i++) {
                double zi = zd[i];
                double e = StrictMath.exp(-Math.abs(zi));
                outputExp[i] = e;
                ad[i] = Elementary.sigmoid(zi, e);
            }
            return;
        }
        activation.apply(zd, a.data(), m * units);
    }

    /**
     * The backward pass through this layer, from dZ = ∂L/∂z {@code [m × units]} (per example) and the
     * layer's input {@code [m × inputs]}: dW = dZᵀ · input / m + (λ₂/m)·W + (λ₁/m)·sign(W)
     * (sign(0) = 0), db = the column means of dZ,
     * and, when {@code inputGradient} is given, ∂L/∂input = dZ · W {@code [m × inputs]} per example,
     * which the layer below turns into its own dZ.
     */
    void backward(Matrix dZ, Matrix input, double l1, double l2, Matrix inputGradient) {
        int m = dZ.rows();
        if (input.rows() != m || dZ.columns() != units() || input.columns() != inputs()
                || inputGradient != null && (inputGradient.columns() != inputs() || inputGradient.capacity() < m)) {
            throw new IllegalArgumentException("the backward pass of a " + units() + "×" + inputs()
                    + " layer needs dZ [m × " + units() + "], an input [m × " + inputs() + "] and room for"
                    + " the input's gradient [m × " + inputs() + "], got dZ " + dZ.shape() + " and input "
                    + input.shape() + (inputGradient == null ? "" : " and room for " + inputGradient.columns()
                    + " columns, " + inputGradient.capacity() + " rows"));
        }
        // One pass over the rows: dW = dZᵀ · input and db = Σ dZ summed row by row, and each row of
        // dZ · W summed unit by unit from 0 (the orders of multiplying first and summing the biases
        // after, so the same bits); then dW and db are scaled.
        int k = inputs();
        int units = units();
        double[] dz = dZ.data();
        double[] in = input.data();
        double[] w = weights.data();
        double[] dw = weightGradients.data();
        double[] dIn = null;
        if (inputGradient != null) {
            inputGradient.setRows(m);
            dIn = inputGradient.data();
            java.util.Arrays.fill(dIn, 0, m * k, 0.0);
        }
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
                if (dIn != null) {
                    for (int j = 0; j < k; j++) {
                        dIn[inRow + j] += d * w[wRow + j];
                    }
                }
                if (bias) {
                    biasGradients[u] += d;
                }
            }
        }
        scaleGradients(m, l1, l2);
    }

    /**
     * Turns the sums over m examples in the gradients into the cost's gradients: dW = Σ/m + (λ₂/m)·W +
     * (λ₁/m)·sign(W), db = Σ/m. The last step of {@link #backward}, shared with {@link LogisticPass}.
     */
    void scaleGradients(int m, double l1, double l2) {
        int k = inputs();
        int units = units();
        double[] w = weights.data();
        double[] dw = weightGradients.data();
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
