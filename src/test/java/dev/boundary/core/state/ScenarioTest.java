package dev.boundary.core.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.NothingButNumPy;
import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.train.Trainer;
import dev.boundary.core.train.TrainingSettings;
import org.junit.jupiter.api.Test;

/** The scenario value: its checks, its copies, and the trainers it builds. */
class ScenarioTest {
    private static final DataSet AND = NothingButNumPy.and();
    private static final DataSet XOR = NothingButNumPy.xor();

    private static Scenario andNeuron() {
        return Scenario.of(AND, ModelSpec.logistic(2), 1, TrainingSettings.gradientDescent(1))
                .withInitialWeights(new LayerWeights(1, 2, new double[] {0.1, 0.6}, new double[] {0}));
    }

    private static Scenario xorSeeded(int batchSize) {
        ModelSpec model = new ModelSpec(2, new int[] {3}, Activation.TANH, true);
        return Scenario.of(XOR, model, 42, TrainingSettings.gradientDescent(0.5).withBatchSize(batchSize));
    }

    @Test
    void newTrainerStartsFromTheExplicitWeightsOfNothingButNumPy() {
        Trainer trainer = andNeuron().newTrainer();
        assertEquals(0.719554, trainer.cost(), 1e-6);
        trainer.trainEpoch();
        assertEquals(0.618313, trainer.cost(), 1e-6);
    }

    @Test
    void theRecordedAccuracyIsAtTheScenariosThreshold() {
        // p̂ at W = [0.1, 0.6], b = 0: σ(0) = 0.5, σ(0.6) ≈ 0.646, σ(0.1) ≈ 0.525, σ(0.7) ≈ 0.668.
        // At t = 0.5 all four are predicted positive: 1 of 4 right. At t = 0.6: (0,0), (1,0) negative
        // and (0,1), (1,1) positive, so 3 of 4 right.
        assertEquals(0.25, andNeuron().newTrainer().history().accuracy(0));
        Trainer strict = andNeuron().withThreshold(0.6).newTrainer();
        assertEquals(0.75, strict.history().accuracy(0));
        assertEquals(0.6, strict.threshold());
    }

    @Test
    void seededWeightsComeFromTheSeedFirstAndTheSameGeneratorThenShuffles() {
        Scenario scenario = xorSeeded(1);
        Network expected = scenario.buildNetwork(new SeededRandom(42));
        double[] drawn = new double[expected.parameterCount()];
        expected.copyParameters(drawn);
        Trainer trainer = scenario.newTrainer();
        double[] start = new double[drawn.length];
        trainer.network().copyParameters(start);
        assertArrayEquals(drawn, start);

        // Replaying is exact: the same scenario gives the same history, bit for bit.
        Trainer again = scenario.newTrainer();
        for (int i = 0; i < 50; i++) {
            trainer.trainEpoch();
            again.trainEpoch();
            assertEquals(Double.doubleToLongBits(trainer.cost()), Double.doubleToLongBits(again.cost()));
        }
        // Another seed draws other weights.
        assertNotEquals(trainer.history().cost(0), scenario.withSeed(43).newTrainer().history().cost(0));
    }

    @Test
    void theShuffleContinuesTheStreamThatDrewTheWeights() {
        // Stochastic steps over a reshuffled order: a trainer given a fresh generator for the shuffle
        // (instead of the one that drew the weights) takes other steps.
        Scenario scenario = xorSeeded(1);
        SeededRandom used = new SeededRandom(42);
        Network network = scenario.buildNetwork(used);
        Trainer fresh = new Trainer(network, XOR, scenario.training(), new SeededRandom(42));
        Trainer reference = scenario.newTrainer();
        fresh.trainEpoch();
        reference.trainEpoch();
        assertNotEquals(fresh.cost(), reference.cost());
    }

    @Test
    void newTrainerIgnoresTheTrainedStateWhichHasItsOwnMethod() {
        Scenario scenario = andNeuron().withTrained(new TrainedState(5000, new double[] {10.678, 10.678, -16.186}));
        Trainer replay = scenario.newTrainer();
        assertEquals(0.719554, replay.cost(), 1e-6);
        Trainer restored = scenario.newTrainerFromTrainedState();
        assertEquals(10.678, restored.network().layer(0).weight(0, 0));
        assertEquals(-16.186, restored.network().layer(0).biases()[0]);
        assertEquals(1.0, restored.accuracy());
        assertThrows(IllegalStateException.class, () -> andNeuron().newTrainerFromTrainedState());
    }

    @Test
    void copiesChangeOneFieldAndKeepTheRest() {
        Scenario base = andNeuron().withTitle("AND").withDescription("d").withEpochs(10);
        Scenario changed = base.withThreshold(0.7).withSeed(9).withTraining(TrainingSettings.gradientDescent(0.1));
        assertEquals("AND", changed.title());
        assertEquals("d", changed.description());
        assertEquals(10, changed.epochs());
        assertEquals(0.7, changed.threshold());
        assertEquals(9, changed.seed());
        assertEquals(0.1, changed.training().learningRate());
        assertTrue(changed.hasInitialWeights());
        assertEquals(0.5, base.threshold());
        assertFalse(base.withSeededWeights().hasInitialWeights());
        assertNull(base.trained());
        assertEquals(base, andNeuron().withTitle("AND").withDescription("d").withEpochs(10));
        assertNotEquals(base, base.withThreshold(0.7));
    }

    @Test
    void anotherModelShapeDropsTheWeightsThatNoLongerFit() {
        Scenario trained = andNeuron().withTrained(new TrainedState(3, new double[] {1, 2, 3}));
        Scenario sameShape = trained.withModel(ModelSpec.logistic(2));
        assertTrue(sameShape.hasInitialWeights());
        assertTrue(sameShape.hasTrainedState());
        Scenario hidden = trained.withModel(new ModelSpec(2, new int[] {2}, Activation.RELU, true));
        assertFalse(hidden.hasInitialWeights());
        assertFalse(hidden.hasTrainedState());
        Scenario line = trained.withDataAndModel(DataSet.empty(1), ModelSpec.logistic(1));
        assertEquals(1, line.data().featureCount());
    }

    @Test
    void refusesInconsistentValues() {
        Scenario base = andNeuron();
        assertThrows(IllegalArgumentException.class, () -> base.withData(DataSet.empty(1)));
        assertThrows(IllegalArgumentException.class, () -> base.withThreshold(0));
        assertThrows(IllegalArgumentException.class, () -> base.withThreshold(1));
        assertThrows(IllegalArgumentException.class, () -> base.withThreshold(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> base.withEpochs(-1));
        assertThrows(IllegalArgumentException.class, () -> base.withTitle("x".repeat(201)));
        assertThrows(IllegalArgumentException.class,
                () -> base.withInitialWeights(new LayerWeights(2, 2, new double[4], new double[2])));
        assertThrows(IllegalArgumentException.class,
                () -> base.withTrained(new TrainedState(1, new double[] {1, 2})));
        ModelSpec noBias = new ModelSpec(2, new int[0], Activation.SIGMOID, false);
        Scenario withoutBias = base.withModel(noBias);
        assertThrows(IllegalArgumentException.class,
                () -> withoutBias.withInitialWeights(new LayerWeights(1, 2, new double[2], new double[] {0.5})));
        assertThrows(IllegalArgumentException.class,
                () -> withoutBias.withTrained(new TrainedState(1, new double[] {1, 2, 3})));
    }
}
