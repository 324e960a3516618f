package dev.boundary.core.nn;

import dev.boundary.core.math.Matrix;

/**
 * The buffers of one forward and backward pass over up to {@code capacity} examples: per layer z,
 * a = g(z) and dZ = ∂L/∂z, each {@code [m × units]}. Allocated once and reused, so passes allocate
 * nothing. Each user of a network (trainer, field, charts) keeps its own workspace.
 */
public final class Workspace {
    private final Matrix input;
    private final Matrix[] z;
    private final Matrix[] a;
    private final Matrix[] dZ;
    private final double[] outputExp;

    public Workspace(ModelSpec spec, int capacity) {
        int layers = spec.layerCount();
        this.input = new Matrix(capacity, spec.inputCount());
        this.z = new Matrix[layers];
        this.a = new Matrix[layers];
        this.dZ = new Matrix[layers];
        for (int l = 0; l < layers; l++) {
            z[l] = new Matrix(capacity, spec.units(l));
            a[l] = new Matrix(capacity, spec.units(l));
            dZ[l] = new Matrix(capacity, spec.units(l));
        }
        this.outputExp = new double[capacity];
    }

    /** Rows this workspace can hold. */
    public int capacity() {
        return input.capacity();
    }

    /** The input buffer {@code [m × inputs]}: fill it, set its rows, then run a forward pass. */
    public Matrix input() {
        return input;
    }

    /** Pre-activations of layer {@code layer} from the last forward pass. */
    public Matrix z(int layer) {
        return z[layer];
    }

    /** Activations of layer {@code layer} from the last forward pass. */
    public Matrix a(int layer) {
        return a[layer];
    }

    /** ∂L/∂z of layer {@code layer} per example from the last backward pass (not averaged). */
    public Matrix dZ(int layer) {
        return dZ[layer];
    }

    /** The output logits z {@code [m]} of the last forward pass (backing array). */
    public double[] logits() {
        return z[z.length - 1].data();
    }

    /** The output probabilities p̂ {@code [m]} of the last forward pass (backing array). */
    public double[] probabilities() {
        return a[a.length - 1].data();
    }

    /**
     * e^−|z| of the output logit per example {@code [m]} from the last forward pass (backing array): the
     * one exp that gave p̂, kept so the stable cross-entropy needs no second one.
     */
    public double[] outputExp() {
        return outputExp;
    }

    /** Examples in the last forward pass. */
    public int rows() {
        return input.rows();
    }

    int layerCount() {
        return z.length;
    }
}
