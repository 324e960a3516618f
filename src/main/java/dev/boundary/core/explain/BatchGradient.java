package dev.boundary.core.explain;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.Validate;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.train.TrainingSettings;

/**
 * The gradient of the cost over all m training points, built as the vectorised logistic-regression notes
 * write it: the cost
 * {@code J = (1/m)·Σ L⁽ⁱ⁾}, each example's output gradient {@code dZ⁽ⁱ⁾} (p̂ − y for the stable
 * cross-entropy), and for every layer {@code ∂J/∂W = (1/m)·Σᵢ ∂L⁽ⁱ⁾/∂W} — for one neuron
 * {@code (1/m)·dZ·Xᵀ} — and {@code ∂J/∂b = (1/m)·Σᵢ dZ⁽ⁱ⁾}, plus {@code (λ/m)·W} when L2 strength λ is
 * above 0. Then one full-batch gradient-descent step {@code w − α·∂J/∂w} and the cost after it.
 *
 * <p>It sums the per-example {@link PointTrace}s, so it agrees with {@link Network#backward} (the
 * matrix form) only because both are right; the tests hold them together.
 *
 * <p>Gradients and updated parameters are kept in the flat parameter order of
 * {@link Network#copyParameters}: layer by layer, weights {@code [units × inputs]} row-major, then
 * biases. Mutable; buffers are reused while the shape and the number of points allow.
 */
public final class BatchGradient {
    private final PointTrace trace = new PointTrace();
    private ModelSpec spec;
    private Network stepped;
    private double[] features = new double[0];
    private double[] parameters = new double[0];
    private double[] gradients = new double[0];
    private double[] updated = new double[0];
    private int[] layerOffsets = new int[0];
    private double[] logits = new double[0];
    private double[] probabilities = new double[0];
    private double[] labels = new double[0];
    private double[] losses = new double[0];
    private double[] outputDeltas = new double[0];
    private int m;
    private Loss loss = Loss.CROSS_ENTROPY;
    private double learningRate;
    private double l2;
    private double cost = Double.NaN;
    private double penalty;
    private double costAfterStep = Double.NaN;

    /**
     * Computes the batch gradient of {@code network} on {@code data} with the loss, L2 strength and
     * learning rate of {@code settings}. With no points, the cost and gradients are NaN.
     *
     * @return this
     */
    public BatchGradient compute(Network network, DataSet data, TrainingSettings settings) {
        ModelSpec shape = network.spec();
        if (data.featureCount() != shape.inputCount()) {
            throw new IllegalArgumentException("the data have " + data.featureCount()
                    + (data.featureCount() == 1 ? " feature" : " features") + " but the model " + shape.describe()
                    + " takes " + shape.inputCount());
        }
        if (!shape.sameAs(spec)) {
            allocate(network);
        }
        ensureExamples(data.size());
        loss = settings.loss();
        learningRate = settings.learningRate();
        l2 = settings.l2();
        m = data.size();
        network.copyParameters(parameters);
        java.util.Arrays.fill(gradients, 0.0);
        if (m == 0) {
            java.util.Arrays.fill(gradients, Double.NaN);
            System.arraycopy(parameters, 0, updated, 0, parameters.length);
            cost = Double.NaN;
            penalty = 0.0;
            costAfterStep = Double.NaN;
            return this;
        }
        double[] x = features;
        double lossSum = 0.0;
        for (int e = 0; e < m; e++) {
            for (int j = 0; j < x.length; j++) {
                x[j] = data.feature(e, j);
            }
            trace.compute(network, x, data.label(e), loss, learningRate);
            logits[e] = trace.logit();
            probabilities[e] = trace.probability();
            labels[e] = data.label(e);
            losses[e] = trace.loss();
            outputDeltas[e] = trace.outputDelta();
            lossSum += trace.loss();
            accumulate();
        }
        double weightSquares = 0.0;
        for (int l = 0; l < shape.layerCount(); l++) {
            int offset = layerOffsets[l];
            int weightCount = shape.units(l) * shape.inputs(l);
            for (int k = offset; k < offset + weightCount; k++) {
                gradients[k] = gradients[k] / m + l2 / m * parameters[k];
                weightSquares += parameters[k] * parameters[k];
            }
            for (int k = offset + weightCount; k < offset + weightCount + shape.units(l); k++) {
                gradients[k] = network.layer(l).hasBias() ? gradients[k] / m : 0.0;
            }
        }
        for (int k = 0; k < parameters.length; k++) {
            updated[k] = parameters[k] - learningRate * gradients[k];
        }
        penalty = l2 == 0.0 ? 0.0 : l2 / (2.0 * m) * weightSquares;
        cost = lossSum / m + penalty;
        costAfterStep = costWith(updated, data);
        return this;
    }

    private void allocate(Network network) {
        spec = network.spec();
        stepped = new Network(spec);
        features = new double[spec.inputCount()];
        int count = network.parameterCount();
        parameters = new double[count];
        gradients = new double[count];
        updated = new double[count];
        layerOffsets = new int[spec.layerCount()];
        int offset = 0;
        for (int l = 0; l < spec.layerCount(); l++) {
            layerOffsets[l] = offset;
            offset += spec.units(l) * spec.inputs(l) + spec.units(l);
        }
    }

    private void ensureExamples(int count) {
        if (logits.length < count) {
            logits = new double[count];
            probabilities = new double[count];
            labels = new double[count];
            losses = new double[count];
            outputDeltas = new double[count];
        }
    }

    /** Adds the current trace's ∂L/∂W and ∂L/∂b to the sums, in flat order. */
    private void accumulate() {
        for (int l = 0; l < trace.layerCount(); l++) {
            int k = layerOffsets[l];
            for (int u = 0; u < trace.unitCount(l); u++) {
                for (int i = 0; i < trace.inputCount(l); i++) {
                    gradients[k++] += trace.weightGradient(l, u, i);
                }
            }
            for (int u = 0; u < trace.unitCount(l); u++) {
                gradients[k++] += trace.biasGradient(l, u);
            }
        }
    }

    /** The cost (mean loss plus the L2 term) of the model with {@code values}; NaN when not finite. */
    private double costWith(double[] values, DataSet data) {
        for (double value : values) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return Double.NaN;
            }
        }
        stepped.setParameters(values);
        double[] x = features;
        double sum = 0.0;
        for (int e = 0; e < m; e++) {
            for (int j = 0; j < x.length; j++) {
                x[j] = data.feature(e, j);
            }
            sum += trace.compute(stepped, x, data.label(e), loss, learningRate).loss();
        }
        return sum / m + stepped.l2Penalty(l2, m);
    }

    /** Layers with weights. */
    public int layerCount() {
        return spec.layerCount();
    }

    /** Inputs of {@code layer}. */
    public int inputCount(int layer) {
        return spec.inputs(layer);
    }

    /** Units of {@code layer}. */
    public int unitCount(int layer) {
        return spec.units(layer);
    }

    /** Whether the model has biases (otherwise they stay 0 and get no gradient). */
    public boolean hasBias() {
        return spec.hasBias();
    }

    /** Number of examples m. */
    public int exampleCount() {
        return m;
    }

    /** The loss whose gradient this is. */
    public Loss lossKind() {
        return loss;
    }

    /** α of the step. */
    public double learningRate() {
        return learningRate;
    }

    /** L2 strength λ. */
    public double l2() {
        return l2;
    }

    /** J = mean loss + (λ/2m)·ΣW²; NaN with no points. */
    public double cost() {
        return cost;
    }

    /** The L2 term (λ/2m)·ΣW² of the cost; 0 when λ = 0. */
    public double l2Penalty() {
        return penalty;
    }

    /** J after one full-batch gradient-descent step; NaN when the step leaves the finite numbers. */
    public double costAfterStep() {
        return costAfterStep;
    }

    /** Output logit z⁽ⁱ⁾ of example {@code example}. */
    public double logit(int example) {
        return logits[checkExample(example)];
    }

    /** p̂⁽ⁱ⁾ of an example. */
    public double probability(int example) {
        return probabilities[checkExample(example)];
    }

    /** y⁽ⁱ⁾ of an example. */
    public double label(int example) {
        return labels[checkExample(example)];
    }

    /** L⁽ⁱ⁾ of an example. */
    public double loss(int example) {
        return losses[checkExample(example)];
    }

    /** dZ⁽ⁱ⁾ = ∂L⁽ⁱ⁾/∂z of an example at the output (p̂ − y for the stable cross-entropy). */
    public double outputDelta(int example) {
        return outputDeltas[checkExample(example)];
    }

    /** ∂J/∂p for flat parameter {@code index} (see {@link Network#copyParameters}). */
    public double gradient(int index) {
        return gradients[checkIndex(index)];
    }

    /** The parameter {@code index} when the gradient was computed. */
    public double parameter(int index) {
        return parameters[checkIndex(index)];
    }

    /** The parameter {@code index} after one gradient-descent step, p − α·∂J/∂p. */
    public double updatedParameter(int index) {
        return updated[checkIndex(index)];
    }

    /** Copies all gradients into {@code out} in flat order. */
    public void copyGradients(double[] out) {
        Validate.isTrue(out.length == gradients.length,
                "need an array of " + gradients.length + " gradients, got " + out.length);
        System.arraycopy(gradients, 0, out, 0, gradients.length);
    }

    /** The flat index of W[unit, input] of {@code layer}. */
    public int weightIndex(int layer, int unit, int input) {
        return layerOffsets[layer] + unit * spec.inputs(layer) + input;
    }

    /** The flat index of b[unit] of {@code layer}. */
    public int biasIndex(int layer, int unit) {
        return layerOffsets[layer] + spec.units(layer) * spec.inputs(layer) + unit;
    }

    private int checkExample(int example) {
        Validate.inRange(example, 0, m - 1, "example index");
        return example;
    }

    private int checkIndex(int index) {
        Validate.inRange(index, 0, gradients.length - 1, "parameter index");
        return index;
    }

}
