package dev.boundary.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Logistic regression (no hidden layer) trains in one fused loop per pass; the layered path is the
 * reference. For random data, features, starting weights and settings (optimiser, learning rate, batch
 * size, L1 or L2, a test set, the threshold, settings changed half-way, epochs cut into single updates),
 * both must give the same bits: weights, gradients, every cost and accuracy of the history, every p̂.
 */
class LogisticFusionTest {
    private static final int STEPS = 12;

    @Property(tries = 150)
    void theFusedLoopGivesTheBitsOfTheLayeredPasses(@ForAll long seed) {
        SeededRandom random = new SeededRandom(seed);
        int dimension = random.nextDouble() < 0.25 ? 1 : 2;
        DataSet data = data(random, dimension);
        ModelSpec spec = new ModelSpec(features(random, dimension), new int[0], Activation.SIGMOID,
                random.nextDouble() < 0.8);
        double[] start = startingWeights(random, spec);
        TrainingSettings settings = settings(random, data.size());
        long shuffleSeed = random.nextLong();
        Trainer fused = trainer(spec, start, data, settings, shuffleSeed);
        Trainer layered = trainer(spec, start, data, settings, shuffleSeed);
        layered.useLayeredPasses();
        assertSame(fused, layered, "at the start");
        for (int step = 0; step < STEPS; step++) {
            double action = random.nextDouble();
            if (action < 0.4) {
                int epochs = 1 + random.nextInt(4);
                for (int e = 0; e < epochs; e++) {
                    assertEquals(layered.trainEpoch(), fused.trainEpoch());
                }
            } else if (action < 0.75) {
                int updates = 1 + random.nextInt(7);
                assertEquals(layered.trainUpdates(updates), fused.trainUpdates(updates));
            } else if (action < 0.9) {
                TrainingSettings changed = settings(random, data.size());
                layered.setSettings(changed);
                fused.setSettings(changed);
            } else {
                double threshold = random.nextDouble(0.1, 0.9);
                layered.setThreshold(threshold);
                fused.setThreshold(threshold);
            }
            assertSame(fused, layered, "after step " + (step + 1) + " (" + fused.settings().optimizer()
                    + ", batch " + fused.settings().batchSize() + ", " + fused.settings().regularization() + ")");
        }
    }

    /** Up to 300 points (so the loss's products of 256 factors are sometimes more than one), blobs or noise. */
    private static DataSet data(SeededRandom random, int dimension) {
        int m = 1 + random.nextInt(300);
        double spread = random.nextDouble() < 0.2 ? 40.0 : random.nextDouble(0.1, 3.0);
        double[] features = new double[dimension * m];
        double[] labels = new double[m];
        for (int i = 0; i < m; i++) {
            double label = random.nextDouble() < 0.5 ? 0.0 : 1.0;
            boolean noise = random.nextDouble() < 0.15;
            for (int d = 0; d < dimension; d++) {
                double centre = noise ? 0.0 : label == 1.0 ? 1.0 : -1.0;
                features[dimension * i + d] = random.nextGaussian(centre, spread);
            }
            labels[i] = label;
        }
        return new DataSet(dimension, features, labels);
    }

    private static InputFeatures features(SeededRandom random, int dimension) {
        if (random.nextDouble() < 0.5) {
            return InputFeatures.raw(dimension);
        }
        if (dimension == 2) {
            return InputFeatures.fromMask(2, 1 + random.nextInt(127));
        }
        int[] lineMasks = {0b1, 0b100, 0b101, 0b100000, 0b100001, 0b100100, 0b100101};
        return InputFeatures.fromMask(1, lineMasks[random.nextInt(lineMasks.length)]);
    }

    private static double[] startingWeights(SeededRandom random, ModelSpec spec) {
        Network network = new Network(spec);
        network.initialize(random);
        double[] start = new double[network.parameterCount()];
        network.copyParameters(start);
        if (spec.hasBias()) {
            start[start.length - 1] = random.nextGaussian(0.0, 1.0);
        }
        return start;
    }

    /** Mostly the stable cross-entropy (the fused case); sometimes another loss, which takes the layers. */
    private static TrainingSettings settings(SeededRandom random, int m) {
        double pick = random.nextDouble();
        Loss loss = pick < 0.85 ? Loss.CROSS_ENTROPY : pick < 0.93 ? Loss.SQUARED_ERROR : Loss.NAIVE_CROSS_ENTROPY;
        OptimizerKind optimizer = OptimizerKind.values()[random.nextInt(OptimizerKind.values().length)];
        double rate = random.nextDouble() < 0.1 ? random.nextDouble(5.0, 50.0) : random.nextDouble(0.001, 2.0);
        double batchPick = random.nextDouble();
        int batch = batchPick < 0.4 ? TrainingSettings.FULL_BATCH : batchPick < 0.5 ? 1 : 1 + random.nextInt(m + 5);
        Regularization regularization = Regularization.values()[random.nextInt(3)];
        double lambda = random.nextDouble() < 0.3 ? 0.0 : random.nextDouble(0.0, 3.0);
        double testFraction = random.nextDouble() < 0.6 ? 0.0 : random.nextDouble(0.05, 0.6);
        return new TrainingSettings(loss, optimizer, rate, batch, regularization, lambda, testFraction);
    }

    private static Trainer trainer(ModelSpec spec, double[] start, DataSet data, TrainingSettings settings,
            long shuffleSeed) {
        Network network = new Network(spec);
        network.setParameters(start);
        return new Trainer(network, data, settings, new SeededRandom(shuffleSeed));
    }

    /** Bit for bit: JUnit compares doubles by their bits (so 0.0 and −0.0 differ). */
    private static void assertSame(Trainer fused, Trainer layered, String when) {
        Network a = fused.network();
        Network b = layered.network();
        double[] parametersA = new double[a.parameterCount()];
        double[] parametersB = new double[b.parameterCount()];
        a.copyParameters(parametersA);
        b.copyParameters(parametersB);
        assertArrayEquals(parametersB, parametersA, "weights " + when);
        a.copyGradients(parametersA);
        b.copyGradients(parametersB);
        assertArrayEquals(parametersB, parametersA, "gradients " + when);
        assertEquals(layered.epoch(), fused.epoch(), "epoch " + when);
        assertEquals(layered.updates(), fused.updates(), "updates " + when);
        assertEquals(layered.divergence(), fused.divergence(), "divergence " + when);
        History expected = layered.history();
        History actual = fused.history();
        assertEquals(expected.size(), actual.size(), "history entries " + when);
        for (int k = 0; k < expected.size(); k++) {
            assertEquals(expected.cost(k), actual.cost(k), "cost of entry " + k + " " + when);
            assertEquals(expected.accuracy(k), actual.accuracy(k), "accuracy of entry " + k + " " + when);
            assertEquals(expected.testCost(k), actual.testCost(k), "test cost of entry " + k + " " + when);
            assertEquals(expected.testAccuracy(k), actual.testAccuracy(k), "test accuracy of entry " + k + " " + when);
        }
        int m = fused.data().size();
        for (int i = 0; i < m; i++) {
            assertEquals(layered.probabilities()[i], fused.probabilities()[i], "p̂ of point " + i + " " + when);
        }
    }
}
