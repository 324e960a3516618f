package dev.boundary.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.train.Trainer;
import dev.boundary.core.view.GradientPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DescentTrackerTest {
    private static Scenario roelants() throws IOException {
        return ScenarioJson.read(Files.readString(Path.of("web/examples/roelants-no-bias.json")));
    }

    @Test
    void thePathStartsAtSeedFoursStartAndTakesGradientStepsComputedByHand() throws IOException {
        Scenario scenario = roelants();
        Trainer trainer = scenario.newTrainer();
        DescentTracker tracker = new DescentTracker();
        assertTrue(tracker.follow(trainer, 0, 1));
        GradientPath path = tracker.path();
        assertEquals(-4, path.x(0));
        assertEquals(-2, path.y(0));
        // Roelants: w ← w − μ·Σ x_i (σ(x_i·w) − t_i) with μ = 0.05 over N = 40; Boundary averages, so α = 2.
        DataSet data = scenario.data();
        double w1 = -4;
        double w2 = -2;
        for (int step = 1; step <= 10; step++) {
            double g1 = 0;
            double g2 = 0;
            for (int i = 0; i < data.size(); i++) {
                double x1 = data.feature(i, 0);
                double x2 = data.feature(i, 1);
                double y = 1 / (1 + Math.exp(-(w1 * x1 + w2 * x2)));
                g1 += x1 * (y - data.label(i));
                g2 += x2 * (y - data.label(i));
            }
            w1 -= 0.05 * g1;
            w2 -= 0.05 * g2;
            trainer.trainEpoch();
            assertFalse(tracker.follow(trainer, 0, 1));
            assertEquals(step + 1, path.size());
            assertEquals(w1, path.x(step), 1e-12, "w1 after step " + step);
            assertEquals(w2, path.y(step), 1e-12, "w2 after step " + step);
        }
        assertEquals(10, tracker.epoch());
    }

    @Test
    void oneFollowPerFrameKeepsOnePointPerFrame() throws IOException {
        Trainer trainer = roelants().newTrainer();
        DescentTracker tracker = new DescentTracker();
        tracker.follow(trainer, 0, 1);
        for (int i = 0; i < 10; i++) {
            trainer.trainEpoch();
        }
        tracker.follow(trainer, 0, 1);
        assertEquals(2, tracker.path().size());
        assertEquals(trainer.network().layer(0).weight(0, 0), tracker.path().latestX());
        tracker.follow(trainer, 0, 1);
        assertEquals(2, tracker.path().size(), "no move, no new point");
    }

    @Test
    void aNewRunAnEarlierEpochOrAnotherPairStartsANewPath() throws IOException {
        Scenario scenario = roelants();
        Trainer trainer = scenario.newTrainer();
        DescentTracker tracker = new DescentTracker();
        tracker.follow(trainer, 0, 1);
        trainer.trainEpoch();
        tracker.follow(trainer, 0, 1);
        assertEquals(2, tracker.path().size());
        assertTrue(tracker.follow(trainer, 1, 0), "the axes swapped");
        assertEquals(1, tracker.path().size());
        assertEquals(trainer.network().layer(0).weight(0, 1), tracker.path().x(0));
        Trainer again = scenario.newTrainer();
        assertTrue(tracker.follow(again, 1, 0), "a new trainer (a load, a reset, a click on the surface)");
        assertEquals(-2, tracker.path().x(0));
        assertEquals(-4, tracker.path().y(0));
        tracker.clear();
        assertTrue(tracker.follow(again, 1, 0));
    }

    @Test
    void aPointAfterEveryEpochEvenWhenAFrameTrainsMany() throws IOException {
        Trainer trainer = roelants().newTrainer();
        DescentTracker tracker = new DescentTracker();
        tracker.follow(trainer, 0, 1);
        double[] w1 = new double[101];
        w1[0] = -4;
        // Ten frames of ten epochs each: the hook after every epoch, follow once per frame.
        for (int frame = 0; frame < 10; frame++) {
            for (int e = 1; e <= 10; e++) {
                trainer.trainEpoch();
                w1[10 * frame + e] = trainer.network().layer(0).weight(0, 0);
                tracker.afterEpoch(trainer, 0, 1);
            }
            assertFalse(tracker.follow(trainer, 0, 1));
        }
        GradientPath path = tracker.path();
        assertEquals(101, path.size(), "the start and one point per epoch");
        for (int k = 0; k <= 100; k++) {
            assertEquals(w1[k], path.x(k), 0.0, "epoch " + k);
        }
        assertEquals(100, tracker.epoch());
    }

    @Test
    void afterAnEpochOfAnotherRunOrPairNothingIsAdded() throws IOException {
        Scenario scenario = roelants();
        Trainer trainer = scenario.newTrainer();
        DescentTracker tracker = new DescentTracker();
        tracker.afterEpoch(trainer, 0, 1);
        assertTrue(tracker.path().isEmpty(), "nothing followed yet: the next follow starts the path");
        tracker.follow(trainer, 0, 1);
        trainer.trainEpoch();
        tracker.afterEpoch(trainer, 1, 0);
        assertEquals(1, tracker.path().size(), "another pair");
        Trainer other = scenario.newTrainer();
        other.trainEpoch();
        tracker.afterEpoch(other, 0, 1);
        assertEquals(1, tracker.path().size(), "another run");
        assertEquals(-4, tracker.path().latestX());
    }

    @Test
    void aLongRunIsThinnedToABoundedEvenlySampledPath() throws IOException {
        Trainer trainer = roelants().newTrainer();
        DescentTracker tracker = new DescentTracker(16);
        tracker.follow(trainer, 0, 1);
        double[] w2 = new double[201];
        w2[0] = -2;
        for (int epoch = 1; epoch <= 200; epoch++) {
            trainer.trainEpoch();
            w2[epoch] = trainer.network().layer(0).weight(0, 1);
            tracker.afterEpoch(trainer, 0, 1);
        }
        GradientPath path = tracker.path();
        // 201 positions (epochs 0 to 200, all moving) in at most 16 points: every 16th (16 · 16 = 256 ≥ 201 >
        // 16 · 8), so epochs 0, 16, …, 192: 13 points.
        assertEquals(16, path.stride());
        assertEquals(13, path.size());
        for (int k = 0; k < path.size(); k++) {
            assertEquals(w2[16 * k], path.y(k), 0.0, "stored point " + k);
        }
        assertEquals(w2[200], path.latestY(), 0.0);
    }
}
