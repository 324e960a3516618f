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
 * row-major, row 0 at the top (the largest y), each at its cell centre. The computation runs on a
 * copy of the network's parameters, so the network itself is never touched. Buffers are reused while
 * the grid size, data size and model shape stay the same.
 *
 * <p>A big surface (10 000 points) takes longer than a frame, so it can be computed a few rows at a
 * time: {@link #begin} takes the inputs, {@link #computeCells} goes on, and the accessors keep
 * describing the last complete surface until the new one is done. {@link #compute} does it at once.
 */
public final class LossSurface {
    private double[] values = new double[0];
    private double[] labels = new double[0];
    private Workspace workspace;
    private ModelSpec workspaceSpec;
    /** The surface under way: its own network, grid and where it has got to. */
    private Network copy;
    private double[] pending = new double[0];
    private double[] snapshot = new double[0];
    private Loss pendingLoss;
    private double pendingL2;
    private double pendingL1;
    /** λ of an L1 term for the surfaces begun from now on (see {@link #setL1}). */
    private double l1;
    private int pendingM;
    private int pendingCols;
    private int pendingRows;
    private Viewport pendingRange;
    private int pendingX = -1;
    private int pendingY = -1;
    /** The next cell of the surface under way (row-major), or −1 when none is under way. */
    private int next = -1;
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
    /** The L1 strength of the cost for surfaces begun from now on (0, the default, for none). */
    public void setL1(double value) {
        l1 = value;
    }

    public void compute(Network network, DataSet data, Loss loss, double l2, int parameterX, int parameterY,
            Viewport range, int cols, int rows) {
        begin(network, data, loss, l2, parameterX, parameterY, range, cols, rows);
        computeCells(cols * rows);
    }

    /**
     * Starts a surface with the arguments of {@link #compute}, the network's parameters as they are
     * now; {@link #computeCells} fills it. A surface under way is abandoned.
     */
    public void begin(Network network, DataSet data, Loss loss, double l2, int parameterX, int parameterY,
            Viewport range, int cols, int rows) {
        ModelSpec spec = network.spec();
        // Checks throw with a message only on failure, so a valid call allocates nothing here.
        if (data.featureCount() != spec.dimension()) {
            throw new IllegalArgumentException("the data have " + data.featureCount()
                    + " coordinates but the model takes " + spec.dimension());
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
        ensureCapacity(spec, data.size());
        if (pending.length != cols * rows) {
            pending = new double[cols * rows];
        }
        if (snapshot.length != network.parameterCount()) {
            snapshot = new double[network.parameterCount()];
        }
        network.copyParameters(snapshot);
        copy.setParameters(snapshot);
        loadData(data);
        pendingLoss = loss;
        pendingL2 = l2;
        pendingL1 = l1;
        pendingM = data.size();
        pendingCols = cols;
        pendingRows = rows;
        pendingRange = range;
        pendingX = parameterX;
        pendingY = parameterY;
        next = 0;
    }

    /**
     * Computes up to {@code maxCells} more cells (one forward pass over the data each) of the surface
     * under way, row by row; when that completes it, it becomes the surface the accessors describe.
     * Returns whether no surface is under way any more.
     */
    public boolean computeCells(int maxCells) {
        if (next < 0) {
            return true;
        }
        int total = pendingCols * pendingRows;
        int end = (int) Math.min(total, (long) next + Math.max(1, maxCells));
        for (int k = next; k < end; k++) {
            if (pendingM == 0) {
                pending[k] = Double.NaN;
                continue;
            }
            ParameterIndex.set(copy, pendingY, pendingRange.cellCentreY(k / pendingCols, pendingRows));
            ParameterIndex.set(copy, pendingX, pendingRange.cellCentreX(k % pendingCols, pendingCols));
            copy.forward(workspace);
            pending[k] = pendingLoss.cost(workspace, labels, pendingM)
                    + copy.l2Penalty(pendingL2, pendingM) + copy.l1Penalty(pendingL1, pendingM);
        }
        next = end;
        if (next < total) {
            return false;
        }
        double[] done = values;
        values = pending;
        pending = done;
        cols = pendingCols;
        rows = pendingRows;
        range = pendingRange;
        parameterX = pendingX;
        parameterY = pendingY;
        next = -1;
        findExtremes();
        return true;
    }

    /** Whether a surface is under way ({@link #begin} called, {@link #computeCells} not done yet). */
    public boolean computing() {
        return next >= 0;
    }

    /** Cells of the surface under way still to compute; 0 when none is under way. */
    public int cellsLeft() {
        return next < 0 ? 0 : pendingCols * pendingRows - next;
    }

    /**
     * The cost at one pair of values, x of {@code parameterX} and y of {@code parameterY}, every other
     * parameter held: what {@link #compute} puts in a cell centred there. NaN with no data. Allocates its
     * buffers: for one read-out (a keyboard cursor), not for a loop.
     */
    public static double costAt(Network network, DataSet data, Loss loss, double l2, int parameterX,
            int parameterY, double x, double y) {
        return costAt(network, data, loss, 0.0, l2, parameterX, parameterY, x, y);
    }

    /** {@link #costAt(Network, DataSet, Loss, double, int, int, double, double)} with an L1 term as well. */
    public static double costAt(Network network, DataSet data, Loss loss, double l1, double l2, int parameterX,
            int parameterY, double x, double y) {
        checkParameter(network.spec(), network, parameterX);
        checkParameter(network.spec(), network, parameterY);
        LossSurface surface = new LossSurface();
        surface.ensureCapacity(network.spec(), data.size());
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
            return loss.cost(surface.workspace, surface.labels, data.size()) + network.l2Penalty(l2, data.size()) + network.l1Penalty(l1, data.size());
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

    /** Buffers for m examples; they grow by half again when too small, so adding points rarely allocates. */
    private void ensureCapacity(ModelSpec spec, int m) {
        if (workspace == null || workspace.capacity() < m || !spec.sameAs(workspaceSpec)) {
            workspace = new Workspace(spec, Math.max(1, m + m / 2));
            workspaceSpec = spec;
            copy = new Network(spec);
        }
        if (labels.length < m) {
            labels = new double[m + m / 2];
        }
    }

    private void loadData(DataSet data) {
        int m = data.size();
        int d = data.featureCount();
        dev.boundary.core.nn.InputFeatures inputs = workspaceSpec.features();
        double[] in = workspace.input().data();
        for (int i = 0; i < m; i++) {
            inputs.map(data.feature(i, 0), d == 2 ? data.feature(i, 1) : 0.0, in, i * inputs.count());
            labels[i] = data.label(i);
        }
        workspace.input().setRows(m);
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
     * The live buffer: the next surface is computed into another one and swapped in when done.
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
