package dev.boundary.bench;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Generators;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;
import dev.boundary.core.train.Trainer;
import dev.boundary.core.train.TrainingSettings;

/**
 * The benchmark workloads, run through the core's public API exactly as the page runs it:
 *
 * <ul>
 * <li>W1: logistic regression, full batch, learning rate 0.5;</li>
 * <li>W2a: a 2-8-8-1 tanh network (sigmoid output, stable cross-entropy), full batch, rate 0.1;</li>
 * <li>W2b: the same network with mini-batches of 10 (100 updates per epoch), reshuffled each epoch by
 * a {@link SeededRandom} seeded with {@link #SHUFFLE_SEED};</li>
 * <li>W3: p̂ of a trained W2 network on a {@value #GRID} × {@value #GRID} grid over
 * [−{@value #GRID_EXTENT}, {@value #GRID_EXTENT}]², turned into packed RGBA pixels.</li>
 * </ul>
 *
 * <p>Every training run starts from the same initial weights, so the cost it returns is a fingerprint
 * that the JVM, both browser builds and the hand-written JavaScript reference ({@code web/bench.js})
 * must agree on. Each epoch ends, as in the page, with the cost and accuracy over all the data.
 */
public final class Workloads {
    /** Seed of the two Gaussian classes. */
    public static final long DATA_SEED = 20261101L;
    /** Seed of the initial weights (Glorot normal, as {@link Network#initialize}). */
    public static final long WEIGHT_SEED = 42L;
    /** Seed of the mini-batch reshuffles; small, so JavaScript can hold it in a number. */
    public static final long SHUFFLE_SEED = 7L;
    public static final int POINTS_PER_CLASS = 500;
    public static final double LOGISTIC_LEARNING_RATE = 0.5;
    public static final double NETWORK_LEARNING_RATE = 0.1;
    public static final int MINI_BATCH = 10;
    public static final int[] HIDDEN_LAYERS = {8, 8};
    /** Full-batch epochs that train the network whose field W3 draws. */
    public static final int FIELD_TRAINING_EPOCHS = 500;
    public static final int GRID = 200;
    public static final double GRID_EXTENT = 5.0;
    /** Field colours for p̂ = 0 and p̂ = 1, as 0xRRGGBB. */
    public static final int COLOR_0 = 0xF59322;
    public static final int COLOR_1 = 0x0877BD;

    private final DataSet data;
    private final Network logistic;
    private final double[] logisticStart;
    private final Network network;
    private final double[] networkStart;
    private final Network fieldNetwork;
    private final Workspace fieldWorkspace;
    private final int[] pixels = new int[GRID * GRID];

    public Workloads() {
        data = Generators.twoBlobs(new SeededRandom(DATA_SEED), POINTS_PER_CLASS, -1, -1, 1, 1, 1);
        logistic = new Network(ModelSpec.logistic(2));
        logistic.initialize(new SeededRandom(WEIGHT_SEED));
        logisticStart = new double[logistic.parameterCount()];
        logistic.copyParameters(logisticStart);
        ModelSpec spec = new ModelSpec(2, HIDDEN_LAYERS, Activation.TANH, true);
        network = new Network(spec);
        network.initialize(new SeededRandom(WEIGHT_SEED));
        networkStart = new double[network.parameterCount()];
        network.copyParameters(networkStart);
        fieldNetwork = new Network(spec);
        fieldNetwork.setParameters(networkStart);
        Trainer trainer = new Trainer(fieldNetwork, data, TrainingSettings.gradientDescent(NETWORK_LEARNING_RATE),
                new SeededRandom(SHUFFLE_SEED));
        for (int e = 0; e < FIELD_TRAINING_EPOCHS; e++) {
            trainer.trainEpoch();
        }
        fieldWorkspace = fieldNetwork.newWorkspace(GRID);
    }

    public DataSet data() {
        return data;
    }

    /** Initial parameters of W1 in the network's flat order (weights, then bias). */
    public double[] logisticStart() {
        return logisticStart.clone();
    }

    /** Initial parameters of W2 in the network's flat order (per layer: weights row-major, biases). */
    public double[] networkStart() {
        return networkStart.clone();
    }

    /** W1: trains logistic regression for {@code epochs} full-batch epochs; returns the final cost. */
    public double trainLogistic(int epochs) {
        logistic.setParameters(logisticStart);
        return train(logistic, TrainingSettings.gradientDescent(LOGISTIC_LEARNING_RATE), epochs);
    }

    /** W2a: trains the 2-8-8-1 network for {@code epochs} full-batch epochs; returns the final cost. */
    public double trainFullBatch(int epochs) {
        network.setParameters(networkStart);
        return train(network, TrainingSettings.gradientDescent(NETWORK_LEARNING_RATE), epochs);
    }

    /** W2b: trains the 2-8-8-1 network for {@code epochs} epochs of mini-batches; returns the final cost. */
    public double trainMiniBatch(int epochs) {
        network.setParameters(networkStart);
        return train(network, TrainingSettings.gradientDescent(NETWORK_LEARNING_RATE).withBatchSize(MINI_BATCH),
                epochs);
    }

    private double train(Network model, TrainingSettings settings, int epochs) {
        Trainer trainer = new Trainer(model, data, settings, new SeededRandom(SHUFFLE_SEED));
        for (int e = 0; e < epochs; e++) {
            trainer.trainEpoch();
        }
        return trainer.cost();
    }

    /** Parameters of the network W3 draws, trained for {@link #FIELD_TRAINING_EPOCHS} epochs of W2a. */
    public double[] fieldParameters() {
        double[] parameters = new double[fieldNetwork.parameterCount()];
        fieldNetwork.copyParameters(parameters);
        return parameters;
    }

    /**
     * W3: p̂ at the centre of every grid cell (row 0 at the top, largest y), one grid row per forward
     * pass, and the pixels: each channel rounded from c₀ + (c₁ − c₀)·p̂, packed as 0xAABBGGRR so that an
     * {@code Int32Array} over ImageData bytes (little-endian) reads R, G, B, A. Returns Σ p̂.
     */
    public double paintField() {
        double cell = 2 * GRID_EXTENT / GRID;
        double[] input = fieldWorkspace.input().data();
        fieldWorkspace.input().setRows(GRID);
        double r0 = COLOR_0 >> 16;
        double g0 = (COLOR_0 >> 8) & 0xFF;
        double b0 = COLOR_0 & 0xFF;
        double dr = (COLOR_1 >> 16) - r0;
        double dg = ((COLOR_1 >> 8) & 0xFF) - g0;
        double db = (COLOR_1 & 0xFF) - b0;
        double sum = 0.0;
        for (int row = 0; row < GRID; row++) {
            double y = GRID_EXTENT - (row + 0.5) * cell;
            for (int col = 0; col < GRID; col++) {
                input[2 * col] = -GRID_EXTENT + (col + 0.5) * cell;
                input[2 * col + 1] = y;
            }
            fieldNetwork.forward(fieldWorkspace);
            double[] p = fieldWorkspace.probabilities();
            int offset = row * GRID;
            for (int col = 0; col < GRID; col++) {
                double q = p[col];
                sum += q;
                int r = (int) (r0 + dr * q + 0.5);
                int g = (int) (g0 + dg * q + 0.5);
                int b = (int) (b0 + db * q + 0.5);
                pixels[offset + col] = 0xFF000000 | (b << 16) | (g << 8) | r;
            }
        }
        return sum;
    }

    /** The pixels of the last {@link #paintField()} ({@code [GRID × GRID]}, row-major; live array). */
    public int[] pixels() {
        return pixels;
    }
}
