package dev.boundary.bench;

import dev.boundary.core.data.DataSet;
import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Float64Array;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * Entry point of the benchmark builds ({@code bench-java.wasm}, {@code bench-java.js}): exports the
 * {@link Workloads} to {@code bench.html}, which times the calls. Besides the workloads it hands out
 * the data and the initial weights, so the hand-written JavaScript reference trains on the very same
 * numbers.
 */
public final class BenchEntry {
    private static Workloads workloads;
    private static Int32Array imagePixels;

    private BenchEntry() {
    }

    public static void main(String[] args) {
        workloads = new Workloads();
        imagePixels = new Int32Array(Workloads.GRID * Workloads.GRID);
    }

    /** The workloads' fixed figures as JSON, for the page and the reference. */
    @JSExport
    public static String settings() {
        return "{\"pointsPerClass\":" + Workloads.POINTS_PER_CLASS
                + ",\"shuffleSeed\":" + Workloads.SHUFFLE_SEED
                + ",\"logisticLearningRate\":" + Workloads.LOGISTIC_LEARNING_RATE
                + ",\"networkLearningRate\":" + Workloads.NETWORK_LEARNING_RATE
                + ",\"miniBatch\":" + Workloads.MINI_BATCH
                + ",\"hiddenLayers\":[" + Workloads.HIDDEN_LAYERS[0] + "," + Workloads.HIDDEN_LAYERS[1] + "]"
                + ",\"fieldTrainingEpochs\":" + Workloads.FIELD_TRAINING_EPOCHS
                + ",\"grid\":" + Workloads.GRID
                + ",\"gridExtent\":" + Workloads.GRID_EXTENT
                + ",\"color0\":" + Workloads.COLOR_0
                + ",\"color1\":" + Workloads.COLOR_1 + "}";
    }

    /** Features of the data, row-major {@code [1000 × 2]}. */
    @JSExport
    public static Float64Array features() {
        DataSet data = workloads.data();
        return Float64Array.copyFromJavaArray(data.featureArray());
    }

    /** Labels of the data {@code [1000]}, 0 or 1. */
    @JSExport
    public static Float64Array labels() {
        return Float64Array.copyFromJavaArray(workloads.data().labelArray());
    }

    /** Initial parameters of W1 (w₁, w₂, b). */
    @JSExport
    public static Float64Array logisticStart() {
        return Float64Array.copyFromJavaArray(workloads.logisticStart());
    }

    /** Initial parameters of W2, per layer the weights {@code [units × inputs]} then the biases. */
    @JSExport
    public static Float64Array networkStart() {
        return Float64Array.copyFromJavaArray(workloads.networkStart());
    }

    /** Parameters of the network W3 draws. */
    @JSExport
    public static Float64Array fieldParameters() {
        return Float64Array.copyFromJavaArray(workloads.fieldParameters());
    }

    /** W1 for {@code epochs} epochs from the initial weights; the final cost. */
    @JSExport
    public static double trainLogistic(int epochs) {
        return workloads.trainLogistic(epochs);
    }

    /** W2a for {@code epochs} epochs from the initial weights; the final cost. */
    @JSExport
    public static double trainFullBatch(int epochs) {
        return workloads.trainFullBatch(epochs);
    }

    /** W2b for {@code epochs} epochs from the initial weights; the final cost. */
    @JSExport
    public static double trainMiniBatch(int epochs) {
        return workloads.trainMiniBatch(epochs);
    }

    /** W3 inside Java only: the field and its pixels in a Java array; Σ p̂. */
    @JSExport
    public static double paintField() {
        return workloads.paintField();
    }

    /**
     * W3 as the page needs it: the field painted, then its pixels copied into a JavaScript
     * {@code Int32Array} (over which an ImageData can be made); Σ p̂.
     */
    @JSExport
    public static double paintFieldToImage() {
        double sum = workloads.paintField();
        imagePixels.set(workloads.pixels());
        return sum;
    }

    /** The JavaScript pixels of the last {@link #paintFieldToImage()}. */
    @JSExport
    public static Int32Array image() {
        return imagePixels;
    }
}
