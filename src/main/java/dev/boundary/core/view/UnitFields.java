package dev.boundary.core.view;

import dev.boundary.core.math.Matrix;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;

/**
 * Every unit's activation a over the input plane, for a small picture per unit: each hidden unit's
 * a and the output's p̂ on a {@code cols × rows} grid over a {@link Viewport} (row 0 at the top, values
 * at the cell centres), with the pixels of each picture.
 *
 * <p>Colours: a hidden unit is white at a = 0, blue where it is positive and orange where it is negative
 * (the diagram's colours for positive and negative weights). Its scale follows its activation: tanh
 * from −1 to 1, linear from −M to M with M the largest |a| on the grid, ReLU from 0 to its largest a
 * on the grid, sigmoid from 0 to 1 (see {@link #low} and {@link #high}). The output unit is coloured
 * as the plot colours p̂: orange at 0, neutral at the threshold, blue at 1.
 *
 * <p>The whole grid goes through the network in one forward pass through the object's own
 * {@link Workspace} of capacity {@code cols × rows}. Buffers are allocated when the grid or the model's
 * shape changes and reused otherwise, so recomputing every frame allocates nothing. A one-input
 * network's values depend on x only; {@code rows = 1} then gives a strip.
 */
public final class UnitFields {
    /** How far a hidden unit's extremes go from white towards blue or orange, in [0, 1]. */
    private static final double HIDDEN_STRENGTH = 0.9;
    /** The plot's strength for p̂, so the output's picture matches the plot. */
    private static final double OUTPUT_STRENGTH = 0.6;
    private static final int WHITE = 0xFFFFFF;

    /** Neutral at level 0.5: a level is 0.5 + a / (2M). */
    private final FieldColors diverging = new FieldColors(FieldColors.CLASS_0_RGB, FieldColors.CLASS_1_RGB, WHITE,
            HIDDEN_STRENGTH);
    /** Neutral at level 0: a level is a / max. */
    private final FieldColors sequential = new FieldColors(FieldColors.CLASS_0_RGB, FieldColors.CLASS_1_RGB, WHITE,
            HIDDEN_STRENGTH);
    private final FieldColors output = new FieldColors(FieldColors.CLASS_0_RGB, FieldColors.CLASS_1_RGB,
            FieldColors.NEUTRAL_RGB, OUTPUT_STRENGTH);
    private Workspace workspace;
    private ModelSpec spec;
    private int cols;
    private int rows;
    /** Per layer, per unit: the picture {@code [rows × cols]} as packed pixels (see {@link FieldColors}). */
    private int[][][] pixels = new int[0][][];
    /** Per layer, per unit: the scale's ends. */
    private double[][] low = new double[0][];
    private double[][] high = new double[0][];
    private double[] levels = new double[0];
    /** Per input feature: its picture and the end of its scale, ±M (M its largest |value| on the grid). */
    private int[][] inputPixels = new int[0][];
    private double[] inputLargest = new double[0];

    public UnitFields() {
        sequential.setThreshold(0.0);
    }

    /**
     * Evaluates every unit of {@code network} at the centres of a {@code cols × rows} grid over
     * {@code viewport} and paints each unit's picture; the output's neutral colour sits at p̂ =
     * {@code threshold} ∈ [0, 1].
     */
    public void compute(Network network, Viewport viewport, int cols, int rows, double threshold) {
        if (cols < 1 || rows < 1) {
            throw new IllegalArgumentException("unit pictures need at least 1×1 cells, was " + cols + "×" + rows);
        }
        ensureCapacity(network.spec(), cols, rows);
        Matrix input = workspace.input();
        input.setRows(cols * rows);
        double[] in = input.data();
        InputFeatures inputs = network.spec().features();
        int k = inputs.count();
        for (int r = 0; r < rows; r++) {
            double y = viewport.cellCentreY(r, rows);
            for (int c = 0; c < cols; c++) {
                inputs.map(viewport.cellCentreX(c, cols), y, in, (r * cols + c) * k);
            }
        }
        network.forward(workspace);
        for (int j = 0; j < k; j++) {
            paintInput(j, k);
        }
        output.setThreshold(threshold);
        int last = network.layerCount() - 1;
        for (int l = 0; l <= last; l++) {
            for (int u = 0; u < spec.units(l); u++) {
                paint(l, u, l == last ? null : spec.activation(l));
            }
        }
    }

    /** Fills the scale and the pixels of unit u of layer l; a null activation means the output p̂. */
    private void paint(int l, int u, Activation activation) {
        int count = cols * rows;
        int units = spec.units(l);
        double[] a = workspace.a(l).data();
        double largest = 0.0;
        for (int cell = 0; cell < count; cell++) {
            double value = a[cell * units + u];
            largest = Math.max(largest, activation == Activation.RELU ? value : Math.abs(value));
        }
        FieldColors colours;
        if (activation == null || activation == Activation.SIGMOID) {
            low[l][u] = 0.0;
            high[l][u] = 1.0;
            colours = activation == null ? output : sequential;
        } else if (activation == Activation.RELU) {
            low[l][u] = 0.0;
            high[l][u] = largest;
            colours = sequential;
        } else {
            double m = activation == Activation.TANH ? 1.0 : largest;
            low[l][u] = -m;
            high[l][u] = m;
            colours = diverging;
        }
        double lowest = low[l][u];
        double span = high[l][u] - lowest;
        for (int cell = 0; cell < count; cell++) {
            // All zero (a dead ReLU, a linear unit with zero weights): the level of 0, i.e. white.
            levels[cell] = span > 0.0 ? (a[cell * units + u] - lowest) / span : colours == diverging ? 0.5 : 0.0;
        }
        colours.fill(levels, count, pixels[l][u]);
    }

    /** Feature j's picture, as a linear unit's: white at 0, orange to −M, blue to M. */
    private void paintInput(int j, int k) {
        int count = cols * rows;
        double[] in = workspace.input().data();
        double largest = 0.0;
        for (int cell = 0; cell < count; cell++) {
            largest = Math.max(largest, Math.abs(in[cell * k + j]));
        }
        inputLargest[j] = largest;
        for (int cell = 0; cell < count; cell++) {
            levels[cell] = largest > 0.0 ? 0.5 + in[cell * k + j] / (2 * largest) : 0.5;
        }
        diverging.fill(levels, count, inputPixels[j]);
    }

    private void ensureCapacity(ModelSpec newSpec, int newCols, int newRows) {
        int count = newCols * newRows;
        if (workspace != null && newSpec.sameAs(spec) && count == cols * rows) {
            cols = newCols;
            rows = newRows;
            return;
        }
        workspace = new Workspace(newSpec, count);
        spec = newSpec;
        cols = newCols;
        rows = newRows;
        levels = new double[count];
        inputPixels = new int[newSpec.inputCount()][count];
        inputLargest = new double[newSpec.inputCount()];
        int layers = newSpec.layerCount();
        pixels = new int[layers][][];
        low = new double[layers][];
        high = new double[layers][];
        for (int l = 0; l < layers; l++) {
            pixels[l] = new int[newSpec.units(l)][count];
            low[l] = new double[newSpec.units(l)];
            high[l] = new double[newSpec.units(l)];
        }
    }

    /** Input features of the last computation (0 before the first). */
    public int inputCount() {
        return inputPixels.length;
    }

    /** Feature {@code input}'s picture, as {@link #pixels}: white at 0, blue up to +M, orange down to −M. */
    public int[] inputPixels(int input) {
        return inputPixels[input];
    }

    /** M, the largest |value| of feature {@code input} on the grid: the end of its colour scale. */
    public double inputLargest(int input) {
        return inputLargest[input];
    }

    /** Feature {@code input}'s value at cell (col, row), row 0 at the top. */
    public double inputValue(int input, int col, int row) {
        return workspace.input().get(row * cols + col, input);
    }

    /** Layers of the last computation, the output last (0 before the first). */
    public int layerCount() {
        return pixels.length;
    }

    /** Units of layer {@code layer} (the output layer has one). */
    public int units(int layer) {
        return pixels[layer].length;
    }

    /** Cells across in the last computation. */
    public int cols() {
        return cols;
    }

    /** Cells down in the last computation. */
    public int rows() {
        return rows;
    }

    /** The activation a of unit {@code unit} of layer {@code layer} at cell (col, row), row 0 at the top. */
    public double value(int layer, int unit, int col, int row) {
        return workspace.a(layer).get(row * cols + col, unit);
    }

    /** The value the unit's colour scale starts at (white for a hidden unit whose scale starts at 0). */
    public double low(int layer, int unit) {
        return low[layer][unit];
    }

    /** The value the unit's colour scale ends at (full blue for a hidden unit). */
    public double high(int layer, int unit) {
        return high[layer][unit];
    }

    /**
     * The unit's picture, {@code [rows × cols]} packed pixels {@code 0xAABBGGRR}, row 0 at the top. The
     * live buffer: overwritten by the next {@link #compute}, replaced when the grid or the model changes.
     */
    public int[] pixels(int layer, int unit) {
        return pixels[layer][unit];
    }
}
