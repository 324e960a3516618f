package dev.boundary.core.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.Gates;
import dev.boundary.core.link.Link;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.session.Defaults;
import dev.boundary.core.session.Session;
import dev.boundary.core.train.TrainingSettings;
import org.junit.jupiter.api.Test;

/** A session saved as a link (or autosave) and opened again is the same session, and loads are undoable. */
class SessionRestoreTest {
    /** Rafay Khan's AND neuron: W = [0.1, 0.6], b = 0, learning rate 1, full batch. */
    private static Scenario andNeuron() {
        return Scenario.of(Gates.and(), ModelSpec.logistic(2), 1, TrainingSettings.gradientDescent(1))
                .withInitialWeights(new LayerWeights(1, 2, new double[] {0.1, 0.6}, new double[] {0}));
    }

    private static double[] parameters(Session session) {
        double[] values = new double[session.network().parameterCount()];
        session.network().copyParameters(values);
        return values;
    }

    @Test
    void aSnapshotHoldsTheWeightsOnlyOnceSomethingWasTrained() {
        Session session = new Session(andNeuron());
        assertFalse(session.snapshot().hasTrainedState());
        session.trainEpoch();
        Scenario snapshot = session.snapshot();
        assertEquals(1, snapshot.trained().epoch());
        assertArrayEquals(parameters(session), snapshot.trained().parameters());
        assertFalse(session.scenario().hasTrainedState());
    }

    @Test
    void aLinkRestoresEpochWeightsAndCostAndTrainingGoesOnIdentically() {
        Session original = new Session(andNeuron());
        original.trainEpoch();
        String link = new Link().write(original.snapshot().withThreshold(0.6));

        Session opened = new Session(Defaults.playground());
        opened.load(Link.read(link).scenario());
        assertEquals(1, opened.trainer().epoch());
        // The cost history is trained again from the initial weights: it starts at epoch 0, at 0.719554.
        assertEquals(0, opened.trainer().firstEpoch());
        assertEquals(0.719554, opened.trainer().history().cost(0), 1e-6);
        // “Nothing but NumPy”: one step from W = [0.1, 0.6] at learning rate 1 gives cost 0.618313.
        assertEquals(0.618313, opened.trainer().cost(), 1e-6);
        assertArrayEquals(parameters(original), parameters(opened));
        assertEquals(0.6, opened.threshold(), 0);
        // Full-batch gradient descent has no memory: epoch 2 is the same on both, bit for bit.
        original.trainEpoch();
        opened.trainEpoch();
        assertEquals(2, opened.trainer().epoch());
        assertArrayEquals(parameters(original), parameters(opened));
        // Reset goes back to the scenario's initial weights: Rafay Khan's cost 0.719554 at epoch 0.
        opened.resetWeights();
        assertEquals(0, opened.trainer().epoch());
        assertEquals(0.719554, opened.trainer().cost(), 1e-6);
    }

    @Test
    void undoingALoadBringsBackTheWeightsAndEpochItReplaced() {
        Session session = new Session(andNeuron());
        session.trainEpoch();
        session.trainEpoch();
        double[] trained = parameters(session);
        session.load(Defaults.playground());
        assertEquals(0, session.trainer().epoch());
        assertTrue(session.undo());
        assertEquals(2, session.trainer().epoch());
        assertArrayEquals(trained, parameters(session));
        assertTrue(session.redo());
        assertEquals(Defaults.playground().title(), session.scenario().title());
        assertEquals(0, session.trainer().epoch());
        assertTrue(session.undo());
        assertEquals(2, session.trainer().epoch());
        assertArrayEquals(trained, parameters(session));
    }

    @Test
    void undoingAnAddedPointBringsBackTheMomentBeforeIt() {
        Session session = new Session(andNeuron());
        session.trainEpoch();
        double[] before = parameters(session);
        session.addPoint(2, 2, 1);
        session.trainEpoch();
        double[] now = parameters(session);
        assertTrue(session.undo());
        assertEquals(4, session.data().size());
        assertEquals(1, session.trainer().epoch());
        assertArrayEquals(before, parameters(session));
        assertTrue(session.redo());
        assertEquals(5, session.data().size());
        assertEquals(2, session.trainer().epoch());
        assertArrayEquals(now, parameters(session));
        assertFalse(session.scenario().hasTrainedState());
    }

    @Test
    void forgettingUndoLeavesNothingToUndo() {
        Session session = new Session(andNeuron());
        session.load(Defaults.playground());
        assertTrue(session.canUndo());
        session.forgetUndo();
        assertFalse(session.canUndo());
        assertFalse(session.undo());
    }

    @Test
    void theChangeCountMovesWithEveryChange() {
        Session session = new Session(andNeuron());
        long start = session.changeCount();
        session.setThreshold(0.4);
        assertTrue(session.changeCount() > start);
        long afterThreshold = session.changeCount();
        session.trainEpoch();
        assertTrue(session.changeCount() > afterThreshold);
    }
}
