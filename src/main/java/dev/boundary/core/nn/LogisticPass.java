package dev.boundary.core.nn;

import dev.boundary.core.math.Matrix;

/**
 * Logistic regression (a network without hidden layers: the inputs, one sigmoid unit, the stable
 * cross-entropy) as one loop over the examples: z = w·x + b, e = e^−|z|, p̂, the loss and the sums of
 * the gradient, example by example, where the layered passes take a loop each (the product, the
 * activation, the loss, the output gradient, the backward pass) and copy the points in first.
 *
 * <p>Every value is computed by the layered passes' operations in their order (z summed input by
 * input, then the bias; the loss as {@link Elementary#crossEntropySum}; the gradient summed example by
 * example, then {@link DenseLayer#scaleGradients}), so weights, costs and p̂ have the same bits either
 * way, on every engine. The running sums stay on the right of each addition, as in the layered code
 * (TeaVM's JavaScript drops the brackets of a + (b − c)).
 */
public final class LogisticPass {
    /** Σ (p̂ − y)·x over the training examples of the last pass with the gradient, per input. */
    private double[] weightSums = new double[0];
    /** Σ (p̂ − y) over the same examples. */
    private double biasSum;
    private double trainingLoss;
    private double testLoss;
    private int trainingRight;
    private int testRight;

    /** True when {@code network} trained on {@code loss} is logistic regression that this pass computes. */
    public static boolean fits(Network network, Loss loss) {
        return network.layerCount() == 1 && loss == Loss.CROSS_ENTROPY;
    }

    /**
     * The pass over the m rows of {@code features [m × inputs]} with {@code labels [m]}: p̂ of every row
     * into {@code into}'s {@link Workspace#probabilities()} (nothing else of it is filled, so it holds no
     * whole forward pass afterwards); the summed loss and the number right at
     * {@code threshold} of the training rows and of the test rows ({@code test [m]} flags them; null when
     * there are none); with {@code gradient}, also the sums of the gradient over the training rows, for
     * {@link #setGradients}. Allocates nothing once it has seen the network's inputs.
     */
    public void evaluate(Network network, Matrix features, double[] labels, boolean[] test, double threshold,
            Workspace into, boolean gradient) {
        DenseLayer layer = network.layer(0);
        int m = features.rows();
        int k = layer.inputs();
        if (features.columns() != k || into.capacity() < m) {
            throw new IllegalArgumentException("a pass of a model of " + k + " inputs needs features [m × " + k
                    + "] and room for m rows, got " + features.shape() + " and room for " + into.capacity());
        }
        if (weightSums.length != k) {
            weightSums = new double[k];
        }
        java.util.Arrays.fill(weightSums, 0.0);
        into.a(0).setRows(m);
        if (k == 2 && test == null && gradient) {
            evaluateTwoInputs(layer, features, labels, m, threshold, into.probabilities());
            return;
        }
        double[] sums = weightSums;
        double[] x = features.data();
        double[] w = layer.weights().data();
        boolean bias = layer.hasBias();
        double b = layer.biases()[0];
        double[] p = into.probabilities();
        double biasTotal = 0.0;
        double linear = 0.0;
        double logs = 0.0;
        double product = 1.0;
        int terms = 0;
        int right = 0;
        double testLinear = 0.0;
        double testLogs = 0.0;
        double testProduct = 1.0;
        int testTerms = 0;
        int rightOfTest = 0;
        for (int i = 0; i < m; i++) {
            int row = i * k;
            double z = logit(x, row, w, k, bias, b);
            double e = StrictMath.exp(-Math.abs(z));
            double pHat = Elementary.sigmoid(z, e);
            p[i] = pHat;
            double y = labels[i];
            int isRight = (pHat >= threshold) == (y == 1.0) ? 1 : 0;
            if (test != null && test[i]) {
                testLinear = Math.max(z, 0.0) - z * y + testLinear;
                testProduct *= 1.0 + e;
                if (++testTerms == Elementary.PRODUCT_TERMS) {
                    testLogs += StrictMath.log(testProduct);
                    testProduct = 1.0;
                    testTerms = 0;
                }
                rightOfTest += isRight;
                continue;
            }
            linear = Math.max(z, 0.0) - z * y + linear;
            product *= 1.0 + e;
            if (++terms == Elementary.PRODUCT_TERMS) {
                logs += StrictMath.log(product);
                product = 1.0;
                terms = 0;
            }
            right += isRight;
            if (gradient) {
                double d = pHat - y;
                for (int j = 0; j < k; j++) {
                    sums[j] += d * x[row + j];
                }
                biasTotal += d;
            }
        }
        biasSum = biasTotal;
        trainingLoss = logs + StrictMath.log(product) + linear;
        testLoss = testLogs + StrictMath.log(testProduct) + testLinear;
        trainingRight = right;
        testRight = rightOfTest;
    }

    /**
     * {@link #evaluate} of the common case, two inputs and every row a training row with the gradient,
     * with the sums in locals rather than arrays: the same operations in the same order.
     */
    private void evaluateTwoInputs(DenseLayer layer, Matrix features, double[] labels, int m, double threshold,
            double[] p) {
        double[] x = features.data();
        double w0 = layer.weights().data()[0];
        double w1 = layer.weights().data()[1];
        boolean bias = layer.hasBias();
        double b = layer.biases()[0];
        double sum0 = 0.0;
        double sum1 = 0.0;
        double biasTotal = 0.0;
        double linear = 0.0;
        double logs = 0.0;
        double product = 1.0;
        int terms = 0;
        int right = 0;
        for (int i = 0; i < m; i++) {
            double x0 = x[2 * i];
            double x1 = x[2 * i + 1];
            double z = 0.0 + x0 * w0;
            z += x1 * w1;
            if (bias) {
                z += b;
            }
            double e = StrictMath.exp(-Math.abs(z));
            double pHat = Elementary.sigmoid(z, e);
            p[i] = pHat;
            double y = labels[i];
            right += (pHat >= threshold) == (y == 1.0) ? 1 : 0;
            linear = Math.max(z, 0.0) - z * y + linear;
            product *= 1.0 + e;
            if (++terms == Elementary.PRODUCT_TERMS) {
                logs += StrictMath.log(product);
                product = 1.0;
                terms = 0;
            }
            double d = pHat - y;
            sum0 += d * x0;
            sum1 += d * x1;
            biasTotal += d;
        }
        weightSums[0] = sum0;
        weightSums[1] = sum1;
        biasSum = biasTotal;
        trainingLoss = logs + StrictMath.log(product) + linear;
        testLoss = 0.0;
        trainingRight = right;
        testRight = 0;
    }

    /**
     * Sets the layer's gradients of the cost over the m training rows of the last {@link #evaluate} with
     * the gradient (the mean, plus the L1 and L2 terms of strengths {@code l1} and {@code l2}), as
     * {@link Network#backward} would after a forward pass over those rows.
     */
    public void setGradients(Network network, int m, double l1, double l2) {
        DenseLayer layer = network.layer(0);
        System.arraycopy(weightSums, 0, layer.weightGradients().data(), 0, weightSums.length);
        layer.biasGradients()[0] = layer.hasBias() ? biasSum : 0.0;
        layer.scaleGradients(m, l1, l2);
    }

    /**
     * The gradients of the cost over one batch, set in the layer as {@link Network#backward} would after
     * a forward pass over the batch: the rows {@code order[start] … order[start + rows − 1]} of
     * {@code features [m × inputs]} and {@code labels [m]}, in that order, with the L1 and L2 terms.
     */
    public static void batchGradients(Network network, Matrix features, double[] labels, int[] order, int start,
            int rows, double l1, double l2) {
        DenseLayer layer = network.layer(0);
        int k = layer.inputs();
        double[] x = features.data();
        double[] w = layer.weights().data();
        double[] sums = layer.weightGradients().data();
        boolean bias = layer.hasBias();
        double b = layer.biases()[0];
        java.util.Arrays.fill(sums, 0, k, 0.0);
        double biasTotal = 0.0;
        for (int r = 0; r < rows; r++) {
            int index = order[start + r];
            int row = index * k;
            double z = logit(x, row, w, k, bias, b);
            double d = Elementary.sigmoid(z, StrictMath.exp(-Math.abs(z))) - labels[index];
            for (int j = 0; j < k; j++) {
                sums[j] += d * x[row + j];
            }
            biasTotal += d;
        }
        layer.biasGradients()[0] = bias ? biasTotal : 0.0;
        layer.scaleGradients(rows, l1, l2);
    }

    /**
     * z = w·x + b of the row of {@code x} from {@code row}, summed input by input from 0, then the bias
     * (when the layer has one), as {@link DenseLayer#forward} sums it.
     */
    private static double logit(double[] x, int row, double[] w, int k, boolean bias, double b) {
        double z = 0.0;
        for (int j = 0; j < k; j++) {
            z += x[row + j] * w[j];
        }
        return bias ? z + b : z;
    }

    /** Σ of the loss over the training rows of the last {@link #evaluate}. */
    public double trainingLoss() {
        return trainingLoss;
    }

    /** Σ of the loss over the test rows of the last {@link #evaluate} (0 without any). */
    public double testLoss() {
        return testLoss;
    }

    /** Training rows of the last {@link #evaluate} classified right. */
    public int trainingRight() {
        return trainingRight;
    }

    /** Test rows of the last {@link #evaluate} classified right. */
    public int testRight() {
        return testRight;
    }
}
