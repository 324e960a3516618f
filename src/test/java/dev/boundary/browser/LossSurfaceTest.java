package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.state.ScenarioJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loss-surface panel on both engines: it names the weights training walks through, moves with
 * every step as a hand calculation says, and a click on the map restarts training from there.
 */
class LossSurfaceTest {
    /** "(w1, w2) = (-3.8214, -1.9)": the two names and the two values of the readout. */
    private static final Pattern PAIR = Pattern.compile("\\(([^,]+), ([^)]+)\\) = \\((-?[0-9.]+), (-?[0-9.]+)\\)");

    private static double[] values(String readout) {
        Matcher matcher = PAIR.matcher(readout);
        assertTrue(matcher.find(), "the readout names a pair of values: " + readout);
        return new double[] {Double.parseDouble(matcher.group(3)), Double.parseDouble(matcher.group(4))};
    }

    @BrowserTest
    void theSurfaceFollowsSeedFoursStepsAndAClickRestartsThere(PageDriver page) throws IOException {
        page.open("");
        Waits.loadExample(page, "roelants-no-bias");
        page.reveal("loss-surface-panel");
        assertTrue(page.exists("surface-canvas"));
        String readout = page.text("surface-readout");
        assertTrue(readout.startsWith("(w1, w2) = (-4, -2): cost "), readout);
        assertTrue(readout.contains(" at epoch 0."), readout);
        // One step by hand: w ← w − 0.05·Σ x_i (σ(x_i·w) − t_i), Roelants' summed form (α = 2 averaged).
        DataSet data = ScenarioJson.read(Files.readString(Path.of("web/examples/roelants-no-bias.json"))).data();
        double g1 = 0;
        double g2 = 0;
        for (int i = 0; i < data.size(); i++) {
            double y = 1 / (1 + Math.exp(-(-4 * data.feature(i, 0) - 2 * data.feature(i, 1))));
            g1 += data.feature(i, 0) * (y - data.label(i));
            g2 += data.feature(i, 1) * (y - data.label(i));
        }
        page.click("step");
        String moved = page.text("surface-readout");
        assertNotEquals(readout, moved);
        assertTrue(moved.contains(" at epoch 1."), moved);
        double[] w = values(moved);
        assertEquals(-4 - 0.05 * g1, w[0], 5e-5, moved);
        assertEquals(-2 - 0.05 * g2, w[1], 5e-5, moved);

        // A click on the map restarts training from the clicked values, at epoch 0.
        page.click("step");
        assertEquals("2", page.text("epoch"));
        page.clickCanvas("surface-canvas", 170, 90);
        assertEquals("0", page.text("epoch"), page.text("status"));
        String status = page.text("status");
        assertTrue(status.startsWith("Training starts again from (w1, w2) = ("), status);
        double[] clicked = values(status);
        double[] shown = values(page.text("surface-readout"));
        assertEquals(clicked[0], shown[0], 0.0);
        assertEquals(clicked[1], shown[1], 0.0);
        assertTrue(Math.abs(clicked[0] - w[0]) > 1e-3 || Math.abs(clicked[1] - w[1]) > 1e-3, status);
        // The clicked values are the new initial weights: the weights readout shows them too.
        assertTrue(page.text("weights").contains(String.format("%.6f", clicked[0])), page.text("weights"));
        page.click("step");
        assertTrue(page.text("surface-readout").contains(" at epoch 1."), page.text("surface-readout"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void aModelWithBiasLetsTheLearnerPickThePair(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        page.reveal("loss-surface-panel");
        assertEquals("3", page.evaluate("document.getElementById('surface-x').options.length"));
        // Rafay Khan's AND neuron: W = [0.1, 0.6], b = 0, cost 0.719554.
        assertTrue(page.text("surface-readout").startsWith("(w1, w2) = (0.1, 0.6): cost 0.719554 at epoch 0."),
                page.text("surface-readout"));
        page.select("surface-x", "2");
        assertTrue(page.text("surface-readout").startsWith("(b, w2) = (0, 0.6): cost 0.719554"),
                page.text("surface-readout"));
        // The same parameter on both axes swaps them instead: b goes up, w2 comes across.
        page.select("surface-y", "2");
        assertEquals("1", page.value("surface-x"));
        assertTrue(page.text("surface-readout").startsWith("(w2, b) = (0.6, 0): "), page.text("surface-readout"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void theArrowKeysMoveACursorAndEnterRestartsFromIt(PageDriver page) throws IOException {
        page.open("");
        Waits.loadExample(page, "roelants-no-bias");
        page.reveal("loss-surface-panel");
        assertEquals("0", page.attribute("surface-canvas", "tabindex"));
        page.evaluate("document.getElementById('surface-canvas').focus()");
        assertTrue(page.text("surface-cursor").startsWith("Cursor at (w1, w2) = (-4, -2): cost "),
                page.text("surface-cursor"));
        // The map spans [−5, 5]: an arrow moves 0.5, with Shift 0.1.
        page.evaluate(Scripts.keyDown("surface-canvas", "ArrowRight", false));
        page.evaluate(Scripts.keyDown("surface-canvas", "ArrowRight", false));
        page.evaluate(Scripts.keyDown("surface-canvas", "ArrowUp", false));
        page.evaluate(Scripts.keyDown("surface-canvas", "ArrowLeft", true));
        String cursor = page.text("surface-cursor");
        assertTrue(cursor.startsWith("Cursor at (w1, w2) = (-3.1, -1.5): cost "), cursor);
        // The cost there by hand: the mean of log(1 + e^z) for class 0 and log(1 + e^−z) for class 1.
        DataSet data = ScenarioJson.read(Files.readString(Path.of("web/examples/roelants-no-bias.json"))).data();
        double cost = 0;
        for (int i = 0; i < data.size(); i++) {
            double z = -3.1 * data.feature(i, 0) - 1.5 * data.feature(i, 1);
            cost += Math.log(1 + Math.exp(data.label(i) == 1 ? -z : z)) / data.size();
        }
        assertTrue(cursor.contains("cost " + String.format(java.util.Locale.ROOT, "%.6f", cost) + "."), cursor + " vs " + cost);
        assertEquals("0", page.text("epoch"));
        page.evaluate(Scripts.keyDown("surface-canvas", "Enter", false));
        assertEquals("Play", page.text("play"), "Enter on the map does not reach the page's keys");
        assertTrue(page.text("surface-readout").startsWith("(w1, w2) = (-3.1, -1.5): cost "),
                page.text("surface-readout"));
        assertTrue(page.text("weights").contains("-3.100000"), page.text("weights"));
        assertTrue(page.text("weights").contains("-1.500000"), page.text("weights"));
        assertTrue(page.text("status").startsWith("Training starts again from (w1, w2) = (-3.1, -1.5)"),
                page.text("status"));
        // Space does the same and does not start play.
        page.evaluate(Scripts.keyDown("surface-canvas", "ArrowDown", false));
        page.evaluate(Scripts.keyDown("surface-canvas", " ", false));
        assertEquals("Play", page.text("play"));
        assertTrue(page.text("surface-readout").startsWith("(w1, w2) = (-3.1, -2): cost "),
                page.text("surface-readout"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest(Browser.CHROMIUM)
    void fastPlayDrawsAPointPerEpochNotPerFrame(ChromePage page) {
        page.open("");
        Waits.loadExample(page, "and-neuron"); // AND is separable: the weights move at every epoch
        page.reveal("loss-surface-panel");
        page.select("speed", "100");
        page.click("play");
        Waits.untilText(page, "epoch", text -> Integer.parseInt(text) >= 1000, "1000 epochs of play");
        page.click("play");
        assertEquals("Play", page.text("play"));
        int epoch = Integer.parseInt(page.text("epoch"));
        int stride = Integer.parseInt(page.attribute("surface-canvas", "data-path-stride"));
        int points = Integer.parseInt(page.attribute("surface-canvas", "data-path-points"));
        // The start and every epoch, kept at every stride-th one (1 below 4096 epochs): epochs 0, s, 2s, ….
        assertEquals(epoch / stride + 1, points, 1, "epoch " + epoch + ", stride " + stride);
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest(Browser.CHROMIUM)
    void screenshotsOfTheSurface(ChromePage page) {
        page.viewport(Viewport.DESKTOP);
        page.open("");
        Waits.loadExample(page, "roelants-no-bias");
        for (int i = 0; i < 10; i++) {
            page.click("step");
        }
        page.scrollIntoView("loss-surface-panel");
        assertTrue(Files.exists(page.screenshot(Path.of("loss-surface-roelants.png"))));
        page.evaluate("document.getElementById('surface-canvas').focus()");
        page.evaluate(Scripts.keyDown("surface-canvas", "ArrowUp", false));
        page.evaluate(Scripts.keyDown("surface-canvas", "ArrowUp", false));
        page.scrollIntoView("surface-wrap");
        assertTrue(Files.exists(page.screenshot(Path.of("loss-surface-keyboard-cursor.png"))));
        page.viewport(Viewport.PHONE);
        page.open("");
        Waits.loadExample(page, "roelants-no-bias");
        for (int i = 0; i < 10; i++) {
            page.click("step");
        }
        page.scrollIntoView("loss-surface-panel");
        assertTrue(Files.exists(page.screenshot(Path.of("phone-loss-surface-roelants.png"))));
        page.assertNoJavaScriptErrors();
    }
}
