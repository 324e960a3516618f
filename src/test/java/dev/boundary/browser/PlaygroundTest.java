package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The playground as a learner uses it, checked once and run on both engines: the JavaScript build in
 * HtmlUnit and the WebAssembly build in Chromium.
 */
class PlaygroundTest {

    @BrowserTest
    void andWorkedExampleShowsTheArticlesFigures(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        // “Nothing but NumPy”: W = [0.1, 0.6], b = 0 gives cost 0.719554; one step at learning rate 1 gives 0.618313.
        assertEquals("0", page.text("epoch"));
        assertEquals("0.719554", page.text("cost"));
        page.click("step");
        assertEquals("1", page.text("epoch"));
        assertEquals("0.618313", page.text("cost"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void stepWhilePlayingPausesAndSaysSo(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        for (boolean byKey : new boolean[] {false, true}) {
            page.click("play");
            assertEquals("Pause", page.text("play"));
            if (byKey) {
                page.evaluate(Scripts.keyDown("plot", "s", false));
            } else {
                page.click("step");
            }
            assertEquals("Play", page.text("play"), byKey ? "the s key" : "the Step button");
            assertEquals("false", page.attribute("play", "aria-pressed"));
            // Paused: each further step is exactly one epoch, and nothing else trains in between.
            int epoch = Integer.parseInt(page.text("epoch"));
            page.click("step");
            page.click("step");
            assertEquals(epoch + 2, Integer.parseInt(page.text("epoch")));
        }
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void xorWorkedExampleShowsTheArticlesFigures(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "xor-network");
        assertEquals("0.779514", page.text("cost"));
        page.click("step");
        assertEquals("0.715106", page.text("cost"));
    }

    @BrowserTest
    void stableCrossEntropyFromTheSaturatedStart(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-stable-cross-entropy");
        assertEquals("15.173298", page.text("cost"));
    }

    @BrowserTest
    void thresholdRecountsTheConfusionMatrixWithoutRetraining(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        // Untrained AND neuron: p̂ = σ(0), σ(0.6), σ(0.1), σ(0.7) = 0.5, 0.646, 0.525, 0.668 for labels 0, 0, 0, 1.
        // t = 0.5: all four predicted 1.
        assertConfusion(page, 1, 3, 0, 0);
        page.setRange("threshold", 0.6);
        // t = 0.6: only 0.646 and 0.668 predicted 1.
        assertConfusion(page, 1, 1, 0, 2);
        assertEquals("0.500", page.text("precision"));
        assertEquals("1.000", page.text("recall"));
        page.setRange("threshold", 0.7);
        // t = 0.7: none predicted 1, so precision is undefined.
        assertConfusion(page, 0, 0, 1, 3);
        assertEquals("—", page.text("precision"));
        assertEquals("0.000", page.text("recall"));
        assertEquals("0", page.text("epoch"));
        assertEquals("0.719554", page.text("cost"));
    }

    private static void assertConfusion(PageDriver page, int tp, int fp, int fn, int tn) {
        assertEquals("TP " + tp, page.text("tp"));
        assertEquals("FP " + fp, page.text("fp"));
        assertEquals("FN " + fn, page.text("fn"));
        assertEquals("TN " + tn, page.text("tn"));
    }

    @BrowserTest
    void clickingAddsPointsOfTheActiveClassAndShiftClickTheOther(PageDriver page) {
        page.open("");
        page.select("dataset", "empty");
        assertTrue(page.text("points").startsWith("0 points"), page.text("points"));
        page.clickCanvas("plot", 80, 60);
        page.clickCanvas("plot", 120, 70);
        page.clickCanvas("plot", 150, 100, true);
        assertEquals("3 points: 2 of class 1 ●, 1 of class 0 ▲", page.text("points"));
        page.click("step");
        assertEquals("1", page.text("epoch"));
        assertNotEquals("NaN", page.text("cost"));
        page.click("undo");
        assertEquals("2 points: 2 of class 1 ●, 0 of class 0 ▲", page.text("points"));
        page.click("redo");
        assertEquals("3 points: 2 of class 1 ●, 1 of class 0 ▲", page.text("points"));
    }

    @BrowserTest
    void aTooLargeLearningRateStopsWithAMessage(PageDriver page) {
        page.open("");
        page.select("dataset", "iris");
        page.select("model", "network");
        page.select("activation", "linear");
        page.setRange("learning-rate", 500); // α = 10
        assertEquals("10", page.text("learning-rate-value"));
        for (int i = 0; i < 30 && !page.text("status").contains("learning rate"); i++) {
            page.click("step");
        }
        String status = page.text("status");
        assertTrue(status.contains("lower the learning rate"), status);
        assertTrue(status.contains("at epoch"), status);
        assertEquals("Play", page.text("play"));
        assertTrue(!page.text("cost").equals("NaN"), "the cost shown is the last finite one");
    }

    @BrowserTest
    void theEnginesPrintTheSameDigitsAsTheJvm(PageDriver page) throws IOException {
        Scenario scenario = ScenarioJson.read(Files.readString(Path.of("web/examples/xor-network.json")));
        Trainer trainer = scenario.newTrainer();
        for (int i = 0; i < 25; i++) {
            trainer.trainEpoch();
        }
        page.open("");
        Waits.loadExample(page, "xor-network");
        for (int i = 0; i < 25; i++) {
            page.click("step");
        }
        assertEquals("25", page.text("epoch"));
        assertEquals(Numbers.fixed(trainer.cost(), 6), page.text("cost"));
    }
}
