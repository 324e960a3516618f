package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.metrics.RocCurve;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The ROC and precision–recall panel: its operating point follows the threshold, its AUC the training. */
class RocPanelTest {

    @BrowserTest
    void theOperatingPointFollowsTheThresholdOnTheAndNeuron(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        page.reveal("roc-panel");
        // Epoch 0: p̂ = 0.5, 0.646, 0.525, 0.668 for labels 0, 0, 0, 1. The only positive scores highest,
        // so every positive–negative pair is ordered right: AUC 1.
        assertEquals("1.000", page.text("roc-auc"));
        // t = 0.50: everything is called 1: TPR 1, FPR 3/3, precision 1/4.
        assertEquals("At t = 0.50: true positive rate (recall) 1.000, false positive rate 1.000, precision 0.250.",
                page.text("roc-operating"));
        assertEquals("1 of 1", page.text("roc-explain-caught"));
        assertEquals("3 of 3", page.text("roc-explain-flagged"));
        assertEquals("every t up to 0.500", page.text("roc-explain-range"));
        assertEquals("0.250", page.text("roc-explain-share"));
        page.setRange("threshold", 0.6);
        // t = 0.60: 0.646 and 0.668 are called 1: TPR 1, FPR 1/3, precision 1/2; t in (0.525, 0.646] alike.
        assertEquals("At t = 0.60: true positive rate (recall) 1.000, false positive rate 0.333, precision 0.500.",
                page.text("roc-operating"));
        assertEquals("every t above 0.525 and up to 0.646", page.text("roc-explain-range"));
        assertEquals("0.60", page.text("roc-explain-t"));
        page.setRange("threshold", 0.7);
        // t = 0.70: nothing is called 1.
        assertEquals("At t = 0.70: true positive rate (recall) 0.000, false positive rate 0.000, precision — "
                + "(nothing is called 1).", page.text("roc-operating"));
        assertEquals("every t above 0.668", page.text("roc-explain-range"));
        assertEquals("1.000", page.text("roc-auc"), "the threshold never changes the AUC");
        assertEquals("0", page.text("epoch"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void xorAtEpochZeroIsACoinToss(PageDriver page) {
        // XOR at epoch 0: p̂ ≈ 0.668 (0), 0.712 (1), 0.688 (1), 0.728 (0): of the four positive–negative
        // pairs two are ordered right and two wrong: AUC 2/4.
        page.open("");
        Waits.loadExample(page, "xor-network");
        page.reveal("roc-panel");
        assertEquals("0.500", page.text("roc-auc"));
        assertEquals("2 of 2", page.text("roc-explain-caught"));
    }

    @BrowserTest
    void trainingChangesTheAucAsTheJvmComputesIt(PageDriver page) throws IOException {
        // From w = (−4, −2) Roelants' model scores the two classes the wrong way round (AUC far below
        // one half); five steps turn the weights and the ranking around.
        Scenario scenario = ScenarioJson.read(Files.readString(Path.of("web/examples/roelants-no-bias.json")));
        Trainer trainer = scenario.newTrainer();
        int m = scenario.data().size();
        page.open("");
        Waits.loadExample(page, "roelants-no-bias");
        page.reveal("roc-panel");
        double before = RocCurve.of(trainer.probabilities(), trainer.labels(), m).auc();
        assertEquals(Numbers.fixed(before, 3), page.text("roc-auc"));
        for (int i = 0; i < 5; i++) {
            trainer.trainEpoch();
            page.click("step");
        }
        double after = RocCurve.of(trainer.probabilities(), trainer.labels(), m).auc();
        assertEquals(Numbers.fixed(after, 3), page.text("roc-auc"));
        assertTrue(before < 0.2 && after > 0.9, "AUC " + before + " then " + after);
    }

    @BrowserTest
    void oneClassLeavesTheCurvesUndefined(PageDriver page) {
        page.open("");
        page.reveal("roc-panel");
        page.select("dataset", "empty");
        page.clickCanvas("plot", 80, 60);
        page.clickCanvas("plot", 120, 90);
        assertEquals("—", page.text("roc-auc"));
        assertEquals("At t = 0.50: the curves need points of both classes.", page.text("roc-operating"));
        page.clickCanvas("plot", 150, 100, true);
        assertNotEquals("—", page.text("roc-auc"));
    }

    @BrowserTest(Browser.CHROMIUM)
    void screenshotsOfTheRocPanel(ChromePage page) {
        page.viewport(Viewport.DESKTOP);
        page.open("");
        Waits.loadExample(page, "and-neuron");
        page.setRange("threshold", 0.6);
        StepThroughTest.shoot(page, "roc-panel", "roc-and-epoch0.png");
        page.open("");
        page.select("dataset", "moons");
        for (int i = 0; i < 30; i++) {
            page.click("step");
        }
        StepThroughTest.shoot(page, "roc-panel", "roc-moons.png");
        page.viewport(Viewport.PHONE);
        StepThroughTest.shoot(page, "roc-panel", "phone-roc.png");
        page.assertNoJavaScriptErrors();
    }
}
