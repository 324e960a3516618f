package dev.boundary.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.TestSplit;
import dev.boundary.core.metrics.ConfusionMatrix;
import org.junit.jupiter.api.Test;

class SessionSplitTest {
    @Test
    void theMetricsCountTheTrainingPointsOnly() {
        Session session = new Session(Defaults.playground());
        session.trainEpoch();
        DataSet data = session.data();
        boolean[] test = new boolean[data.size()];
        int held = TestSplit.mark(data, 0.25, test);
        session.setTestFraction(0.25);
        assertEquals(held, session.trainer().testCount());

        // Count by hand over the training points at t = 0.5.
        double[] p = session.trainer().probabilities();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < data.size(); i++) {
            if (test[i]) {
                continue;
            }
            boolean predicted = p[i] >= 0.5;
            boolean positive = data.label(i) == 1.0;
            tp += predicted && positive ? 1 : 0;
            fp += predicted && !positive ? 1 : 0;
            fn += !predicted && positive ? 1 : 0;
            tn += !predicted && !positive ? 1 : 0;
        }
        ConfusionMatrix confusion = session.confusion();
        assertEquals(tp, confusion.truePositives());
        assertEquals(fp, confusion.falsePositives());
        assertEquals(fn, confusion.falseNegatives());
        assertEquals(tn, confusion.trueNegatives());
        assertEquals(data.size() - held, tp + fp + fn + tn);
        assertEquals(1, session.trainer().epoch(), "the split keeps the epoch");

        // The training points as a data set: the points not held out, in data order.
        DataSet training = session.trainingData();
        assertEquals(data.size() - held, training.size());
        int next = 0;
        for (int i = 0; i < data.size(); i++) {
            if (!test[i]) {
                assertEquals(data.feature(i, 0), training.feature(next, 0), 0.0);
                assertEquals(data.feature(i, 1), training.feature(next, 1), 0.0);
                assertEquals(data.label(i), training.label(next++), 0.0);
            }
        }
        session.setTestFraction(0);
        assertEquals(data, session.trainingData(), "without a test set, the data themselves");
    }

    @Test
    void theFractionTravelsWithTheScenarioAndUndoesWithIt() {
        Session session = new Session(Defaults.playground());
        session.setTestFraction(0.5);
        assertEquals(0.5, session.scenario().training().testFraction());
        Session restored = new Session(session.snapshot());
        assertEquals(session.trainer().testCount(), restored.trainer().testCount());
        assertTrue(restored.trainer().testCount() > 0);
        session.addPoint(0, 0, 1);
        session.undo();
        assertEquals(0.5, session.scenario().training().testFraction());
    }

    @Test
    void redrawingKeepsTheAddedPointsAndTheWeightsAndUndoes() {
        Session session = new Session(Defaults.playground());
        session.trainEpoch();
        session.addPoint(0.5, 0.5, 0);
        double[] before = new double[session.network().parameterCount()];
        session.network().copyParameters(before);
        DataSet old = session.data();
        session.redraw(old.origin().withCountPerClass(30).withNoise(0.5));
        DataSet data = session.data();
        assertEquals(61, data.size());
        assertEquals(0.5, data.feature(60, 0), 0.0);
        assertEquals(0.0, data.label(60), 0.0);
        assertEquals(30, data.origin().countPerClass());
        double[] after = new double[before.length];
        session.network().copyParameters(after);
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, after, 0.0);
        assertEquals(1, session.trainer().epoch());
        session.undo();
        assertEquals(201, session.data().size());
        assertEquals(100, session.data().origin().countPerClass());
    }

    @Test
    void pointsThatWereNotDrawnCannotBeRedrawn() {
        Session session = new Session(Defaults.playground());
        session.clearPoints();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> session.redraw(new dev.boundary.core.data.DataOrigin(dev.boundary.core.data.Preset.MOONS, 1, 5, 0)));
    }
}
