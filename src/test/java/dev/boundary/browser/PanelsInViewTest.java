package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The panels below the plot are drawn when they come into view, not before: the page starts and
 * answers each click without them, and what they show once in view is the session's present state.
 */
class PanelsInViewTest {

    @BrowserTest
    void aPanelOutOfViewWaitsAndIsDrawnAsItComesIntoView(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        // The window shows the top of the page; the maths panels lie far below it.
        assertEquals("true", page.attribute("roc-panel", "data-stale"));
        assertEquals("true", page.attribute("loss-surface-panel", "data-stale"));
        assertEquals("", page.text("surface-readout"), "the loss surface is not computed out of view");
        page.click("step");
        assertEquals("true", page.attribute("loss-surface-panel", "data-stale"));
        page.reveal("loss-surface-panel");
        assertNull(page.attribute("loss-surface-panel", "data-stale"));
        // Rafay Khan's AND neuron after one step: the readout is of epoch 1, not of the start.
        assertTrue(page.text("surface-readout").startsWith("(w1, w2) = ("), page.text("surface-readout"));
        assertTrue(page.text("surface-readout").contains(" at epoch 1."), page.text("surface-readout"));
        // The ROC panel lies above it, so it came into view too.
        assertNull(page.attribute("roc-panel", "data-stale"));
        assertTrue(page.text("roc-auc").matches("[01]\\.\\d{3}"), page.text("roc-auc"));
        // In view, the panel follows every change at once.
        page.click("step");
        assertTrue(page.text("surface-readout").contains(" at epoch 2."), page.text("surface-readout"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest(Browser.CHROMIUM)
    void scrollingAPanelIntoViewDrawsTheLatestState(ChromePage page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        page.scrollIntoView("loss-surface-panel");
        assertTrue(page.text("surface-readout").contains(" at epoch 0."), page.text("surface-readout"));
        // Back at the top, steps leave the panel out of date until it is scrolled to again.
        page.evaluate("(function () { window.scrollTo(0, 0); return 0; })()");
        page.click("step");
        page.click("step");
        page.click("step");
        assertEquals("3", page.text("epoch"));
        assertEquals("true", page.attribute("loss-surface-panel", "data-stale"));
        page.scrollIntoView("loss-surface-panel");
        assertTrue(page.text("surface-readout").contains(" at epoch 3."), page.text("surface-readout"));
        page.assertNoJavaScriptErrors();
    }
}
