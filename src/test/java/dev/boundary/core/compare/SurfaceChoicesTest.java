package dev.boundary.core.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Gates;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.view.LossSurface;
import dev.boundary.core.view.Viewport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SurfaceChoicesTest {
    /** log(1 + e^z), written stably. */
    private static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    @Test
    void trainableParametersSkipTheBiasesOfAModelWithout() {
        assertArrayEquals(new int[] {0, 1}, SurfaceChoices.trainable(new ModelSpec(2, new int[0], Activation.SIGMOID, false)));
        assertArrayEquals(new int[] {0, 1, 2}, SurfaceChoices.trainable(ModelSpec.logistic(2)));
        assertArrayEquals(new int[] {0, 1}, SurfaceChoices.trainable(ModelSpec.logistic(1)), "w and b of a 1-D neuron");
        // 2-3-1 without bias: W1 is flat 0–5, b1 6–8, W2 9–11, b2 12.
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 9, 10, 11},
                SurfaceChoices.trainable(new ModelSpec(2, new int[] {3}, Activation.SIGMOID, false)));
        assertEquals(13, SurfaceChoices.trainable(new ModelSpec(2, new int[] {3}, Activation.SIGMOID, true)).length);
    }

    @Test
    void labelsReadAsTheSeedsWriteThem() {
        assertEquals("w1", SurfaceChoices.label(ModelSpec.logistic(2), 0));
        assertEquals("w2", SurfaceChoices.label(ModelSpec.logistic(2), 1));
        assertEquals("b", SurfaceChoices.label(ModelSpec.logistic(2), 2));
        assertEquals("w", SurfaceChoices.label(ModelSpec.logistic(1), 0), "MLDawn's 1-D neuron");
        assertEquals("b", SurfaceChoices.label(ModelSpec.logistic(1), 1));
        assertEquals("W2[1,3]", SurfaceChoices.label(new ModelSpec(2, new int[] {3}, Activation.SIGMOID, true), 11));
    }

    @Test
    void theRangeIsANiceSquareAroundTheOriginWithThePointWellInside() {
        assertRange(5, SurfaceChoices.rangeAround(-4, -2, 300, 300), "Roelants' start (−4, −2): 4/0.8 = 5");
        assertRange(100, SurfaceChoices.rangeAround(-10, 60, 300, 300), "Rafay Khan's (−10, 60): 75 → 100");
        assertRange(1, SurfaceChoices.rangeAround(0.1, 0.6, 300, 300), "never below ±1");
        assertRange(2, SurfaceChoices.rangeAround(1.2, 0, 300, 300), "1.5 → 2");
        assertRange(10, SurfaceChoices.rangeAround(0, -4.5, 300, 300), "5.625 → 10");
    }

    private static void assertRange(double half, Viewport range, String why) {
        assertEquals(-half, range.xMin(), why);
        assertEquals(half, range.xMax(), why);
        assertEquals(-half, range.yMin(), why);
        assertEquals(half, range.yMax(), why);
    }

    @Test
    void followKeepsTheRangeWhileThePointIsInsideAndWidensItOtherwise() {
        Viewport range = SurfaceChoices.rangeAround(-4, -2, 300, 300);
        assertSame(range, SurfaceChoices.follow(range, 4.9, -5));
        assertSame(range, SurfaceChoices.follow(range, Double.NaN, 0));
        Viewport wider = SurfaceChoices.follow(range, 7, 1);
        assertRange(10, wider, "7/0.8 = 8.75 → 10");
        assertEquals(300, wider.width());
        assertRange(5, SurfaceChoices.follow(null, -4, -2), "no range yet");
    }

    @Test
    void clickedValuesSnapToATidyStep() {
        // A hundredth of the span as 1, 2 or 5 × 10^k: 0.1 on [−5, 5], 2 on [−100, 100], 0.02 on [−1, 1].
        assertEquals(1.2, SurfaceChoices.snap(1.2036, SurfaceChoices.rangeAround(-4, -2, 300, 300)));
        assertEquals(38, SurfaceChoices.snap(37.3, SurfaceChoices.rangeAround(-10, 60, 300, 300)));
        assertEquals(-0.12, SurfaceChoices.snap(-0.123, SurfaceChoices.rangeAround(0.1, 0.6, 300, 300)));
        assertEquals(0.3, SurfaceChoices.snap(0.295, SurfaceChoices.rangeAround(0.1, 0.6, 300, 300)));
    }

    @Test
    void gridCellsStayWithinTheBudget() {
        // 40 points, 3 parameters: √(1.5e6 / 120) = 111.8, capped at 72.
        assertEquals(72, SurfaceChoices.gridCells(40, 3));
        // 1000 points, 20 parameters: √(1.5e6 / 20000) = 8.66, raised to the minimum 12.
        assertEquals(12, SurfaceChoices.gridCells(1000, 20));
        // 500 points, 3 parameters: √(1.5e6 / 1500) = √1000 = 31.6 → 31.
        assertEquals(31, SurfaceChoices.gridCells(500, 3));
        assertEquals(72, SurfaceChoices.gridCells(0, 3));
    }

    @Test
    void cellsAdaptToTheMeasuredTime() {
        // 32 cells took 2 ms, the target is 8 ms: 32·√4 = 64. 32 took 32 ms: 32·√(1/4) = 16.
        assertEquals(64, SurfaceChoices.adaptCells(32, 2, 8, 72));
        assertEquals(16, SurfaceChoices.adaptCells(32, 32, 8, 72));
        assertEquals(72, SurfaceChoices.adaptCells(32, 0.5, 8, 72), "capped by the work budget");
        assertEquals(12, SurfaceChoices.adaptCells(32, 5000, 8, 72), "never below the minimum");
        assertEquals(72, SurfaceChoices.adaptCells(32, 0, 8, 72), "too fast to measure");
        // 64 cells in 14 ms against 12: 64·√(12/14) = 59.3, within a fifth, so 64 stays.
        assertEquals(64, SurfaceChoices.adaptCells(64, 14, 12, 72));
        assertEquals(40, SurfaceChoices.adaptCells(64, 14, 12, 40), "but never above the cap");
    }

    @Test
    void surfaceOverTheWeightsWithTheBiasHeldIsTheCostOfThoseWeights() {
        // AND neuron with b fixed at 0: the cell centred on W = [0.1, 0.6] is Rafay Khan's 0.719554.
        Network network = new Network(ModelSpec.logistic(2));
        network.setLayer(0, new double[] {2, -3}, new double[] {0});
        int[] pair = SurfaceChoices.trainable(network.spec());
        LossSurface surface = new LossSurface();
        // Cells of width 0.2 over [−0.4, 0.6] × [0.1, 1.1]: centre (2, 2) is (0.1, 0.6).
        surface.compute(network, Gates.and(), Loss.CROSS_ENTROPY, 0, pair[0], pair[1],
                new Viewport(-0.4, 0.6, 0.1, 1.1, 100, 100), 5, 5);
        assertEquals(0.719554, surface.value(2, 2), 1e-6);
        // With b held at −1 instead: z = −1, w2 − 1, w1 − 1, w1 + w2 − 1 for labels 0, 0, 0, 1.
        network.setLayer(0, new double[] {2, -3}, new double[] {-1});
        surface.compute(network, Gates.and(), Loss.CROSS_ENTROPY, 0, pair[0], pair[1],
                new Viewport(-0.4, 0.6, 0.1, 1.1, 100, 100), 5, 5);
        double byHand = (softplus(-1) + softplus(0.6 - 1) + softplus(0.1 - 1) + softplus(-(0.7 - 1))) / 4;
        assertEquals(byHand, surface.value(2, 2), 1e-12);
        assertEquals(-1, network.layer(0).biases()[0], "the held parameter is left as it was");
        assertEquals(2, network.layer(0).weight(0, 0), "the spanning parameters are restored");
    }

    @Test
    void roelantsSurfaceIsTheMeanCrossEntropyOfTheFortyPoints() throws IOException {
        Scenario scenario = ScenarioJson.read(Files.readString(Path.of("web/examples/roelants-no-bias.json")));
        Network network = scenario.newTrainer().network();
        DataSet data = scenario.data();
        LossSurface surface = new LossSurface();
        Viewport range = SurfaceChoices.rangeAround(-4, -2, 300, 300);
        surface.compute(network, data, Loss.CROSS_ENTROPY, 0, 0, 1, range, 10, 10);
        // [−5, 5]² in 10 cells: centres −4.5, −3.5, …; cell (1, 7) is w = (−3.5, −2.5).
        double w1 = -3.5;
        double w2 = -2.5;
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            double z = w1 * data.feature(i, 0) + w2 * data.feature(i, 1);
            // −t·log σ(z) − (1 − t)·log(1 − σ(z)) = softplus(z) − t·z.
            sum += softplus(z) - data.label(i) * z;
        }
        assertEquals(sum / data.size(), surface.value(1, 7), 1e-12);
    }

    @Test
    void theKeyboardCursorStepsATwentiethOrAHundredthOfTheRangeOnTidyValues() {
        Viewport range = new Viewport(-5, 5, -5, 5, 100, 100);
        // [−5, 5]: a step is 10/20 = 0.5, or 10/100 = 0.1 fine; values snap to tenths.
        assertEquals(-3.5, SurfaceChoices.moveCursor(-4, 1, false, -5, 5, range), 0.0);
        assertEquals(-4.1, SurfaceChoices.moveCursor(-4, -1, true, -5, 5, range), 0.0);
        assertEquals(-3.3, SurfaceChoices.moveCursor(-3.8214, 1, false, -5, 5, range), 0.0);
        assertEquals(5.0, SurfaceChoices.moveCursor(4.8, 1, false, -5, 5, range), 0.0, "kept inside the range");
        assertEquals(-5.0, SurfaceChoices.moveCursor(-5, -1, true, -5, 5, range), 0.0);
        // [−100, 100]: steps of 10 and 2.
        Viewport wide = new Viewport(-100, 100, -100, 100, 100, 100);
        assertEquals(70.0, SurfaceChoices.moveCursor(60, 1, false, -100, 100, wide), 0.0);
        assertEquals(58.0, SurfaceChoices.moveCursor(60, -1, true, -100, 100, wide), 0.0);
    }

    @Test
    void onlyAGridOverTwiceTheBudgetIsComputedInSlices() {
        // 12² cells × 10 000 examples × 105 parameters = 1.5e8 work units, 50 times the 3e6 allowed.
        assertTrue(SurfaceChoices.overBudget(12, 10_000, 105));
        // 32² × 200 × 33 = 6.8e6: over; 20² × 200 × 33 = 2.6e6: within.
        assertTrue(SurfaceChoices.overBudget(32, 200, 33));
        assertFalse(SurfaceChoices.overBudget(20, 200, 33));
    }
}
