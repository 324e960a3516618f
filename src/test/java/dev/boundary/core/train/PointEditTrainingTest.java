package dev.boundary.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.ModelSpec;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A point added or removed by hand ({@link Trainer#pointAdded}, {@link Trainer#pointRemoved}) must train
 * on exactly as {@link Trainer#setData} with the same points does: the same weights, epochs, updates and
 * history, bit for bit, whatever the model, features, loss, batch size or test set. Its figures (cost,
 * accuracy, test cost and accuracy, every p̂) must be, bit for bit, those of a new trainer that holds the
 * weights of the last evaluation and the new points: the end of the last epoch, also when the edit comes
 * in the middle of one.
 */
class PointEditTrainingTest {
    private static final int STEPS = 16;

    @Property(tries = 120)
    void editsTrainAsSetDataAndCountAsAWholePass(@ForAll long seed) {
        SeededRandom random = new SeededRandom(seed);
        int dimension = random.nextDouble() < 0.2 ? 1 : 2;
        DataSet data = data(random, dimension, 1 + random.nextInt(60));
        ModelSpec spec = spec(random, dimension);
        double[] weights = TrainerRuns.initialWeights(spec, random);
        TrainingSettings settings = TrainerRuns.settings(random, data.size(), 0.0, 1);
        long shuffleSeed = random.nextLong();
        Trainer edited = trainer(spec, weights, data, settings, shuffleSeed);
        Trainer reference = trainer(spec, weights, data, settings, shuffleSeed);
        double[] evaluatedAt = weights.clone();
        int partial = 0; // updates since the last epoch's end or edit
        Set<Integer> editedMidEpoch = new HashSet<>();
        for (int step = 0; step < STEPS; step++) {
            double action = random.nextDouble();
            String what;
            if (action < 0.25) {
                what = "an epoch";
                assertEquals(reference.trainEpoch(), edited.trainEpoch());
                edited.network().copyParameters(evaluatedAt);
                partial = 0;
            } else if (action < 0.45) {
                int updates = 1 + random.nextInt(5);
                if (partial + updates >= edited.updatesPerEpoch()) {
                    continue; // an epoch would end somewhere in between: its weights are not known here
                }
                what = updates + " updates";
                assertEquals(reference.trainUpdates(updates), edited.trainUpdates(updates));
                partial += updates;
            } else if (action < 0.75 || edited.data().size() < 2) {
                DataSet more = data.withPointsOf(data(random, dimension, 1), 0);
                what = "a point added";
                reference.setData(more);
                edited.pointAdded(more);
                data = more;
                if (partial > 0) {
                    editedMidEpoch.add(edited.history().size() - 1);
                }
                assertFiguresOf(evaluatedAt, edited, what + " at step " + step);
                partial = 0;
            } else {
                int index = random.nextInt(data.size());
                DataSet fewer = data.withoutPoint(index);
                what = "point " + index + " removed";
                reference.setData(fewer);
                edited.pointRemoved(fewer, index);
                data = fewer;
                if (partial > 0) {
                    editedMidEpoch.add(edited.history().size() - 1);
                }
                assertFiguresOf(evaluatedAt, edited, what + " at step " + step);
                partial = 0;
            }
            // The last entry may be an edit's own, counted with other weights in the middle of an epoch.
            Set<Integer> skipped = new HashSet<>(editedMidEpoch);
            skipped.add(edited.history().size() - 1);
            TrainerRuns.assertSameTraining(reference, edited, skipped, "after " + what + " at step " + step);
            assertArrayEquals(reference.labels(), edited.labels(), "labels after " + what + " at step " + step);
            assertArrayEquals(reference.testFlags(), edited.testFlags(), "test points after " + what + " at step " + step);
        }
    }

    private static DataSet data(SeededRandom random, int dimension, int m) {
        double[] features = new double[dimension * m];
        double[] labels = new double[m];
        for (int i = 0; i < m; i++) {
            double label = random.nextDouble() < 0.5 ? 0.0 : 1.0;
            for (int d = 0; d < dimension; d++) {
                features[dimension * i + d] = random.nextGaussian(label == 1.0 ? 1.0 : -1.0, 1.2);
            }
            labels[i] = label;
        }
        return new DataSet(dimension, features, labels);
    }

    /** Mostly networks (one or two hidden layers), sometimes one neuron; any activation and features. */
    private static ModelSpec spec(SeededRandom random, int dimension) {
        InputFeatures features = random.nextDouble() < 0.5 ? InputFeatures.raw(dimension)
                : dimension == 2 ? InputFeatures.fromMask(2, 1 + random.nextInt(127)) : InputFeatures.fromMask(1, 0b101);
        double pick = random.nextDouble();
        int[] hidden = pick < 0.2 ? new int[0] : pick < 0.6 ? new int[] {1 + random.nextInt(5)}
                : new int[] {1 + random.nextInt(5), 1 + random.nextInt(5)};
        Activation activation = Activation.values()[random.nextInt(Activation.values().length)];
        return new ModelSpec(features, hidden, activation, random.nextDouble() < 0.9);
    }

    private static Trainer trainer(ModelSpec spec, double[] weights, DataSet data, TrainingSettings settings,
            long shuffleSeed) {
        Trainer trainer = TrainerRuns.trainer(spec, weights, data, settings, shuffleSeed);
        trainer.setThreshold(0.4);
        return trainer;
    }

    /** The figures of a new trainer holding {@code weights} and the edited trainer's points and settings. */
    private static void assertFiguresOf(double[] weights, Trainer edited, String when) {
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                return; // diverged: the figures come from the current weights instead
            }
        }
        Trainer whole = trainer(edited.network().spec(), weights, edited.data(), edited.settings(), 1);
        TrainerRuns.assertSameFigures(whole, edited, "after " + when);
        History history = edited.history();
        assertEquals(whole.cost(), history.cost(history.size() - 1), "the chart's last cost after " + when);
    }
}
