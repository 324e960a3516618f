package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The step-through panel and the network diagram's read-out and editor, on both engines, against
 * numbers worked out by hand for Rafay Khan's AND neuron (W = [0.1, 0.6], b = 0) and 2-3-1 network.
 */
class StepThroughTest {

    private static void tracePoint(PageDriver page, int point) {
        page.setRange("trace-point", Integer.toString(point));
    }

    @BrowserTest
    void andNeuronAtOneOneShowsTheHandCalculation(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        page.reveal("step-through-panel");
        tracePoint(page, 4);
        assertEquals("of 4: (1, 1), class 1 ●", page.text("trace-point-text"));
        // z = 0.1·1 + 0.6·1 + 0 = 0.7; p̂ = σ(0.7) = 0.668188; L = −log p̂ = 0.403186;
        // ∂L/∂p̂ = −1/p̂ = −1.496585; ∂p̂/∂z = p̂(1 − p̂) = 0.221713; ∂L/∂z = p̂ − y = −0.331812.
        assertEquals("z = w₁·x₁ + w₂·x₂ + b = 0.1·1 + 0.6·1 + 0 = 0.700000", lineOf(page, "trace-z"));
        assertEquals("0.668188", page.text("trace-phat"));
        assertEquals("0.403186", page.text("trace-loss"));
        assertEquals("-1.496585", page.text("trace-dl-dphat"));
        assertEquals("0.221713", page.text("trace-dphat-dz"));
        assertEquals("-0.331812", page.text("trace-chain"));
        assertEquals("-0.331812", page.text("trace-dz"));
        assertEquals("-0.331812", page.text("trace-dw-1"));
        assertEquals("-0.331812", page.text("trace-dw-2"));
        assertEquals("-0.331812", page.text("trace-db"));
        // One step on this point alone at α = 1: w − α·∂L/∂w.
        assertEquals("w₁ ← 0.1 − 1·(-0.331812) = 0.431812", lineOf(page, "trace-w-1-new"));
        assertEquals("0.931812", page.text("trace-w-2-new"));
        assertEquals("0.331812", page.text("trace-b-new"));
        assertEquals("0.403186", page.text("trace-explain-loss"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void steppingRecomputesTheTraceFromTheNewWeights(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        page.reveal("step-through-panel");
        tracePoint(page, 4);
        assertEquals("0.700000", page.text("trace-z"));
        page.click("step");
        // The full-batch step gives W = (0.051708, 0.521539), b = −0.334706, so at (1, 1):
        // z = 0.238541, p̂ = σ(z) = 0.559354, L = 0.580972, ∂L/∂z = p̂ − 1 = −0.440646.
        assertEquals("1", page.text("epoch"));
        assertEquals("0.238541", page.text("trace-z"));
        assertEquals("0.559354", page.text("trace-phat"));
        assertEquals("0.580972", page.text("trace-loss"));
        assertEquals("-0.440646", page.text("trace-dz"));
        assertEquals("of 4: (1, 1), class 1 ●", page.text("trace-point-text"), "the chosen point is kept");
    }

    @BrowserTest
    void theBatchShowsTheAveragedGradientAndTheSeedsStep(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        page.reveal("step-through-panel");
        page.click("trace-mode-batch");
        assertEquals("true", page.attribute("trace-mode-batch", "aria-pressed"));
        // dZ = p̂ − y = (0.5, 0.645656, 0.524979, −0.331812); ∂J/∂w1 = (0.524979 − 0.331812)/4 = 0.048292,
        // ∂J/∂w2 = (0.645656 − 0.331812)/4 = 0.078461, ∂J/∂b = 1.338823/4 = 0.334706.
        assertEquals("4", page.text("batch-m"));
        assertEquals("0.645656", page.text("batch-i2-dz"));
        assertEquals("-0.331812", page.text("batch-i4-dz"));
        assertEquals("0.719554", page.text("batch-cost"));
        assertEquals("0.048292", page.text("batch-dw-1"));
        assertEquals("0.078461", page.text("batch-dw-2"));
        assertEquals("0.334706", page.text("batch-db"));
        assertEquals("w₁ ← 0.1 − 1·0.048292 = 0.051708", lineOf(page, "batch-w-1-new"));
        assertEquals("-0.334706", page.text("batch-b-new"));
        // “Nothing but NumPy”: 0.618313 after one step at α = 1, which is what Step then shows.
        assertEquals("0.618313", page.text("batch-cost-after"));
        assertEquals("0.618313", page.text("trace-explain-after"));
        page.click("step");
        assertEquals("0.618313", page.text("cost"));
        assertEquals("0.618313", page.text("batch-cost"));
        page.click("trace-mode-point");
        assertEquals("false", page.attribute("trace-mode-batch", "aria-pressed"));
        assertTrue(page.exists("trace-z"));
    }

    @BrowserTest
    void theXorNetworkGetsATablePerLayer(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "xor-network");
        page.reveal("step-through-panel");
        tracePoint(page, 2);
        // At (0, 1), y = 1: hidden z = (0.6, 0.4, 0.7), a = (0.645656, 0.598688, 0.668188);
        // output z = 0.905410, p̂ = 0.712060, ∂L/∂z = −0.287940; ∂L/∂W2[1] = −0.287940 · 0.645656 = −0.185910;
        // hidden dZ = W2 · ∂L/∂z · a(1 − a) = (−0.006588, −0.027672, −0.057456).
        assertEquals("of 4: (0, 1), class 1 ●", page.text("trace-point-text"));
        assertEquals("0.600000", page.text("trace-l1-u1-z"));
        assertEquals("0.645656", page.text("trace-l1-u1-a"));
        assertEquals("0.905410", page.text("trace-l2-u1-z"));
        assertEquals("0.712060", page.text("trace-phat"));
        assertEquals("-0.287940", page.text("trace-dz"));
        assertEquals("-0.185910", page.text("trace-l2-u1-dw1"));
        assertEquals("-0.006588", page.text("trace-l1-u1-dz"));
        assertEquals("-0.057456", page.text("trace-l1-u3-dz"));
        assertEquals("0.000000", page.text("trace-l1-u3-dw1"));
        assertEquals("-0.057456", page.text("trace-l1-u3-dw2"));
        page.click("trace-mode-batch");
        // Rafay Khan's batch gradients, unrounded: ∂J/∂W2 = (0.117621, 0.114962, 0.123575), ∂J/∂b1[3] = 0.038237.
        assertEquals("0.117621", page.text("batch-l2-u1-dw1"));
        assertEquals("0.123575", page.text("batch-l2-u1-dw3"));
        assertEquals("0.038237", page.text("batch-l1-u3-db"));
        assertEquals("0.779514", page.text("batch-cost"));
        assertEquals("0.715106", page.text("batch-cost-after"));
    }

    @BrowserTest
    void thePointPickerStaysWithinThePoints(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        page.reveal("step-through-panel");
        assertEquals("of 4: (0, 0), class 0 ▲", page.text("trace-point-text"));
        assertEquals("true", String.valueOf(page.attribute("trace-prev", "disabled") != null));
        page.click("trace-next");
        assertEquals("of 4: (0, 1), class 0 ▲", page.text("trace-point-text"));
        assertEquals("2", page.value("trace-point"));
        tracePoint(page, 9);
        assertEquals("of 4: (0, 1), class 0 ▲", page.text("trace-point-text"), "9 is past the last point");
        assertEquals("2", page.value("trace-point"));
        page.click("trace-prev");
        // The first example of “Nothing but NumPy”: ∂L/∂p̂ = 2, ∂p̂/∂z = 0.25, ∂L/∂b = 0.5, new b = −0.5.
        assertEquals("2.000000", page.text("trace-dl-dphat"));
        assertEquals("0.250000", page.text("trace-dphat-dz"));
        assertEquals("0.500000", page.text("trace-db"));
        assertEquals("-0.500000", page.text("trace-b-new"));
    }

    @BrowserTest
    void hoveringALinkShowsItsWeightAndGradient(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        page.reveal("step-through-panel");
        double[] link = DiagramPoints.link(page, 1); // x₂ → p̂, weight 0.6
        page.evaluate(DiagramPoints.mouse("mousemove", link[0], link[1]));
        // ∂J/∂w2 = (1/4)·Σ dZ·x2 = (0.645656 − 0.331812)/4 = 0.078461.
        assertEquals("W1[1,2] (x₂ → p̂) = 0.600000 ∂J/∂w = 0.078461 over the 4 points", page.text("diagram-readout"));
        double[] node = DiagramPoints.node(page, 2); // the output unit: its bias
        page.evaluate(DiagramPoints.mouse("mousemove", node[0], node[1]));
        assertEquals("b1[1] (bias of p̂) = 0.000000 ∂J/∂b = 0.334706 over the 4 points", page.text("diagram-readout"));
        page.evaluate(DiagramPoints.mouse("mouseleave", 0, 0));
        assertTrue(page.text("diagram-readout").startsWith("Hover over a link"), page.text("diagram-readout"));
    }

    @BrowserTest
    void clickingALinkEditsItsWeight(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        page.reveal("step-through-panel");
        double[] link = DiagramPoints.link(page, 0); // x₁ → p̂, weight 0.1
        page.clickCanvas("network-diagram", link[0], link[1]);
        assertEquals("0", page.value("link-choice"));
        assertEquals("0.1", page.value("link-value"));
        page.setRange("link-value", "0.5");
        page.click("link-set");
        // W = [0.5, 0.6], b = 0 on AND: p̂ = σ(0), σ(0.6), σ(0.5), σ(1.1); cost 0.748012.
        assertEquals("0.748012", page.text("cost"));
        assertTrue(page.text("status").startsWith("W1[1,1] is now 0.5"), page.text("status"));
        tracePoint(page, 4);
        assertEquals("z = w₁·x₁ + w₂·x₂ + b = 0.5·1 + 0.6·1 + 0 = 1.100000", lineOf(page, "trace-z"));
        // ∂J/∂w1 after the edit: (σ(0.5) + σ(1.1) − 1)/4 = 0.093180.
        assertTrue(page.text("diagram-readout").contains("∂J/∂w = 0.093180"), page.text("diagram-readout"));
        page.setRange("link-value", "");
        page.click("link-set");
        assertTrue(page.text("diagram-readout").contains("is not a number; W1[1,1] stays 0.5"),
                page.text("diagram-readout"));
        assertEquals("0.748012", page.text("cost"));
        page.select("link-choice", "2");
        assertEquals("0", page.value("link-value"), "the bias b");
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest(Browser.CHROMIUM)
    void screenshotsOfTheStepThrough(ChromePage page) {
        page.viewport(Viewport.DESKTOP);
        page.open("");
        Waits.loadExample(page, "and-neuron");
        tracePoint(page, 4);
        shoot(page, "step-through-panel", "step-through-and-point.png");
        page.click("trace-mode-batch");
        shoot(page, "step-through-panel", "step-through-and-batch.png");
        Waits.loadExample(page, "xor-network");
        page.click("trace-mode-point");
        shoot(page, "step-through-panel", "step-through-xor-point.png");
        double[] link = DiagramPoints.link(page, 7);
        page.clickCanvas("network-diagram", link[0], link[1]);
        shoot(page, "weights", "network-diagram-edit.png");
        page.viewport(Viewport.PHONE);
        Waits.loadExample(page, "and-neuron");
        shoot(page, "step-through-panel", "phone-step-through.png");
        shoot(page, "network-diagram", "phone-network-diagram.png");
        page.assertNoJavaScriptErrors();
    }

    static void shoot(ChromePage page, String id, String name) {
        page.scrollIntoView(id);
        Path file = page.screenshot(Path.of(name));
        assertTrue(Files.exists(file), "screenshot " + file);
    }

    /** A line's whole text: its formula and its value. */
    private static String lineOf(PageDriver page, String valueId) {
        return page.evaluate("document.getElementById('" + valueId + "').parentNode.textContent")
                .replaceAll("\\s+", " ").trim();
    }
}
