package dev.boundary.core.view;

import dev.boundary.core.nn.DenseLayer;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;

/**
 * Where to draw a network's diagram in a unit box, and the weights of its links.
 *
 * <p>Columns are the inputs, then each layer's units, left to right at x = column / (columns − 1) ∈
 * [0, 1]. Nodes in a column are centred on y = 0.5, one step 1 / (largest column) apart, so the
 * largest column spans [step/2, 1 − step/2]; y grows downwards like the page, node 0 of a column at
 * the top. Nodes are numbered column by column (inputs first). Links run from every node of a column
 * to every node of the next, in the flat order of the weights: layer by layer, unit-major, input-minor,
 * so link k's weight is {@code W_l[unit, input]} and {@link #linkParameterIndex} gives its flat
 * parameter index (for choosing the axes of a {@link LossSurface}).
 *
 * <p>Positions are recomputed (allocating) only when the model's shape changes; {@link #update} then
 * just copies the current weights and biases, allocating nothing.
 */
public final class NetworkDiagramLayout {
    private ModelSpec spec;
    private double[] nodeX = new double[0];
    private double[] nodeY = new double[0];
    private double[] nodeBias = new double[0];
    private int[] columnStart = new int[0];
    private int[] linkFrom = new int[0];
    private int[] linkTo = new int[0];
    private int[] linkParameter = new int[0];
    private double[] linkWeight = new double[0];
    private double maxAbsWeight;

    /** Lays out {@code network} (if its shape changed) and reads its current weights and biases. */
    public void update(Network network) {
        if (!network.spec().sameAs(spec)) {
            layOut(network.spec());
        }
        maxAbsWeight = 0.0;
        int link = 0;
        for (int l = 0; l < network.layerCount(); l++) {
            DenseLayer layer = network.layer(l);
            double[] w = layer.weights().data();
            for (int i = 0; i < w.length; i++) {
                linkWeight[link++] = w[i];
                maxAbsWeight = Math.max(maxAbsWeight, Math.abs(w[i]));
            }
            double[] b = layer.biases();
            for (int u = 0; u < b.length; u++) {
                nodeBias[columnStart[l + 1] + u] = b[u];
            }
        }
    }

    private void layOut(ModelSpec newSpec) {
        spec = newSpec;
        int columns = newSpec.layerCount() + 1;
        columnStart = new int[columns + 1];
        int largest = 0;
        int links = 0;
        for (int column = 0; column < columns; column++) {
            int size = columnSize(newSpec, column);
            columnStart[column + 1] = columnStart[column] + size;
            largest = Math.max(largest, size);
            if (column > 0) {
                links += size * columnSize(newSpec, column - 1);
            }
        }
        int nodes = columnStart[columns];
        nodeX = new double[nodes];
        nodeY = new double[nodes];
        nodeBias = new double[nodes];
        double step = 1.0 / largest;
        for (int column = 0; column < columns; column++) {
            int size = columnSize(newSpec, column);
            for (int i = 0; i < size; i++) {
                int node = columnStart[column] + i;
                nodeX[node] = (double) column / (columns - 1);
                nodeY[node] = 0.5 + (i - 0.5 * (size - 1)) * step;
                nodeBias[node] = Double.NaN; // inputs have none; units get theirs in update
            }
        }
        linkFrom = new int[links];
        linkTo = new int[links];
        linkParameter = new int[links];
        linkWeight = new double[links];
        int link = 0;
        int parameter = 0;
        for (int l = 0; l < newSpec.layerCount(); l++) {
            int inputs = newSpec.inputs(l);
            for (int u = 0; u < newSpec.units(l); u++) {
                for (int i = 0; i < inputs; i++) {
                    linkFrom[link] = columnStart[l] + i;
                    linkTo[link] = columnStart[l + 1] + u;
                    linkParameter[link] = parameter++;
                    link++;
                }
            }
            parameter += newSpec.units(l); // the layer's biases follow its weights in the flat order
        }
    }

    private static int columnSize(ModelSpec spec, int column) {
        return column == 0 ? spec.inputCount() : spec.units(column - 1);
    }

    /** Columns: the inputs plus one per layer (0 before the first update). */
    public int columnCount() {
        return columnStart.length == 0 ? 0 : columnStart.length - 1;
    }

    /** Nodes in a column. */
    public int columnSize(int column) {
        return columnStart[column + 1] - columnStart[column];
    }

    /** The node number of {@code unit} (from 0) in {@code column}. */
    public int node(int column, int unit) {
        return columnStart[column] + unit;
    }

    public int nodeCount() {
        return nodeX.length;
    }

    /** x ∈ [0, 1] of a node, 0 for the inputs, 1 for the output. */
    public double nodeX(int node) {
        return nodeX[node];
    }

    /** y ∈ (0, 1) of a node, growing downwards. */
    public double nodeY(int node) {
        return nodeY[node];
    }

    /** The bias of a unit's node; NaN for an input node. */
    public double nodeBias(int node) {
        return nodeBias[node];
    }

    public int linkCount() {
        return linkWeight.length;
    }

    /** The node a link starts from (in the column to the left). */
    public int linkFrom(int link) {
        return linkFrom[link];
    }

    /** The node a link ends at (in the column to the right). */
    public int linkTo(int link) {
        return linkTo[link];
    }

    /** The link's current weight. */
    public double linkWeight(int link) {
        return linkWeight[link];
    }

    /** The flat parameter index of the link's weight (see {@link ParameterIndex}). */
    public int linkParameterIndex(int link) {
        return linkParameter[link];
    }

    /** The largest |weight| over all links, for scaling line widths; 0 when all are 0. */
    public double maxAbsWeight() {
        return maxAbsWeight;
    }
}
