package dev.boundary.core.view;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;

/**
 * The cost over a grid of values of two parameters, all other parameters held at their current
 * values: the landscape gradient descent walks on. Parameters are named by their flat index (see
 * {@link ParameterIndex}); the cost is the one training minimises, the mean loss over the data plus
 * (λ/2m)·ΣW².
 *
 * <p>The grid spans a {@link Viewport} in parameter space: world x is the value of parameter
 * {@code parameterX}, world y the value of {@code parameterY}, so the same viewport maps the surface
 * and a {@link GradientPath} to pixels. The layout is the package's: {@code cols × rows} values,
 * row-major, row 0 at the top (the largest y), each at its cell centre. The network's parameters are
 * restored afterwards, also when the computation fails. Buffers are reused while the grid size, data
 * size and model shape stay the same.
 */
public final class LossSurface {
    private double[] values = new double[0];
    private double[] labels = new double[0];
    private Workspace workspace;
    private ModelSpec workspaceSpec;
    private int cols;
    private int rows;
    private Viewport range;
    private int parameterX = -1;
    private int parameterY = -1;
    private double min = Double.NaN;
    private double max = Double.NaN;
    private int minimumIndex = -1;

    /**
     * Fills the cost of {@code network} on {@code data} for every cell. Cost: cols × rows forward
     * passes over the m examples. With no data every value is NaN.
     *
     * @param l2 the L2 strength λ ≥ 0 (0 for the plain mean loss)
     * @param parameterX flat index of the parameter along x
     * @param parameterY flat index of the parameter along y, different from parameterX
     * @param range the parameter values: x over [xMin, xMax], y over [yMin, yMax]
     * @param cols cells across, at least 1
     * @param rows cells down, at least 1
     */
    public void compute(Network network, DataSet data, Loss loss, double l2, int parameterX, int parameterY,
            Viewport range, int cols, int rows) {
        ModelSpec spec = network.spec();
        // Checks throw with a message only on failure, so a valid call allocates nothing here.
        if (data.featureCount() != spec.inputCount()) {
            throw new IllegalArgumentException("the data have " + data.featureCount()
                    + " features but the model takes " + spec.inputCount());
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("L2 strength must be 0 or positive, was " + l2);
        }
        checkParameter(spec, network, parameterX);
        checkParameter(spec, network, parameterY);
        if (parameterX == parameterY) {
            throw new IllegalArgumentException("the surface needs two different parameters, got "
                    + ParameterIndex.name(spec, parameterX) + " twice");
        }
        if (cols < 1 || rows < 1) {
            throw new IllegalArgumentException("a loss surface needs at least 1×1 cells, was " + cols + "×" + rows);
        }
        ensureCapacity(spec, data.size(), cols, rows);
        this.range = range;
        this.parameterX = parameterX;
        this.parameterY = parameterY;
        loadData(data);
        double savedX = ParameterIndex.get(network, parameterX);
        double savedY = ParameterIndex.get(network, parameterY);
        try {
            fill(network, loss, l2, data.size());
        } finally {
            ParameterIndex.set(network, parameterX, savedX);
            ParameterIndex.set(network, parameterY, savedY);
        }
        findExtremes();
    }

    /**
     * The cost at one pair of values, x of {@code parameterX} and y of {@code parameterY}, every other
     * parameter held: what {@link #compute} puts in a cell centred there. NaN with no data. Allocates its
     * buffers: for one read-out (a keyboard cursor), not for a loop.
     */
    public static double costAt(Network network, DataSet data, Loss loss, double l2, int parameterX,
            int parameterY, double x, double y) {
        checkParameter(network.spec(), network, parameterX);
        checkParameter(network.spec(), network, parameterY);
        LossSurface surface = new LossSurface();
        surface.ensureCapacity(network.spec(), data.size(), 1, 1);
        surface.loadData(data);
        double savedX = ParameterIndex.get(network, parameterX);
        double savedY = ParameterIndex.get(network, parameterY);
        try {
            ParameterIndex.set(network, parameterX, x);
            ParameterIndex.set(network, parameterY, y);
            if (data.size() == 0) {
                return Double.NaN;
            }
            network.forward(surface.workspace);
            return loss.cost(surface.workspace.logits(), surface.workspace.probabilities(), surface.labels,
                    data.size()) + network.l2Penalty(l2, data.size());
        } finally {
            ParameterIndex.set(network, parameterX, savedX);
            ParameterIndex.set(network, parameterY, savedY);
        }
    }

    private static void checkParameter(ModelSpec spec, Network network, int index) {
        if (index < 0 || index >= network.parameterCount()) {
            throw new IllegalArgumentException("parameter index must be between 0 and "
                    + (network.parameterCount() - 1) + " for " + spec.describe() + ", was " + index);
        }
        if (!spec.hasBias() && ParameterIndex.isBias(spec, index)) {
            throw new IllegalArgumentException("the model " + spec.describe()
                    + " has no biases, so the cost does not depend on " + ParameterIndex.name(spec, index));
        }
    }

    private void ensureCapacity(ModelSpec spec, int m, int newCols, int newRows) {
        int capacity = Math.max(1, m);
        if (workspace == null || workspace.capacity() != capacity || !spec.sameAs(workspaceSpec)) {
            workspace = new Workspace(spec, capacity);
            workspaceSpec = spec;
        }
        if (labels.length != m) {
            labels = new double[m];
        }
        if (newCols != cols || newRows != rows) {
            values = new double[newCols * newRows];
            cols = newCols;
            rows = newRows;
        }
    }

    private void loadData(DataSet data) {
        int m = data.size();
        int d = data.featureCount();
        double[] in = workspace.input().data();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < d; j++) {
                in[i * d + j] = data.feature(i, j);
            }
            labels[i] = data.label(i);
        }
        workspace.input().setRows(m);
    }

    private void fill(Network network, Loss loss, double l2, int m) {
        if (m == 0) {
            java.util.Arrays.fill(values, Double.NaN);
            return;
        }
        for (int r = 0; r < rows; r++) {
            ParameterIndex.set(network, parameterY, range.cellCentreY(r, rows));
            for (int c = 0; c < cols; c++) {
                ParameterIndex.set(network, parameterX, range.cellCentreX(c, cols));
                network.forward(workspace);
                values[r * cols + c] = loss.cost(workspace.logits(), workspace.probabilities(), labels, m)
                        + network.l2Penalty(l2, m);
            }
        }
    }

    private void findExtremes() {
        min = Double.NaN;
        max = Double.NaN;
        minimumIndex = -1;
        for (int i = 0; i < values.length; i++) {
            double value = values[i];
            if (value - value != 0.0) {
                continue; // NaN or infinite (the naive cross-entropy) would spoil the colour scale
            }
            if (minimumIndex < 0 || value < min) {
                min = value;
                minimumIndex = i;
            }
            if (!(value <= max)) {
                max = value;
            }
        }
    }

    /**
     * The cost per cell, {@code [rows × cols]} row-major, row 0 at the top (largest parameterY value).
     * The live buffer: overwritten by the next {@link #compute}, replaced when the grid size changes.
     */
    public double[] values() {
        return values;
    }

    /** The cost at cell (col, row), row 0 at the top. */
    public double value(int col, int row) {
        return values[row * cols + col];
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    /** The parameter-space viewport of the last computation, or null before the first. */
    public Viewport range() {
        return range;
    }

    /** Flat index of the parameter along x (−1 before the first computation). */
    public int parameterX() {
        return parameterX;
    }

    /** Flat index of the parameter along y (−1 before the first computation). */
    public int parameterY() {
        return parameterY;
    }

    /** The lowest finite cost on the grid, for colour scaling; NaN when there is none. */
    public double min() {
        return min;
    }

    /** The highest finite cost on the grid, for colour scaling; NaN when there is none. */
    public double max() {
        return max;
    }

    /** Column of the lowest finite cost, or −1 when there is none. */
    public int minimumCol() {
        return minimumIndex < 0 ? -1 : minimumIndex % cols;
    }

    /** Row of the lowest finite cost (0 at the top), or −1 when there is none. */
    public int minimumRow() {
        return minimumIndex < 0 ? -1 : minimumIndex / cols;
    }
}
