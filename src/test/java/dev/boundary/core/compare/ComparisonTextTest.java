package dev.boundary.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ComparisonTextTest {
    private static Comparison finished(ComparisonKind kind, Scenario scenario, int epochs) {
        Comparison comparison = Comparison.of(kind, scenario, epochs, Comparison.DEFAULT_WORK_BUDGET);
        comparison.runToEnd();
        return comparison;
    }

    @Test
    void stableVersusNaiveNamesTheSaturatedPointsAndTheCosts() {
        String text = ComparisonText.explain(finished(ComparisonKind.STABLE_VS_NAIVE, null, 5000));
        // z = w·x: (0, 1) → 60 and (1, 1) → 50, where σ(z) is 1 to double precision; 15.173298 from “Nothing but NumPy”.
        assertTrue(text.startsWith("The naive cross-entropy is NaN at epoch 0"), text);
        assertTrue(text.contains("(0, 1) (z = 60), (1, 1) (z = 50)"), text);
        assertTrue(text.contains("log(0)"), text);
        assertTrue(text.contains("0·(−∞) is NaN"), text);
        assertTrue(text.contains("15.173298 at epoch 0"), text);
        assertTrue(text.contains("after 5000 epochs, with 100.0 % of the points right"), text);
    }

    @Test
    void crossEntropyVersusSquaredErrorGivesTheAccuraciesAndTheFlatSigmoid() {
        String text = ComparisonText.explain(finished(ComparisonKind.CROSS_ENTROPY_VS_SQUARED_ERROR, null, 5000));
        assertTrue(text.startsWith("After 5000 epochs cross-entropy gets 100.0 % of the points right"), text);
        assertTrue(text.contains("squared error 75.0 %"), text);
        // Squared error's cost at the start: (0.25 + 1 + σ(−10)²)/8 = 0.156250 to 6 places.
        assertTrue(text.contains("(cost 0.156250 → "), text);
        // The worst start point is (0, 1): label 0 with p̂ = σ(60) = 1, so p̂(1 − p̂) = 0 in doubles.
        assertTrue(text.contains("the worst point (0, 1) has p̂ = 1.0000"), text);
        assertTrue(text.contains("p̂ − y = 1.000"), text);
    }

    @Test
    void batchSizesGiveUpdateCountsAndRises() throws IOException {
        Scenario roelants = ScenarioJson.read(Files.readString(Path.of("web/examples/roelants-no-bias.json")));
        String text = ComparisonText.explain(finished(ComparisonKind.BATCH_SIZES, roelants, 10));
        // 10 epochs of 40 points: 10, 40 and 400 updates.
        assertTrue(text.startsWith("Each run sees all 40 points once per epoch"), text);
        assertTrue(text.contains("10 updates (full batch), 40 updates (mini-batches of 10) and 400 updates (stochastic) in 10 epochs"),
                text);
    }

    @Test
    void optimisersGiveTheLearningRate() throws IOException {
        Scenario roelants = ScenarioJson.read(Files.readString(Path.of("web/examples/roelants-no-bias.json")));
        String text = ComparisonText.explain(finished(ComparisonKind.OPTIMIZERS, roelants, 10));
        assertTrue(text.startsWith("At α = 2, after 10 epochs the cost is "), text);
        assertTrue(text.contains("(gradient descent), "), text);
        assertTrue(text.contains("Gradient descent's final "), text);
    }

    @Test
    void theSetupLeavesOutWhatIsCompared() {
        Comparison loss = finished(ComparisonKind.CROSS_ENTROPY_VS_SQUARED_ERROR, null, 20);
        assertEquals("AND from W = [−10, 60], b = 0 (4 points, model 2-1): full batch, gradient descent, α = 1,"
                + " 20 epochs.", ComparisonText.setup(loss));
    }

    @Test
    void theSetupOfTheCurrentScenarioNamesItsLossAndModel() throws IOException {
        Scenario roelants = ScenarioJson.read(Files.readString(Path.of("web/examples/roelants-no-bias.json")));
        String setup = ComparisonText.setup(finished(ComparisonKind.OPTIMIZERS, roelants, 10));
        assertTrue(setup.endsWith("(40 points, model 2-1 without bias): cross-entropy, full batch, α = 2, 10 epochs."),
                setup);
    }

    @Test
    void everyKindNamesItsSource() {
        for (ComparisonKind kind : ComparisonKind.values()) {
            assertTrue(ComparisonText.sourceTopic(kind).startsWith("“Nothing but NumPy”"), kind.id());
            assertTrue(ComparisonText.sourceLink(kind).startsWith("https://"), kind.id());
        }
        assertEquals("NaN", ComparisonText.cost(Double.NaN));
        assertEquals("15.173298", ComparisonText.cost(15.1732981));
        assertEquals("75.0 %", ComparisonText.percent(0.75));
    }
}
