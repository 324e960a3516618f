package dev.boundary.core.explain;

import dev.boundary.core.math.Validate;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.DenseLayer;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;

/**
 * One example's forward and backward pass, node by node, as the computational graph of “Nothing but NumPy”
 * draws it, and the gradient-descent step that this example alone would take.
 *
 * <p>Forward, layer by layer: {@code z[u] = Σᵢ W[u,i]·in[i] + b[u]}, {@code a[u] = g(z[u])}, where
 * {@code in} is the example's features for the first layer and the previous layer's {@code a}
 * otherwise; the last layer's single {@code a} is p̂. Backward, from the loss L of this one example:
 * ∂L/∂p̂ and ∂p̂/∂z = p̂(1 − p̂) at the output, and ∂L/∂z = p̂ − y there for the stable cross-entropy
 * (which never forms ∂L/∂p̂) or their product otherwise; then for every layer
 * {@code ∂L/∂W[u,i] = ∂L/∂z[u]·in[i]}, {@code ∂L/∂b[u] = ∂L/∂z[u]} and, one layer down,
 * {@code ∂L/∂a[j] = Σᵤ W[u,j]·∂L/∂z[u]}, {@code ∂L/∂z[j] = ∂L/∂a[j]·g'(z[j])}. The step is
 * {@code w − α·∂L/∂w}. The L2 term, a property of the whole cost, is left out here (see
 * {@link BatchGradient}).
 *
 * <p>Layers, units and inputs are counted from 0. The trace keeps its own copy of the weights it was
 * computed with. Mutable: {@link #compute} refills the buffers, which are reallocated only when the
 * model's shape changes.
 */
public final class PointTrace {
    private ModelSpec spec;
    private double[][] inputs = new double[0][];
    private double[][] weights = new double[0][];
    private double[][] biases = new double[0][];
    private double[][] preActivations = new double[0][];
    private double[][] activations = new double[0][];
    private double[][] lossByActivation = new double[0][];
    private double[][] activationSlopes = new double[0][];
    private double[][] lossByPreActivation = new double[0][];
    private double[][] weightGradients = new double[0][];
    private double[][] biasGradients = new double[0][];
    private double[][] updatedWeights = new double[0][];
    private double[][] updatedBiases = new double[0][];
    private Loss loss = Loss.CROSS_ENTROPY;
    private double label;
    private double learningRate;
    private double lossValue;
    private double chainRule;

    /**
     * Traces one example.
     *
     * @param network the model, read, not changed
     * @param x the example's features, as many as the model has inputs
     * @param y its label, 0 or 1
     * @param lossKind the loss whose gradient is traced
     * @param learningRate α of the update shown, finite
     * @return this trace
     */
    public PointTrace compute(Network network, double[] x, double y, Loss lossKind, double learningRate) {
        ModelSpec shape = network.spec();
        // Checked by hand so that the messages are built only on failure: this runs per example per frame.
        if (x.length != shape.inputCount()) {
            throw new IllegalArgumentException("the model " + shape.describe() + " takes " + shape.inputCount()
                    + " features, the example has " + x.length);
        }
        if (y != 0.0 && y != 1.0) {
            throw new IllegalArgumentException("the label must be 0 or 1, was " + y);
        }
        Validate.finite(learningRate, "learning rate");
        if (!shape.sameAs(spec)) {
            allocate(shape);
        }
        this.loss = lossKind;
        this.label = y;
        this.learningRate = learningRate;
        System.arraycopy(x, 0, inputs[0], 0, x.length);
        forward(network);
        backward(network);
        return this;
    }

    private void allocate(ModelSpec shape) {
        spec = shape;
        int layers = shape.layerCount();
        inputs = new double[layers][];
        weights = new double[layers][];
        biases = new double[layers][];
        preActivations = new double[layers][];
        activations = new double[layers][];
        lossByActivation = new double[layers][];
        activationSlopes = new double[layers][];
        lossByPreActivation = new double[layers][];
        weightGradients = new double[layers][];
        biasGradients = new double[layers][];
        updatedWeights = new double[layers][];
        updatedBiases = new double[layers][];
        for (int l = 0; l < layers; l++) {
            int units = shape.units(l);
            int in = shape.inputs(l);
            inputs[l] = new double[in];
            weights[l] = new double[units * in];
            biases[l] = new double[units];
            preActivations[l] = new double[units];
            activations[l] = new double[units];
            lossByActivation[l] = new double[units];
            activationSlopes[l] = new double[units];
            lossByPreActivation[l] = new double[units];
            weightGradients[l] = new double[units * in];
            biasGradients[l] = new double[units];
            updatedWeights[l] = new double[units * in];
            updatedBiases[l] = new double[units];
        }
    }

    private void forward(Network network) {
        for (int l = 0; l < spec.layerCount(); l++) {
            DenseLayer layer = network.layer(l);
            System.arraycopy(layer.weights().data(), 0, weights[l], 0, weights[l].length);
            System.arraycopy(layer.biases(), 0, biases[l], 0, biases[l].length);
            if (l > 0) {
                System.arraycopy(activations[l - 1], 0, inputs[l], 0, inputs[l].length);
            }
            int in = inputs[l].length;
            Activation g = spec.activation(l);
            for (int u = 0; u < preActivations[l].length; u++) {
                double sum = 0.0;
                for (int i = 0; i < in; i++) {
                    sum += weights[l][u * in + i] * inputs[l][i];
                }
                double z = layer.hasBias() ? sum + biases[l][u] : sum;
                preActivations[l][u] = z;
                activations[l][u] = g.value(z);
            }
        }
    }

    private void backward(Network network) {
        int last = spec.layerCount() - 1;
        double z = preActivations[last][0];
        double pHat = activations[last][0];
        lossValue = loss.loss(z, pHat, label);
        double byProbability = loss.derivativeByProbability(pHat, label);
        double slope = pHat * (1.0 - pHat);
        chainRule = byProbability * slope;
        lossByActivation[last][0] = byProbability;
        activationSlopes[last][0] = slope;
        // The stable cross-entropy differentiates max(z,0) − z·y + log(1 + e^−|z|) in z directly: p̂ − y.
        lossByPreActivation[last][0] = loss == Loss.CROSS_ENTROPY ? pHat - label : chainRule;
        for (int l = last; l >= 0; l--) {
            boolean hasBias = network.layer(l).hasBias();
            int in = inputs[l].length;
            for (int u = 0; u < preActivations[l].length; u++) {
                double dZ = lossByPreActivation[l][u];
                for (int i = 0; i < in; i++) {
                    int k = u * in + i;
                    weightGradients[l][k] = dZ * inputs[l][i];
                    updatedWeights[l][k] = weights[l][k] - learningRate * weightGradients[l][k];
                }
                biasGradients[l][u] = hasBias ? dZ : 0.0;
                updatedBiases[l][u] = hasBias ? biases[l][u] - learningRate * dZ : biases[l][u];
            }
            if (l > 0) {
                Activation g = spec.activation(l - 1);
                int units = preActivations[l].length;
                for (int j = 0; j < in; j++) {
                    double sum = 0.0;
                    for (int u = 0; u < units; u++) {
                        sum += lossByPreActivation[l][u] * weights[l][u * in + j];
                    }
                    double gPrime = g.derivative(preActivations[l - 1][j], activations[l - 1][j]);
                    lossByActivation[l - 1][j] = sum;
                    activationSlopes[l - 1][j] = gPrime;
                    lossByPreActivation[l - 1][j] = sum * gPrime;
                }
            }
        }
    }

    /** The model's shape, or null before the first {@link #compute}. */
    public ModelSpec spec() {
        return spec;
    }

    /** Layers with weights: hidden layers, then the output layer. */
    public int layerCount() {
        return preActivations.length;
    }

    /** Inputs of {@code layer}: the features for layer 0, the previous layer's units otherwise. */
    public int inputCount(int layer) {
        return inputs[layer].length;
    }

    /** Units of {@code layer}; 1 for the output layer. */
    public int unitCount(int layer) {
        return preActivations[layer].length;
    }

    /** Input {@code input} of {@code layer}: a feature x for layer 0, a of the previous layer otherwise. */
    public double input(int layer, int input) {
        return inputs[layer][input];
    }

    /** W[unit, input] of {@code layer} when the trace was computed. */
    public double weight(int layer, int unit, int input) {
        return weights[layer][unit * inputs[layer].length + input];
    }

    /** b[unit] of {@code layer} when the trace was computed (0 for a model without biases). */
    public double bias(int layer, int unit) {
        return biases[layer][unit];
    }

    /** z = Σ W·in + b of a unit. */
    public double preActivation(int layer, int unit) {
        return preActivations[layer][unit];
    }

    /** a = g(z) of a unit; the output layer's is p̂. */
    public double activation(int layer, int unit) {
        return activations[layer][unit];
    }

    /** ∂L/∂a of a unit; at the output, ∂L/∂p̂. */
    public double lossByActivation(int layer, int unit) {
        return lossByActivation[layer][unit];
    }

    /** g'(z) of a unit; at the output, ∂p̂/∂z = p̂(1 − p̂). */
    public double activationSlope(int layer, int unit) {
        return activationSlopes[layer][unit];
    }

    /** ∂L/∂z of a unit (dZ); at the output, p̂ − y for the stable cross-entropy. */
    public double lossByPreActivation(int layer, int unit) {
        return lossByPreActivation[layer][unit];
    }

    /** ∂L/∂W[unit, input] of {@code layer}. */
    public double weightGradient(int layer, int unit, int input) {
        return weightGradients[layer][unit * inputs[layer].length + input];
    }

    /** ∂L/∂b[unit] of {@code layer}; 0 for a model without biases. */
    public double biasGradient(int layer, int unit) {
        return biasGradients[layer][unit];
    }

    /** W[unit, input] − α·∂L/∂W[unit, input]. */
    public double updatedWeight(int layer, int unit, int input) {
        return updatedWeights[layer][unit * inputs[layer].length + input];
    }

    /** b[unit] − α·∂L/∂b[unit]; unchanged for a model without biases. */
    public double updatedBias(int layer, int unit) {
        return updatedBiases[layer][unit];
    }

    /** The example's label y. */
    public double label() {
        return label;
    }

    /** The loss traced. */
    public Loss lossKind() {
        return loss;
    }

    /** α of the update. */
    public double learningRate() {
        return learningRate;
    }

    /** The output logit z. */
    public double logit() {
        return preActivations[preActivations.length - 1][0];
    }

    /** The output probability p̂ = σ(z). */
    public double probability() {
        return activations[activations.length - 1][0];
    }

    /** The loss L of this example (no L2 term). */
    public double loss() {
        return lossValue;
    }

    /** ∂L/∂p̂: −y/p̂ + (1 − y)/(1 − p̂) for cross-entropy, p̂ − y for squared error. */
    public double lossByProbability() {
        return lossByActivation[lossByActivation.length - 1][0];
    }

    /** ∂p̂/∂z = p̂(1 − p̂). */
    public double probabilityByLogit() {
        return activationSlopes[activationSlopes.length - 1][0];
    }

    /** ∂L/∂p̂ · ∂p̂/∂z, the chain rule at the output (NaN or infinite when p̂ rounds to 0 or 1). */
    public double chainRule() {
        return chainRule;
    }

    /** ∂L/∂z at the output, the gradient sent back: p̂ − y or {@link #chainRule()}. */
    public double outputDelta() {
        return lossByPreActivation[lossByPreActivation.length - 1][0];
    }

    /** Whether the output gradient is the stable cross-entropy's shortcut p̂ − y. */
    public boolean usesShortcut() {
        return loss == Loss.CROSS_ENTROPY;
    }
}
