package dev.boundary.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static DataSet line(int m) {
        double[] x = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = i - m / 2.0;
            y[i] = i % 3 == 0 ? 0 : 1;
        }
        return new DataSet(1, x, y);
    }

    private static Network neuron() {
        Network network = new Network(ModelSpec.logistic(1));
        network.setLayer(0, new double[] {0.0}, new double[] {0.0});
        return network;
    }

    @Test
    void miniBatchesUseTheLastPartialBatch() {
        // 10 examples in batches of 4: updates on 4, 4 and 2 examples, three per epoch, each the mean
        // gradient of its batch, over the order the seeded generator shuffles.
        DataSet data = line(10);
        Network network = neuron();
        Trainer trainer = new Trainer(network, data,
                TrainingSettings.gradientDescent(0.1).withBatchSize(4), new SeededRandom(3));
        trainer.trainEpoch();
        assertEquals(3, trainer.updates());

        SeededRandom random = new SeededRandom(3);
        int[] order = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        random.shuffle(order);
        double w = 0;
        double b = 0;
        for (int start = 0; start < 10; start += 4) {
            int end = Math.min(10, start + 4);
            double gw = 0;
            double gb = 0;
            for (int i = start; i < end; i++) {
                double x = data.feature(order[i], 0);
                double dz = 1 / (1 + Math.exp(-(w * x + b))) - data.label(order[i]);
                gw += dz * x;
                gb += dz;
            }
            w -= 0.1 * gw / (end - start);
            b -= 0.1 * gb / (end - start);
        }
        assertEquals(w, network.layer(0).weight(0, 0), 1e-12);
        assertEquals(b, network.layer(0).biases()[0], 1e-12);
        trainer.trainEpoch();
        assertEquals(6, trainer.updates());
        assertEquals(3, trainer.history().size());
    }

    @Test
    void stochasticEpochMatchesHandWrittenSgdOverTheSameShuffle() {
        // Replays the trainer's shuffle with a second generator of the same seed and does SGD by hand.
        DataSet data = line(6);
        Network network = neuron();
        Trainer trainer = new Trainer(network, data, TrainingSettings.gradientDescent(0.05).withBatchSize(1),
                new SeededRandom(11));
        trainer.trainEpoch();

        SeededRandom random = new SeededRandom(11);
        int[] order = {0, 1, 2, 3, 4, 5};
        random.shuffle(order);
        double w = 0;
        double b = 0;
        for (int index : order) {
            double x = data.feature(index, 0);
            double p = 1 / (1 + Math.exp(-(w * x + b)));
            double dz = p - data.label(index);
            w -= 0.05 * dz * x;
            b -= 0.05 * dz;
        }
        assertEquals(w, network.layer(0).weight(0, 0), 1e-12);
        assertEquals(b, network.layer(0).biases()[0], 1e-12);
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        double[] first = history(42);
        double[] second = history(42);
        assertArrayEquals(first, second, 0.0);
        assertNotEquals(first[first.length - 1], history(43)[first.length - 1]);
    }

    private static double[] history(long seed) {
        SeededRandom random = new SeededRandom(seed);
        Network network = new Network(new ModelSpec(1, new int[] {3}, Activation.TANH, true));
        network.initialize(random);
        Trainer trainer = new Trainer(network, line(9), TrainingSettings.gradientDescent(0.3).withBatchSize(2), random);
        for (int i = 0; i < 20; i++) {
            trainer.trainEpoch();
        }
        double[] costs = new double[trainer.history().size()];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = trainer.history().cost(i);
        }
        return costs;
    }

    @Test
    void aHugeLearningRateStopsWithAReasonAndFiniteWeights() {
        Network network = new Network(new ModelSpec(1, new int[] {4}, Activation.RELU, true));
        network.initialize(new SeededRandom(5));
        DataSet data = new DataSet(1, new double[] {1e3, -1e3, 2e3}, new double[] {1, 0, 1});
        Trainer trainer = new Trainer(network, data,
                TrainingSettings.gradientDescent(1000).withLoss(Loss.SQUARED_ERROR).withOptimizer(OptimizerKind.MOMENTUM),
                new SeededRandom(5));
        int epochs = 0;
        while (trainer.trainEpoch() && epochs < 10_000) {
            epochs++;
        }
        if (trainer.hasDiverged()) {
            assertTrue(trainer.divergence().contains("lower the learning rate"), trainer.divergence());
            assertTrue(network.isFinite());
            assertFalse(trainer.trainEpoch());
        }
    }

    /**
     * Weights that stop being finite in the middle of an epoch, and then a new batch size, which starts
     * a new epoch from those weights: the epoch's end must still go back to the last finite weights (the
     * ones before), not to the non-finite ones it started from, and say why it stopped.
     */
    @Test
    void weightsThatBreakMidEpochGoBackToTheLastFiniteOnesAfterANewBatchSize() {
        Network network = neuron();
        network.setLayer(0, new double[] {0.5}, new double[] {0.25});
        Trainer trainer = new Trainer(network, line(10), TrainingSettings.gradientDescent(0.1).withBatchSize(2),
                new SeededRandom(3));
        assertTrue(trainer.trainEpoch());
        double[] finite = new double[network.parameterCount()];
        network.copyParameters(finite);
        trainer.trainUpdates(1);
        network.layer(0).weights().data()[0] = Double.POSITIVE_INFINITY; // as a diverging update leaves them
        trainer.setSettings(trainer.settings().withBatchSize(5));
        assertEquals(1, trainer.trainUpdates(10));
        assertTrue(trainer.hasDiverged());
        assertTrue(trainer.divergence().contains("weights became infinite at epoch 2"), trainer.divergence());
        double[] after = new double[network.parameterCount()];
        network.copyParameters(after);
        assertArrayEquals(finite, after);
    }

    @Test
    void l2AddsItsTermToTheCost() {
        // One neuron, w = 2, b = 0, one point x = 0 with y = 1: cross-entropy log 2, L2 term λ/(2m)·w² = 0.5/2·4 = 1.
        Network network = neuron();
        network.setLayer(0, new double[] {2.0}, new double[] {0.0});
        Trainer trainer = new Trainer(network, new DataSet(1, new double[] {0}, new double[] {1}),
                TrainingSettings.gradientDescent(0.1).withL2(0.5), new SeededRandom(1));
        assertEquals(Math.log(2) + 1.0, trainer.cost(), 1e-12);
    }

    @Test
    void changingDataKeepsWeightsAndEpoch() {
        Network network = neuron();
        Trainer trainer = new Trainer(network, line(6), TrainingSettings.gradientDescent(0.5), new SeededRandom(1));
        trainer.trainEpoch();
        double w = network.layer(0).weight(0, 0);
        trainer.setData(line(8));
        assertEquals(1, trainer.epoch());
        assertEquals(w, network.layer(0).weight(0, 0), 0);
        assertTrue(trainer.probabilities().length >= 8);
    }

    @Test
    void updatesInSlicesGiveTheSameWeightsAsWholeEpochs() {
        // 10 examples in mini-batches of 3 (3, 3, 3, 1): 4 updates per epoch. Two epochs in slices of
        // 3 updates (3 + 3 + 2) must equal two whole epochs from the same seed.
        Network sliced = neuron();
        Trainer slicedTrainer = new Trainer(sliced, line(10), TrainingSettings.gradientDescent(0.2).withBatchSize(3),
                new SeededRandom(9));
        assertEquals(0, slicedTrainer.trainUpdates(3));
        assertEquals(0, slicedTrainer.epoch());
        assertEquals(1, slicedTrainer.trainUpdates(3));
        assertEquals(1, slicedTrainer.trainUpdates(2));
        assertEquals(2, slicedTrainer.epoch());
        assertEquals(8, slicedTrainer.updates());

        Network whole = neuron();
        Trainer wholeTrainer = new Trainer(whole, line(10), TrainingSettings.gradientDescent(0.2).withBatchSize(3),
                new SeededRandom(9));
        wholeTrainer.trainEpoch();
        wholeTrainer.trainEpoch();
        assertEquals(whole.layer(0).weight(0, 0), sliced.layer(0).weight(0, 0), 0);
        assertEquals(whole.layer(0).biases()[0], sliced.layer(0).biases()[0], 0);
        assertEquals(wholeTrainer.history().cost(2), slicedTrainer.history().cost(2), 0);
    }
}
