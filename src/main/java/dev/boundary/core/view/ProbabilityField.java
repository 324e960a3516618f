package dev.boundary.core.view;

import dev.boundary.core.math.Matrix;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;

/**
 * The network's p̂ = P(class 1 | x) and its logit z on a grid over a {@link Viewport}: {@code cols ×
 * rows} cells, row-major, row 0 at the top of the picture, each value taken at its cell's centre
 * ({@link Viewport#cellCentreX}, {@link Viewport#cellCentreY}).
 *
 * <p>The field evaluates one grid row per forward pass through its own {@link Workspace} of capacity
 * {@code cols}. Its buffers are allocated when the grid size or the model's shape changes and reused
 * otherwise, so recomputing every frame allocates nothing. Computing again with the same weights over
 * the same viewport and grid (the threshold moved, a point was added while paused) keeps the values.
 * A one-input network's p̂ depends on x only: the first row is evaluated and copied down, so the
 * picture shows vertical bands.
 */
public final class ProbabilityField {
    private Workspace workspace;
    private ModelSpec workspaceSpec;
    private double[] probabilities = new double[0];
    private double[] logits = new double[0];
    private int cols;
    private int rows;
    private Viewport viewport;
    /** The parameters the values were computed with, and a buffer to read the network's into (same length). */
    private double[] computedParameters = new double[0];
    private double[] parameters = new double[0];
    private ModelSpec computedSpec;

    /**
     * Fills p̂ and z of {@code network} for every cell of a {@code cols × rows} grid over
     * {@code viewport}. Cost: rows forward passes of cols examples (one pass for a one-input network).
     *
     * @param cols cells across, at least 1
     * @param rows cells down, at least 1
     */
    public void compute(Network network, Viewport viewport, int cols, int rows) {
        if (cols < 1 || rows < 1) {
            throw new IllegalArgumentException("a probability field needs at least 1×1 cells, was " + cols + "×" + rows);
        }
        int count = network.parameterCount();
        if (parameters.length != count) {
            parameters = new double[count];
            computedParameters = new double[count];
        }
        network.copyParameters(parameters);
        if (viewport.sameAs(this.viewport) && cols == this.cols && rows == this.rows && network.spec().sameAs(computedSpec)
                && java.util.Arrays.equals(parameters, computedParameters)) {
            return; // the same weights over the same grid: the values stand
        }
        ensureCapacity(network.spec(), cols, rows);
        this.viewport = viewport;
        System.arraycopy(parameters, 0, computedParameters, 0, count);
        computedSpec = network.spec();
        Matrix input = workspace.input();
        input.setRows(cols);
        double[] in = input.data();
        double[] p = workspace.probabilities();
        double[] z = workspace.logits();
        InputFeatures inputs = network.spec().features();
        if (inputs.dimension() == 1) {
            for (int c = 0; c < cols; c++) {
                inputs.map(viewport.cellCentreX(c, cols), 0.0, in, c * inputs.count());
            }
            network.forward(workspace);
            System.arraycopy(p, 0, probabilities, 0, cols);
            System.arraycopy(z, 0, logits, 0, cols);
            for (int r = 1; r < rows; r++) {
                System.arraycopy(probabilities, 0, probabilities, r * cols, cols);
                System.arraycopy(logits, 0, logits, r * cols, cols);
            }
            return;
        }
        boolean raw = inputs.isRaw();
        // For x₁ and x₂ alone, x is the same in every row: write it once, then only the y column changes.
        for (int c = 0; c < cols && raw; c++) {
            in[2 * c] = viewport.cellCentreX(c, cols);
        }
        for (int r = 0; r < rows; r++) {
            double y = viewport.cellCentreY(r, rows);
            for (int c = 0; c < cols; c++) {
                if (raw) {
                    in[2 * c + 1] = y;
                } else {
                    inputs.map(viewport.cellCentreX(c, cols), y, in, c * inputs.count());
                }
            }
            network.forward(workspace);
            System.arraycopy(p, 0, probabilities, r * cols, cols);
            System.arraycopy(z, 0, logits, r * cols, cols);
        }
    }

    private void ensureCapacity(ModelSpec spec, int newCols, int newRows) {
        if (workspace == null || workspace.capacity() != newCols || !spec.sameAs(workspaceSpec)) {
            workspace = new Workspace(spec, newCols);
            workspaceSpec = spec;
        }
        if (newCols != cols || newRows != rows) {
            probabilities = new double[newCols * newRows];
            logits = new double[newCols * newRows];
            cols = newCols;
            rows = newRows;
        }
    }

    /** Cells across in the last computation (0 before the first). */
    public int cols() {
        return cols;
    }

    /** Cells down in the last computation (0 before the first). */
    public int rows() {
        return rows;
    }

    /** The viewport of the last computation, or null before the first. */
    public Viewport viewport() {
        return viewport;
    }

    /**
     * p̂ ∈ [0, 1] per cell, {@code [rows × cols]} row-major, row 0 at the top. The live buffer: it is
     * overwritten by the next {@link #compute} and replaced when the grid size changes.
     */
    public double[] probabilities() {
        return probabilities;
    }

    /** The output logit z (p̂ = σ(z)) per cell, same layout and lifetime as {@link #probabilities()}. */
    public double[] logits() {
        return logits;
    }

    /** p̂ of cell (col, row), row 0 at the top. */
    public double probability(int col, int row) {
        return probabilities[row * cols + col];
    }

    /** z of cell (col, row), row 0 at the top. */
    public double logit(int col, int row) {
        return logits[row * cols + col];
    }
}
