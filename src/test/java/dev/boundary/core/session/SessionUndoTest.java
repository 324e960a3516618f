package dev.boundary.core.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Gates;
import dev.boundary.core.data.Preset;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.LayerWeights;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.History;
import dev.boundary.core.train.TrainingSettings;
import org.junit.jupiter.api.Test;

/** Undo of every kind of edit, and the cost history kept in line with the read-outs. */
class SessionUndoTest {
    /** Rafay Khan's AND neuron ("Nothing but NumPy"): W = [0.1, 0.6], b = 0, learning rate 1. */
    private static Scenario andNeuron() {
        return Scenario.of(Gates.and(), ModelSpec.logistic(2), 1, TrainingSettings.gradientDescent(1))
                .withInitialWeights(new LayerWeights(1, 2, new double[] {0.1, 0.6}, new double[] {0}))
                .withTitle("AND gate: one logistic neuron");
    }

    private static double[] parameters(Session session) {
        double[] values = new double[session.network().parameterCount()];
        session.network().copyParameters(values);
        return values;
    }

    @Test
    void undoTakesBackAWeightEditNotTheLoadBeforeIt() {
        Session session = new Session(Defaults.playground());
        session.load(Defaults.playground().withData(Preset.MOONS.generate(1)).withTitle("Moons"));
        session.load(andNeuron());
        session.setParameter(0, -10); // W1[1,1] from 0.1 to −10
        assertEquals(-10, session.network().layer(0).weight(0, 0), 0.0);
        assertTrue(session.undo());
        assertEquals("AND gate: one logistic neuron", session.scenario().title());
        assertArrayEquals(new double[] {0.1, 0.6, 0}, parameters(session), 0.0);
        assertTrue(session.redo());
        assertEquals(-10, session.network().layer(0).weight(0, 0), 0.0);
    }

    @Test
    void undoTakesBackAModelChangeWithTheWeightsAndEpochBeforeIt() {
        Session session = new Session(andNeuron());
        session.trainEpoch();
        session.trainEpoch();
        double[] trained = parameters(session);
        session.setModel(new ModelSpec(2, new int[] {3}, dev.boundary.core.nn.Activation.TANH, true));
        assertEquals(0, session.trainer().epoch());
        assertTrue(session.undo());
        assertEquals(2, session.trainer().epoch());
        assertArrayEquals(trained, parameters(session), 0.0);
    }

    @Test
    void undoTakesBackAResetAndASettingChange() {
        Session session = new Session(andNeuron());
        session.trainEpoch();
        double[] trained = parameters(session);
        session.resetWeights();
        assertTrue(session.undo());
        assertEquals(1, session.trainer().epoch());
        assertArrayEquals(trained, parameters(session), 0.0);
        session.setLearningRate(0.5);
        assertTrue(session.undo());
        assertEquals(1.0, session.scenario().training().learningRate(), 0.0);
    }

    @Test
    void theCostHistorySurvivesUndoAndRedoOfALoad() {
        // Costs of the AND neuron at learning rate 1: 0.719554 before training, 0.618313 after one step.
        Session session = new Session(andNeuron());
        session.trainEpoch();
        session.trainEpoch();
        session.load(Defaults.playground());
        assertEquals(1, session.trainer().history().size());
        assertTrue(session.undo());
        History history = session.trainer().history();
        assertEquals(3, history.size());
        assertEquals(0.719554, history.cost(0), 1e-6);
        assertEquals(0.618313, history.cost(1), 1e-6);
        assertTrue(session.redo());
        assertTrue(session.undo());
        assertEquals(3, session.trainer().history().size());
    }

    @Test
    void theChartEndsAtTheCostAfterAWeightEdit() {
        Session session = new Session(andNeuron());
        session.setParameter(0, -10);
        session.setParameter(1, 60);
        // The stable cross-entropy from W = [−10, 60] ("Nothing but NumPy"): 15.173298.
        assertEquals(15.173298, session.trainer().history().lastCost(), 1e-6);
    }

    @Test
    void twoPointsOnTheEmptyPlaneHaveACostOnTheChart() {
        Session session = new Session(Defaults.playground().withData(DataSet.empty(2)).withTitle("Your own points"));
        assertTrue(Double.isNaN(session.trainer().history().lastCost()));
        session.addPoint(1, 1, 1);
        session.addPoint(-1, -1, 0);
        double cost = session.trainer().cost();
        assertTrue(cost > 0 && cost < 100, "a cost over two points: " + cost);
        assertEquals(cost, session.trainer().history().lastCost(), 0.0);
    }

    @Test
    void aSavedSessionComesBackWithItsCostHistory() {
        // A link, a file or an autosave holds the weights and epoch; the history is trained again.
        Session session = new Session(andNeuron());
        for (int i = 0; i < 5; i++) {
            session.trainEpoch();
        }
        Session restored = new Session(session.snapshot());
        History history = restored.trainer().history();
        assertEquals(6, history.size());
        assertEquals(0, restored.trainer().firstEpoch());
        assertEquals(0.719554, history.cost(0), 1e-6);
        assertEquals(0.618313, history.cost(1), 1e-6);
        assertTrue(history.sameEntries(session.trainer().history()));
        Session loaded = new Session(Defaults.playground());
        loaded.load(session.snapshot());
        assertTrue(loaded.trainer().history().sameEntries(session.trainer().history()));
    }

    @Test
    void aSessionEditedDuringTrainingComesBackFromItsSavedEpoch() {
        Session session = new Session(andNeuron());
        session.trainEpoch();
        session.addPoint(2, 2, 1);
        session.trainEpoch();
        Session restored = new Session(session.snapshot());
        assertEquals(2, restored.trainer().epoch());
        assertEquals(1, restored.trainer().history().size());
        assertEquals(2, restored.trainer().firstEpoch());
    }
}
