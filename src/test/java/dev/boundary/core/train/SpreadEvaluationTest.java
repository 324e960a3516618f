package dev.boundary.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Generators;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The evaluation after an epoch on many points is made a step at a time over several calls of
 * {@link Trainer#trainUpdates}. Spread or made at once, training must give the same bits: weights,
 * epochs, updates, every history entry, every p̂, the divergence; only later by the steps it took. The
 * reference trainer makes every evaluation at once; the spread one spreads it from one point on.
 */
class SpreadEvaluationTest {
    private static final int STEPS = 14;

    @Property(tries = 120)
    void aSpreadEvaluationGivesTheBitsOfOneMadeAtOnce(@ForAll long seed) {
        SeededRandom random = new SeededRandom(seed);
        DataSet data = data(random, 1 + random.nextInt(700));
        ModelSpec spec = spec(random);
        double[] weights = TrainerRuns.initialWeights(spec, random);
        TrainingSettings settings = TrainerRuns.settings(random, data.size(), 0.1, 3);
        long shuffleSeed = random.nextLong();
        Trainer atOnce = TrainerRuns.trainer(spec, weights, data, settings, shuffleSeed);
        atOnce.spreadEvaluationsFrom(Integer.MAX_VALUE);
        Trainer spread = TrainerRuns.trainer(spec, weights, data, settings, shuffleSeed);
        spread.spreadEvaluationsFrom(1);
        for (int step = 0; step < STEPS; step++) {
            double action = random.nextDouble();
            String what;
            if (action < 0.5) {
                int updates = 1 + random.nextInt(40);
                what = updates + " updates";
                boolean owed = spread.evaluationUnderWay(); // an epoch the other trainer counted before
                int completed = atOnce.trainUpdates(updates);
                boolean stopEarly = random.nextDouble() < 0.3;
                int calls = 0;
                while ((spread.updates() < atOnce.updates() || spread.evaluationUnderWay()) && calls++ < 100_000) {
                    if (stopEarly && spread.evaluationUnderWay() && spread.updates() == atOnce.updates()) {
                        break; // a change comes in the middle of the evaluation: it must end the epoch first
                    }
                    completed -= spread.trainUpdates(1);
                }
                if (!owed && !spread.evaluationUnderWay()) {
                    assertEquals(0, completed, "epochs completed after " + what + " at step " + step);
                }
            } else if (action < 0.6) {
                what = "an epoch";
                if (!spread.evaluationUnderWay()) {
                    assertEquals(atOnce.trainEpoch(), spread.trainEpoch());
                } else {
                    spread.trainEpoch(); // ends the epoch under way, which the other ended already
                }
            } else if (action < 0.75) {
                DataSet more = data.withPointsOf(data(random, 1), 0);
                what = "a point added";
                atOnce.pointAdded(more);
                spread.pointAdded(more);
                data = more;
            } else if (action < 0.85 && data.size() > 1) {
                int index = random.nextInt(data.size());
                DataSet fewer = data.withoutPoint(index);
                what = "point " + index + " removed";
                atOnce.pointRemoved(fewer, index);
                spread.pointRemoved(fewer, index);
                data = fewer;
            } else if (action < 0.93) {
                double threshold = random.nextDouble(0.1, 0.9);
                what = "threshold " + threshold;
                atOnce.setThreshold(threshold);
                spread.setThreshold(threshold);
            } else {
                TrainingSettings changed = TrainerRuns.settings(random, data.size(), 0.1, 3);
                what = "new settings";
                atOnce.setSettings(changed);
                spread.setSettings(changed);
            }
            if (!spread.evaluationUnderWay()) {
                String when = "after " + what + " at step " + step;
                TrainerRuns.assertSameTraining(atOnce, spread, Set.of(), when);
                TrainerRuns.assertSameFigures(atOnce, spread, when);
            }
        }
    }

    /** Whatever the size, an epoch evaluated a step at a time ends within ⌈m / 256⌉ steps of its last update. */
    @Test
    void theStepsOfAnEvaluationAreCountedAsUpdates() {
        DataSet blobs = Generators.circles(new SeededRandom(3), 3000, 0.1);
        ModelSpec spec = new ModelSpec(2, new int[] {4}, Activation.TANH, true);
        Network network = new Network(spec);
        network.initialize(new SeededRandom(4));
        TrainingSettings settings = TrainingSettings.gradientDescent(0.1).withBatchSize(1000);
        Trainer trainer = new Trainer(network, blobs, settings, new SeededRandom(5));
        int points = blobs.size();
        // 6 updates make the epoch; the evaluation of all the points then takes ⌈points / 256⌉ steps.
        int updatesPerEpoch = (points + 999) / 1000;
        int steps = (points + 255) / 256;
        assertEquals(0, trainer.trainUpdates(updatesPerEpoch));
        assertTrue(trainer.evaluationUnderWay());
        assertEquals(0, trainer.epoch());
        assertEquals(0, trainer.trainUpdates(steps - 1));
        assertEquals(1, trainer.trainUpdates(1));
        assertFalse(trainer.evaluationUnderWay());
        assertEquals(1, trainer.epoch());
        assertEquals(2, trainer.history().size());
    }

    private static DataSet data(SeededRandom random, int m) {
        double[] features = new double[2 * m];
        double[] labels = new double[m];
        for (int i = 0; i < m; i++) {
            double label = random.nextDouble() < 0.5 ? 0.0 : 1.0;
            features[2 * i] = random.nextGaussian(label == 1.0 ? 1.0 : -1.0, 1.2);
            features[2 * i + 1] = random.nextGaussian(label == 1.0 ? 1.0 : -1.0, 1.2);
            labels[i] = label;
        }
        return new DataSet(2, features, labels);
    }

    private static ModelSpec spec(SeededRandom random) {
        InputFeatures features = random.nextDouble() < 0.5 ? InputFeatures.raw(2)
                : InputFeatures.fromMask(2, 1 + random.nextInt(127));
        int[] hidden = random.nextDouble() < 0.1 ? new int[0]
                : random.nextDouble() < 0.5 ? new int[] {1 + random.nextInt(6)}
                : new int[] {1 + random.nextInt(6), 1 + random.nextInt(6)};
        Activation activation = Activation.values()[random.nextInt(Activation.values().length)];
        return new ModelSpec(features, hidden, activation, true);
    }
}
