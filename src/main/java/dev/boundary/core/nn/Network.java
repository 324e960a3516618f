package dev.boundary.core.nn;

import dev.boundary.core.math.Matrix;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.math.Validate;

/**
 * A feed-forward network of dense layers with a single sigmoid output: the model of every scenario.
 * The network owns parameters and their gradients; the buffers of a pass live in a {@link Workspace}.
 *
 * <p>Parameters in flat form (for optimisers, loss surfaces and files) are ordered layer by layer,
 * each layer's weights row-major then its biases.
 */
public final class Network {
    private final ModelSpec spec;
    private final DenseLayer[] layers;

    /** A network of the given shape with all parameters 0. */
    public Network(ModelSpec spec) {
        this.spec = spec;
        this.layers = new DenseLayer[spec.layerCount()];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = new DenseLayer(spec.inputs(l), spec.units(l), spec.activation(l), spec.hasBias());
        }
    }

    public ModelSpec spec() {
        return spec;
    }

    public int layerCount() {
        return layers.length;
    }

    public DenseLayer layer(int index) {
        return layers[index];
    }

    /** A workspace for passes over up to {@code capacity} examples. */
    public Workspace newWorkspace(int capacity) {
        return new Workspace(spec, capacity);
    }

    /**
     * Seeded initial weights: Glorot (Xavier) normal, sd √(2/(in+out)), for sigmoid, tanh and linear
     * layers; He normal, sd √(2/in), for ReLU layers. Biases start at 0.
     */
    public void initialize(SeededRandom random) {
        for (DenseLayer layer : layers) {
            int in = layer.inputs();
            int out = layer.units();
            double sd = layer.activation() == Activation.RELU ? Math.sqrt(2.0 / in) : Math.sqrt(2.0 / (in + out));
            double[] w = layer.weights().data();
            for (int i = 0; i < w.length; i++) {
                w[i] = random.nextGaussian(0.0, sd);
            }
            java.util.Arrays.fill(layer.biases(), 0.0);
        }
    }

    /** Number of parameters, counting biases (also fixed ones) so the flat layout is regular. */
    public int parameterCount() {
        int count = 0;
        for (DenseLayer layer : layers) {
            count += layer.weights().data().length + layer.biases().length;
        }
        return count;
    }

    /** Copies all parameters into {@code out} in flat order. */
    public void copyParameters(double[] out) {
        flatten(out, false);
    }

    /** Copies all gradients into {@code out} in flat order. */
    public void copyGradients(double[] out) {
        flatten(out, true);
    }

    private void flatten(double[] out, boolean gradients) {
        if (out.length != parameterCount()) { // by hand: this runs every epoch and must not build a message
            throw new IllegalArgumentException("need an array of " + parameterCount() + " parameters, got " + out.length);
        }
        int offset = 0;
        for (DenseLayer layer : layers) {
            double[] w = gradients ? layer.weightGradients().data() : layer.weights().data();
            double[] b = gradients ? layer.biasGradients() : layer.biases();
            System.arraycopy(w, 0, out, offset, w.length);
            offset += w.length;
            System.arraycopy(b, 0, out, offset, b.length);
            offset += b.length;
        }
    }

    /** Sets all parameters from {@code values} in flat order; every value must be finite. */
    public void setParameters(double[] values) {
        if (values.length != parameterCount()) {
            throw new IllegalArgumentException("the model " + spec.describe() + " has " + parameterCount()
                    + " parameters, got " + values.length);
        }
        int offset = 0;
        for (int l = 0; l < layers.length; l++) {
            double[] w = layers[l].weights().data();
            double[] b = layers[l].biases();
            for (int i = 0; i < w.length + b.length; i++) {
                if (values[offset + i] - values[offset + i] != 0.0) {
                    Validate.finite(values[offset + i], "parameter " + (offset + i + 1));
                }
            }
            System.arraycopy(values, offset, w, 0, w.length);
            offset += w.length;
            System.arraycopy(values, offset, b, 0, b.length);
            offset += b.length;
        }
    }

    /**
     * Sets layer {@code index}'s weights ({@code [units × inputs]} row-major) and biases ({@code [units]}).
     */
    public void setLayer(int index, double[] weights, double[] biases) {
        DenseLayer layer = layers[index];
        double[] w = layer.weights().data();
        Validate.isTrue(weights.length == w.length, "layer " + (index + 1) + " needs " + layer.units() + "×"
                + layer.inputs() + " = " + w.length + " weights, got " + weights.length);
        Validate.isTrue(biases.length == layer.units(),
                "layer " + (index + 1) + " needs " + layer.units() + " biases, got " + biases.length);
        for (int i = 0; i < weights.length; i++) {
            Validate.finite(weights[i], "weight " + (i + 1) + " of layer " + (index + 1));
        }
        for (int i = 0; i < biases.length; i++) {
            Validate.finite(biases[i], "bias " + (i + 1) + " of layer " + (index + 1));
            Validate.isTrue(layer.hasBias() || biases[i] == 0.0,
                    "layer " + (index + 1) + " has no bias, so its biases must be 0");
        }
        System.arraycopy(weights, 0, w, 0, w.length);
        System.arraycopy(biases, 0, layer.biases(), 0, biases.length);
    }

    /** True when every parameter is finite. */
    public boolean isFinite() {
        for (DenseLayer layer : layers) {
            for (double value : layer.weights().data()) {
                if (value - value != 0.0) {
                    return false;
                }
            }
            for (double value : layer.biases()) {
                if (value - value != 0.0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Forward pass over the rows of {@code workspace.input()}; afterwards {@code workspace.logits()} and
     * {@code workspace.probabilities()} hold z and p̂ of the output per example, and
     * {@code workspace.outputExp()} e^−|z|, from which p̂ was made and the stable cross-entropy is.
     */
    public void forward(Workspace workspace) {
        Matrix input = workspace.input();
        int last = layers.length - 1;
        for (int l = 0; l < layers.length; l++) {
            layers[l].forward(input, workspace.z(l), workspace.a(l), l == last ? workspace.outputExp() : null);
            input = workspace.a(l);
        }
    }

    /**
     * Backward pass after {@link #forward}: fills every layer's gradients of the cost (the mean loss
     * over the workspace's m rows, plus (λ/2m)·ΣW² when l2 = λ &gt; 0) against {@code labels[0..m)}.
     */
    public void backward(Workspace workspace, double[] labels, Loss loss, double l2) {
        backward(workspace, labels, loss, 0.0, l2);
    }

    /**
     * {@link #backward(Workspace, double[], Loss, double)} with an L1 term (λ₁/m)·Σ|W| as well, whose
     * gradient is (λ₁/m)·sign(W), taking sign(0) = 0.
     */
    public void backward(Workspace workspace, double[] labels, Loss loss, double l1, double l2) {
        int m = workspace.rows();
        int last = layers.length - 1;
        Matrix outputDelta = workspace.dZ(last);
        outputDelta.setRows(m);
        loss.outputGradient(workspace.probabilities(), labels, outputDelta.data(), m);
        for (int l = last; l > 0; l--) {
            // Through layer l, then through the activation below it: ∂L/∂a of layer l − 1 becomes its dZ.
            Matrix below = workspace.dZ(l - 1);
            layers[l].backward(workspace.dZ(l), workspace.a(l - 1), l1, l2, below);
            layers[l - 1].activation().backward(workspace.z(l - 1).data(), workspace.a(l - 1).data(),
                    below.data(), below.data(), m * layers[l - 1].units());
        }
        layers[0].backward(workspace.dZ(0), workspace.input(), l1, l2, null);
    }

    /** (λ/2m)·ΣW² over all weights (not biases): the L2 term of the cost for m examples. */
    public double l2Penalty(double l2, int m) {
        if (l2 == 0.0) {
            return 0.0;
        }
        double sum = 0.0;
        for (DenseLayer layer : layers) {
            for (double w : layer.weights().data()) {
                sum += w * w;
            }
        }
        return l2 / (2.0 * m) * sum;
    }

    /** (λ/m)·Σ|W| over all weights (not biases): the L1 term of the cost for m examples. */
    public double l1Penalty(double l1, int m) {
        if (l1 == 0.0) {
            return 0.0;
        }
        double sum = 0.0;
        for (DenseLayer layer : layers) {
            for (double w : layer.weights().data()) {
                sum += Math.abs(w);
            }
        }
        return l1 / m * sum;
    }

    /** p̂ for one point: convenient for hover read-outs, not for loops (it allocates). */
    public double probability(double... point) {
        Workspace workspace = newWorkspace(1);
        workspace.input().setRows(1);
        System.arraycopy(point, 0, workspace.input().data(), 0, spec.inputCount());
        forward(workspace);
        return workspace.probabilities()[0];
    }
}
