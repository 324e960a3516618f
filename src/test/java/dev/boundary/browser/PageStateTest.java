package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.openqa.selenium.Keys;

/**
 * The page agrees with its session: the data-set menu after undo, redo, a reload and a failed example;
 * shortcuts on menus and sliders; the cost read-out and the chart; the learning rate's digits; what a
 * worked example changes and how a data set after it brings the playground's model back.
 */
class PageStateTest {
    @BrowserTest
    void theMenuFollowsUndoAndRedo(PageDriver page) {
        page.open("");
        page.select("dataset", "spiral");
        page.select("dataset", "moons");
        page.click("undo");
        assertEquals("spiral", page.value("dataset"));
        assertEquals("Undid: load “Moons”.", page.text("status"));
        page.click("redo");
        assertEquals("moons", page.value("dataset"));
        assertEquals("Redid: load “Moons”.", page.text("status"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void theMenuNamesTheRestoredDataSetAfterAReload(PageDriver page) {
        page.open("");
        page.select("dataset", "spiral");
        AutosaveTest.awaitSave(page);
        page.open("");
        assertEquals("spiral", page.value("dataset"));
        assertEquals("spiral", page.documentAttribute("data-session-dataset"));
    }

    @BrowserTest
    void aFailedExampleLeavesTheMenuOnTheDataSetShown(PageDriver page) {
        page.open("");
        page.evaluate("(function () { var o = document.createElement('option'); o.value = 'example:missing';"
                + " o.textContent = 'missing'; document.getElementById('dataset').appendChild(o); return 1; })()");
        page.select("dataset", "example:missing");
        Waits.untilText(page, "status", text -> text.contains("could not be loaded"), "the example to fail");
        assertEquals("circles", page.value("dataset"));
    }

    @BrowserTest(Browser.CHROMIUM)
    void theStepKeyStepsOnAFocusedMenu(ChromePage page) {
        page.open("");
        page.select("dataset", "moons");
        page.type("dataset", "s");
        assertEquals("1", page.text("epoch"));
        assertEquals("moons", page.value("dataset"));
    }

    @BrowserTest(Browser.CHROMIUM)
    void spaceAndUndoWorkOnASlider(ChromePage page) {
        page.open("");
        page.setRange("learning-rate", "200"); // α = 0.01
        assertEquals("0.01", page.text("learning-rate-value"));
        page.typeHolding("learning-rate", "z", Keys.CONTROL);
        assertEquals("0.1", page.text("learning-rate-value"));
        assertEquals("Undid: learning rate.", page.text("status"));
        page.type("threshold", " ");
        assertEquals("Pause", page.text("play"));
        page.type("threshold", " ");
        assertEquals("Play", page.text("play"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void thePlotGrowsToShowEveryPointWhenThePointsSpread(PageDriver page) {
        page.open("?dataset=circles");
        assertEquals("0", page.attribute("plot", "data-points-outside"));
        // The widest circles: 1 000 per class at the largest noise reach far past the default frame.
        page.setRange("data-size", "1000");
        page.setRange("data-noise", "40");
        assertEquals("0", page.attribute("plot", "data-points-outside"), "after more points and more noise");
        page.click("regenerate");
        assertEquals("0", page.attribute("plot", "data-points-outside"), "after a new sample");
        page.click("undo");
        page.click("undo");
        assertEquals("0", page.attribute("plot", "data-points-outside"), "after undoing the noise");
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest(Browser.CHROMIUM)
    void theMouseHintsHideOnATouchScreen(ChromePage page) {
        page.open("");
        String hintShown = "getComputedStyle(document.querySelector('#hover .mouse-hint')).display !== 'none'"
                + " && getComputedStyle(document.getElementById('trace-picker-hint')).display !== 'none'";
        assertEquals("true", page.evaluate(hintShown), "with a mouse");
        page.devTools("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        try {
            page.open("");
            assertEquals("true", page.evaluate("matchMedia('(hover: none) and (pointer: coarse)').matches"),
                    "the emulated touch screen");
            assertEquals("false", page.evaluate(
                    "getComputedStyle(document.querySelector('#hover .mouse-hint')).display !== 'none'"));
            assertEquals("false", page.evaluate(
                    "getComputedStyle(document.getElementById('trace-picker-hint')).display !== 'none'"));
        } finally {
            page.devTools("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        }
    }

    @BrowserTest
    void noPointsShowADashAndTwoPointsACostOnTheChart(PageDriver page) {
        page.open("");
        page.click("clear");
        assertEquals("—", page.text("cost"));
        page.select("dataset", "empty");
        page.clickCanvas("plot", 100, 100);
        page.clickCanvas("plot", 200, 150, true);
        String cost = page.text("cost");
        assertNotEquals("—", cost);
        assertEquals(cost, page.attribute("cost-chart", "data-last-cost"));
    }

    @BrowserTest
    void theLearningRateShowsThreeSignificantDigits(PageDriver page) {
        page.open("");
        page.setRange("learning-rate", "248"); // α = 10^(2.48 − 4) = 0.0301995…
        assertEquals("0.0302", page.text("learning-rate-value"));
    }

    @BrowserTest
    void anExampleSaysWhatItChangedAndADataSetAfterItBringsTheModelBack(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "roelants-no-bias");
        String status = page.text("status");
        assertTrue(status.contains("no bias") && status.contains("α = 2"), status);
        page.select("dataset", "moons");
        assertEquals("network", page.value("model"));
        assertEquals("true", page.evaluate("document.getElementById('bias').checked"));
        assertEquals("0.1", page.text("learning-rate-value"));
    }

    @BrowserTest
    void undoTakesBackAWeightEditInTheDiagram(PageDriver page) {
        page.open("");
        page.select("dataset", "moons");
        Waits.loadExample(page, "and-neuron");
        page.select("link-choice", "0");
        page.setRange("link-value", "-10");
        page.click("link-set");
        page.click("undo");
        assertEquals("Undid: weight W1[1,1].", page.text("status"));
        assertEquals("example:and-neuron", page.value("dataset"));
        assertTrue(page.text("weights").startsWith("w₁ = 0.100000"), page.text("weights"));
    }
}
