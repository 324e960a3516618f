package dev.boundary.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.TestSplit;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import org.junit.jupiter.api.Test;

class TrainerSplitTest {
    private static final double FRACTION = 0.3;

    /** Points on a grid, in data order, with label 1 above the line x1 + x2 = 1. */
    private static DataSet grid(int side) {
        double[] features = new double[2 * side * side];
        double[] labels = new double[side * side];
        for (int i = 0; i < side * side; i++) {
            double x1 = (i % side) * 0.25 - 1;
            double x2 = (i / side) * 0.25 - 1;
            features[2 * i] = x1;
            features[2 * i + 1] = x2;
            labels[i] = x1 + x2 > 0.1 ? 1 : 0;
        }
        return new DataSet(2, features, labels);
    }

    private static Trainer trainer(DataSet data, double fraction, int batch) {
        Network network = new Network(ModelSpec.logistic(2));
        network.setLayer(0, new double[] {0.5, -0.25}, new double[] {0.125});
        TrainingSettings settings = TrainingSettings.gradientDescent(0.5).withBatchSize(batch).withTestFraction(fraction);
        return new Trainer(network, data, settings, new SeededRandom(4));
    }

    @Test
    void costsAndAccuraciesAreThoseOfEachSetWorkedByHand() {
        DataSet data = grid(9);
        boolean[] test = new boolean[data.size()];
        int held = TestSplit.mark(data, FRACTION, test);
        assertTrue(held > 5 && held < data.size() - 5, "a useful split: " + held);
        Trainer trainer = trainer(data, FRACTION, 0);
        double trainSum = 0;
        double testSum = 0;
        int trainRight = 0;
        int testRight = 0;
        for (int i = 0; i < data.size(); i++) {
            double z = 0.5 * data.feature(i, 0) - 0.25 * data.feature(i, 1) + 0.125;
            double p = 1 / (1 + Math.exp(-z));
            double y = data.label(i);
            double loss = -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
            boolean right = (p >= 0.5) == (y == 1);
            if (test[i]) {
                testSum += loss;
                testRight += right ? 1 : 0;
            } else {
                trainSum += loss;
                trainRight += right ? 1 : 0;
            }
        }
        int trainCount = data.size() - held;
        assertEquals(held, trainer.testCount());
        assertEquals(trainCount, trainer.trainingCount());
        assertEquals(trainSum / trainCount, trainer.cost(), 1e-12);
        assertEquals(testSum / held, trainer.testCost(), 1e-12);
        assertEquals((double) trainRight / trainCount, trainer.accuracy(), 1e-15);
        assertEquals((double) testRight / held, trainer.testAccuracy(), 1e-15);
        assertEquals(trainer.testCost(), trainer.history().testCost(0), 0.0);
        assertTrue(trainer.history().hasTest());
    }

    @Test
    void testPointsNeverChangeTheWeights() {
        // The same training points with and without extra test points train to the same weights,
        // full batch and mini-batch alike.
        DataSet data = grid(9);
        boolean[] test = new boolean[data.size()];
        TestSplit.mark(data, FRACTION, test);
        DataSet trainingOnly = DataSet.empty(2);
        for (int i = 0; i < data.size(); i++) {
            if (!test[i]) {
                trainingOnly = trainingOnly.withPoint(new double[] {data.feature(i, 0), data.feature(i, 1)},
                        data.label(i));
            }
        }
        for (int batch : new int[] {0, 5}) {
            Trainer split = trainer(data, FRACTION, batch);
            Trainer alone = trainer(trainingOnly, FRACTION, batch);
            assertEquals(0, alone.testCount());
            for (int epoch = 0; epoch < 20; epoch++) {
                split.trainEpoch();
                alone.trainEpoch();
            }
            double[] a = new double[3];
            double[] b = new double[3];
            split.network().copyParameters(a);
            alone.network().copyParameters(b);
            assertArrayEquals(b, a, 0.0, "batch " + batch);
            assertEquals(alone.cost(), split.cost(), 0.0);
            assertEquals(alone.updates(), split.updates());
        }
    }

    @Test
    void changingTheFractionKeepsTheWeightsAndEpoch() {
        Trainer trainer = trainer(grid(9), 0.0, 0);
        trainer.trainEpoch();
        trainer.trainEpoch();
        double[] before = new double[3];
        trainer.network().copyParameters(before);
        assertTrue(Double.isNaN(trainer.testCost()));
        trainer.setSettings(trainer.settings().withTestFraction(FRACTION));
        double[] after = new double[3];
        trainer.network().copyParameters(after);
        assertArrayEquals(before, after, 0.0);
        assertEquals(2, trainer.epoch());
        assertTrue(trainer.testCount() > 0);
        assertTrue(trainer.testCost() > 0);
        assertEquals(trainer.trainingCount() + trainer.testCount(), 81);
    }

    @Test
    void aSetOfOnlyTestPointsDoesNotTrain() {
        // Find one point the split holds out at 0.9, and train on it alone.
        DataSet one = null;
        for (int i = 0; one == null; i++) {
            DataSet candidate = new DataSet(2, new double[] {i * 0.5, 1}, new double[] {1});
            one = TestSplit.mark(candidate, 0.9, new boolean[1]) == 1 ? candidate : null;
        }
        Trainer trainer = trainer(one, 0.9, 0);
        assertEquals(0, trainer.trainingCount());
        assertTrue(Double.isNaN(trainer.cost()));
        assertEquals(false, trainer.trainEpoch());
        assertEquals(0, trainer.trainUpdates(10));
    }
}
