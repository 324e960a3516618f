package dev.boundary.core.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Gates;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.LayerWeights;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.TrainingSettings;
import org.junit.jupiter.api.Test;

class SessionTest {
    /** Rafay Khan's AND neuron: W = [0.1, 0.6], b = 0, learning rate 1, full batch. */
    private static Scenario andNeuron() {
        return Scenario.of(Gates.and(), ModelSpec.logistic(2), 1, TrainingSettings.gradientDescent(1))
                .withInitialWeights(new LayerWeights(1, 2, new double[] {0.1, 0.6}, new double[] {0}));
    }

    @Test
    void startsAtTheArticlesFiguresAndSteps() {
        Session session = new Session(andNeuron());
        assertEquals(0.719554, session.trainer().cost(), 1e-6);
        assertTrue(session.trainEpoch());
        assertEquals(0.618313, session.trainer().cost(), 1e-6);
    }

    @Test
    void thresholdRecountsWithoutRetraining() {
        // Untrained: p̂ = 0.5, 0.646, 0.525, 0.668 for labels 0, 0, 0, 1.
        Session session = new Session(andNeuron());
        assertEquals(3, session.confusion().falsePositives());
        session.setThreshold(0.6);
        assertEquals(1, session.confusion().falsePositives());
        assertEquals(2, session.confusion().trueNegatives());
        session.setThreshold(0.7);
        assertEquals(0, session.confusion().truePositives());
        assertEquals(1, session.confusion().falseNegatives());
        assertEquals(0, session.trainer().epoch());
        assertEquals(0.719554, session.trainer().cost(), 1e-6);
    }

    @Test
    void addingAPointKeepsTheWeightsAndUndoRemovesIt() {
        Session session = new Session(andNeuron());
        session.trainEpoch();
        double w = session.network().layer(0).weight(0, 0);
        session.addPoint(2, 2, 1);
        assertEquals(5, session.data().size());
        assertEquals(w, session.network().layer(0).weight(0, 0), 0);
        assertEquals(1, session.trainer().epoch());
        assertTrue(session.undo());
        assertEquals(4, session.data().size());
        assertTrue(session.redo());
        assertEquals(5, session.data().size());
        // The point added last, (2, 2), is the fifth: index 4.
        assertEquals(4, session.removeNearest(1.9, 2.1, 0.5));
        assertEquals(4, session.data().size());
        assertEquals(-1, session.removeNearest(10, 10, 0.5));
    }

    @Test
    void learningRateTakesEffectOnTheNextStep() {
        // From W = [0.1, 0.6], b = 0 the mean gradient is (1/4)Σ(p̂ − y)x: for w1 it is
        // ((0.525 − 0) + (0.668188 − 1))/4 = 0.048285; at α = 0.5 w1 becomes 0.1 − 0.024142.
        Session session = new Session(andNeuron());
        session.setLearningRate(0.5);
        session.trainEpoch();
        double p10 = 1 / (1 + Math.exp(-0.1));
        double p11 = 1 / (1 + Math.exp(-0.7));
        double gradient = (p10 + (p11 - 1)) / 4;
        assertEquals(0.1 - 0.5 * gradient, session.network().layer(0).weight(0, 0), 1e-12);
    }

    @Test
    void aNewModelStartsOverAndUndoRestoresTheOldOne() {
        Session session = new Session(andNeuron());
        session.trainEpoch();
        session.setModel(new ModelSpec(2, new int[] {3}, Activation.TANH, true));
        assertEquals(0, session.trainer().epoch());
        assertEquals(2, session.network().layerCount());
        session.load(andNeuron().withTitle("again"));
        assertTrue(session.undo());
        assertEquals(2, session.network().layerCount());
    }

    @Test
    void regenerateDrawsANewSampleAndUndoBringsTheOldOneBack() {
        Session session = new Session(Scenario.of(dev.boundary.core.data.Preset.MOONS.generate(1),
                ModelSpec.logistic(2), 1, TrainingSettings.gradientDescent(0.1)));
        session.trainEpoch();
        DataSet before = session.data();
        double[] weights = new double[session.network().parameterCount()];
        session.network().copyParameters(weights);
        assertEquals(2, session.regenerate());
        DataSet after = session.data();
        assertEquals(before.size(), after.size());
        assertEquals(2, after.origin().seed());
        assertEquals(dev.boundary.core.data.Preset.MOONS, after.origin().preset());
        assertTrue(!java.util.Arrays.equals(before.featureArray(), after.featureArray()), "other points");
        double[] kept = new double[weights.length];
        session.network().copyParameters(kept);
        assertArrayEquals(weights, kept, "the weights are kept");
        assertEquals(1, session.trainer().epoch(), "and the epoch");
        assertTrue(session.undo());
        assertArrayEquals(before.featureArray(), session.data().featureArray());
        assertEquals(1, session.data().origin().seed());
    }

    @Test
    void startFromMakesTheGivenWeightsTheStart() {
        Session session = new Session(andNeuron());
        session.startFrom(new double[] {-10, 60, 0});
        // Rafay Khan's stable cross-entropy from W = [−10, 60]: 15.173298.
        assertEquals(15.173298, session.trainer().cost(), 1e-6);
        session.resetWeights();
        assertEquals(15.173298, session.trainer().cost(), 1e-6);
    }

    @Test
    void editingAWeightUpdatesTheCostAtOnce() {
        Session session = new Session(andNeuron());
        session.setParameter(0, -10);
        session.setParameter(1, 60);
        assertEquals(15.173298, session.trainer().cost(), 1e-6);
    }

    @Test
    void learningRateScaleHasExactDecades() {
        assertEquals(1e-4, LearningRateScale.rate(0), 0);
        assertEquals(0.1, LearningRateScale.rate(300), 0);
        assertEquals(1.0, LearningRateScale.rate(400), 0);
        assertEquals(10.0, LearningRateScale.rate(500), 0);
        assertEquals(Math.sqrt(10) * 0.1, LearningRateScale.rate(350), 1e-15);
        assertEquals(300, LearningRateScale.position(0.1));
        assertEquals(0, LearningRateScale.position(1e-9));
        assertEquals(500, LearningRateScale.position(1e6));
    }

    @Test
    void aFullSessionRefusesAnotherPointAndKeepsItsOwn() {
        Scenario full = PageOptions.parse("dataset=blobs&points=100000", Defaults.playground()).scenario();
        Session session = new Session(full);
        assertEquals(100_000, session.data().size());
        assertFalse(session.addPoint(0, 0, 1), "a scenario holds at most 100 000 points");
        assertEquals(100_000, session.data().size());
        assertFalse(session.canUndo(), "nothing to undo");
        session.removeNearest(session.data().feature(0, 0), session.data().feature(0, 1), 0.001);
        assertTrue(session.addPoint(0, 0, 1), "room for one again");
        assertEquals(100_000, session.data().size());
    }
    /**
     * A click in the middle of an epoch counts the points with the weights of the last evaluation (here the
     * article's start, W = [0.1, 0.6], b = 0), not with the weights half an epoch on: the chart's last
     * entry, the cost and the accuracy stay about one set of weights. The losses by hand: log(1 + e^−z)
     * for class 1 and log(1 + e^z) for class 0, with z = 0, 0.6, 0.1, 0.7 for AND's points.
     */
    @Test
    void aPointEditedMidEpochIsCountedWithTheWeightsOfTheLastEvaluation() {
        double and00 = Math.log(2);
        double and01 = Math.log(1 + Math.exp(0.6));
        double and10 = Math.log(1 + Math.exp(0.1));
        double and11 = Math.log(1 + Math.exp(-0.7));
        Session session = new Session(andNeuron());
        session.setBatchSize(2);
        session.trainUpdates(1); // half of the epoch: the weights have moved
        assertTrue(session.addPoint(0, 0, 0));
        assertEquals((and00 + and01 + and10 + and11 + Math.log(2)) / 5, session.trainer().cost(), 1e-12);
        // p̂ ≥ 0.5 everywhere at the start, so only (1, 1) is right.
        assertEquals(0.2, session.trainer().accuracy(), 0);
        assertEquals(0.5, session.trainer().probabilities()[4], 1e-15);
        assertEquals(1, session.confusion().truePositives());
        assertEquals(4, session.confusion().falsePositives());

        session.trainUpdates(1);
        assertEquals(3, session.removeNearest(1, 1, 0.1));
        assertEquals((and00 + and01 + and10 + Math.log(2)) / 4, session.trainer().cost(), 1e-12);
        assertEquals(0.0, session.trainer().accuracy(), 0);
    }
}
