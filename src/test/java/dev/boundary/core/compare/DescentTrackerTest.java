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
        // Seed 004: w ← w − μ·Σ x_i (σ(x_i·w) − t_i) with μ = 0.05 over N = 40; Boundary averages, so α = 2.
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
}
