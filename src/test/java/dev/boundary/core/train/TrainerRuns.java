package dev.boundary.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import java.util.Set;

/** Random settings, twin trainers and bit-for-bit comparisons for the property tests of training paths. */
final class TrainerRuns {
    private TrainerRuns() {
    }

    /**
     * Random settings for {@code m} points: any loss, optimiser and regularisation, a learning rate
     * from 0.01 to 1 (or, one time in {@code 1 / bigRates}, 5 to 50), the full batch, 1 or up to
     * {@code m / batchDivisor + 2}, a test set half the time.
     */
    static TrainingSettings settings(SeededRandom random, int m, double bigRates, int batchDivisor) {
        double pick = random.nextDouble();
        Loss loss = pick < 0.6 ? Loss.CROSS_ENTROPY : pick < 0.8 ? Loss.SQUARED_ERROR : Loss.NAIVE_CROSS_ENTROPY;
        OptimizerKind optimizer = OptimizerKind.values()[random.nextInt(OptimizerKind.values().length)];
        double rate = random.nextDouble() < bigRates ? random.nextDouble(5.0, 50.0) : random.nextDouble(0.01, 1.0);
        double batchPick = random.nextDouble();
        int batch = batchPick < 0.2 ? TrainingSettings.FULL_BATCH : batchPick < 0.3 ? 1
                : 1 + random.nextInt(m / batchDivisor + 2);
        Regularization regularization = Regularization.values()[random.nextInt(3)];
        double lambda = random.nextDouble() < 0.5 ? 0.0 : random.nextDouble(0.0, 0.5);
        double testFraction = random.nextDouble() < 0.5 ? 0.0 : random.nextDouble(0.1, 0.5);
        return new TrainingSettings(loss, optimizer, rate, batch, regularization, lambda, testFraction);
    }

    /** A trainer of {@code spec} from {@code weights}, shuffling with {@code shuffleSeed}. */
    /** A network of {@code spec} initialised from {@code random}, as its flat parameters. */
    static double[] initialWeights(ModelSpec spec, SeededRandom random) {
        Network start = new Network(spec);
        start.initialize(random);
        double[] weights = new double[start.parameterCount()];
        start.copyParameters(weights);
        return weights;
    }

    static Trainer trainer(ModelSpec spec, double[] weights, DataSet data, TrainingSettings settings,
            long shuffleSeed) {
        Network network = new Network(spec);
        network.setParameters(weights);
        return new Trainer(network, data, settings, new SeededRandom(shuffleSeed));
    }

    /**
     * Bit for bit (JUnit compares doubles by their bits): weights, epoch, updates, divergence and every
     * history entry but those listed in {@code skipped}.
     */
    static void assertSameTraining(Trainer expected, Trainer actual, Set<Integer> skipped, String when) {
        double[] a = new double[expected.network().parameterCount()];
        double[] b = new double[a.length];
        expected.network().copyParameters(a);
        actual.network().copyParameters(b);
        assertArrayEquals(a, b, "weights " + when);
        assertEquals(expected.epoch(), actual.epoch(), "epoch " + when);
        assertEquals(expected.updates(), actual.updates(), "updates " + when);
        assertEquals(expected.divergence(), actual.divergence(), "divergence " + when);
        History h = expected.history();
        History g = actual.history();
        assertEquals(h.size(), g.size(), "history entries " + when);
        for (int k = 0; k < h.size(); k++) {
            if (!skipped.contains(k)) {
                assertEquals(h.cost(k), g.cost(k), "cost of entry " + k + " " + when);
                assertEquals(h.accuracy(k), g.accuracy(k), "accuracy of entry " + k + " " + when);
                assertEquals(h.testCost(k), g.testCost(k), "test cost of entry " + k + " " + when);
                assertEquals(h.testAccuracy(k), g.testAccuracy(k), "test accuracy of entry " + k + " " + when);
            }
        }
    }

    /** The cost, accuracy, test figures and p̂ of every point of {@code actual} are {@code expected}'s, bit for bit. */
    static void assertSameFigures(Trainer expected, Trainer actual, String when) {
        assertEquals(expected.cost(), actual.cost(), "cost " + when);
        assertEquals(expected.accuracy(), actual.accuracy(), "accuracy " + when);
        assertEquals(expected.testCost(), actual.testCost(), "test cost " + when);
        assertEquals(expected.testAccuracy(), actual.testAccuracy(), "test accuracy " + when);
        assertEquals(expected.testCount(), actual.testCount(), "test points " + when);
        for (int i = 0; i < actual.data().size(); i++) {
            assertEquals(expected.probabilities()[i], actual.probabilities()[i], "p̂ of point " + i + " " + when);
        }
    }
}
