package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page repaints every frame of play, so a repaint must only write what changed: an unchanged text or
 * attribute is left alone (each write makes the browser restyle, lay out and paint again), and a changed
 * text is written into its text node. A page opened to play at once is first drawn by its first frame of
 * play, already trained.
 */
class RepaintTest {
    /** Records every change of text, children or a styled attribute under {@code <body>} from now on. */
    private static final String OBSERVE = "(function () { window.boundaryWritten = [];"
            + " window.boundaryWrites = new MutationObserver(function (records) {"
            + "   Array.prototype.push.apply(window.boundaryWritten, records); });"
            + " window.boundaryWrites.observe(document.body, {subtree: true, childList: true, characterData: true,"
            + " attributes: true, attributeFilter: ['hidden', 'disabled', 'max', 'class', 'aria-pressed']}); return 0; })()";
    /**
     * The changes recorded since {@link #OBSERVE} or the last call, one "type element" each, "; " between
     * them: those already delivered to the observer and those still queued.
     */
    private static final String WRITES = "(function () {"
            + " var records = window.boundaryWritten.concat(window.boundaryWrites.takeRecords()); window.boundaryWritten = [];"
            + " return records.map(function (r) {"
            + " var t = r.target.nodeType === 3 ? r.target.parentNode : r.target;"
            + " return r.type + ' ' + (t.id || t.tagName) + (r.attributeName ? ' ' + r.attributeName : ''); }).join('; '); })()";

    @BrowserTest
    void aRepaintThatChangesNothingWritesNothing(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        page.click("step");
        page.setRange("threshold", 0.3);
        page.evaluate(OBSERVE);
        // The threshold set to the value it has: the page repaints every panel, and nothing differs.
        page.setRange("threshold", 0.3);
        assertEquals("", page.evaluate(WRITES));
        // A step changes the figures; the epoch is written into the text node it already has.
        page.evaluate("(function () { window.epochNode = document.getElementById('epoch').firstChild; return 0; })()");
        page.click("step");
        assertEquals("2", page.text("epoch"));
        assertEquals("true", page.evaluate("document.getElementById('epoch').firstChild === window.epochNode"));
        String writes = page.evaluate(WRITES);
        assertTrue(writes.contains("characterData epoch"), writes);
        page.assertNoJavaScriptErrors();
    }

    /** In Chromium: HtmlUnit runs no animation frames. */
    @BrowserTest(Browser.CHROMIUM)
    void aPageOpenedToPlayIsDrawnByItsFirstFrameOfPlay(PageDriver page) {
        page.open("?dataset=xor&play&speed=1");
        String epoch = Waits.untilText(page, "epoch", text -> !"0".equals(text), "a frame of play");
        assertTrue(Integer.parseInt(epoch) > 0, epoch);
        // The first drawing is of the trained session: its epoch was never published as 0.
        assertTrue(Integer.parseInt(page.documentAttribute("data-session-epoch")) > 0,
                page.documentAttribute("data-session-epoch"));
        assertEquals("Pause", page.text("play"));
        page.click("play");
        assertEquals("Play", page.text("play"));
        assertEquals(page.text("epoch"), page.documentAttribute("data-session-epoch"));
        page.assertNoJavaScriptErrors();
    }
}
