package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pictures of what each unit computes, under the network diagram, on both engines: one per hidden
 * unit plus the output, with their colour scale in the title, repainted as the network trains.
 */
class UnitPicturesTest {

    /** The picture's pixels as "r,g,b r,g,b …", read back from its canvas. */
    private static String pixels(PageDriver page, String id) {
        return page.evaluate("(function (c) { var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " var out = []; for (var i = 0; i < d.length; i += 4) { out.push(d[i] + ',' + d[i + 1] + ',' + d[i + 2]); }"
                + " return out.join(' '); })(document.getElementById('" + id + "'))");
    }

    @BrowserTest
    void onePicturePerHiddenUnitRepaintedAsTheNetworkTrains(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "xor-network"); // 2-3-1, sigmoid hidden units
        page.reveal("unit-fields");
        assertEquals("3", page.evaluate("document.querySelectorAll('#unit-fields canvas[id^=unit-l]').length"));
        assertTrue(page.exists("unit-l1-u3"));
        assertTrue(page.exists("unit-output"));
        assertEquals("24", page.attribute("unit-l1-u2", "width"));
        assertEquals("24", page.attribute("unit-l1-u2", "height"));
        assertEquals("Layer 1, unit 2 (sigmoid): a from 0 (white) to 1 (blue)", page.attribute("unit-l1-u2", "title"));
        assertTrue(page.attribute("unit-output", "title").contains("t = 0.5"), page.attribute("unit-output", "title"));
        String hidden = pixels(page, "unit-l1-u1");
        String output = pixels(page, "unit-output");
        assertEquals(24 * 24, hidden.split(" ").length);
        assertNotEquals(1, new java.util.HashSet<>(java.util.List.of(hidden.split(" "))).size(), "a picture, not one flat colour: " + hidden);
        for (int i = 0; i < 8; i++) {
            page.click("step");
        }
        assertEquals("8", page.text("epoch"));
        assertNotEquals(hidden, pixels(page, "unit-l1-u1"), "the first hidden unit's picture after 8 epochs");
        assertNotEquals(output, pixels(page, "unit-output"), "p̂'s picture after 8 epochs");
        // Another activation, another scale: tanh runs from −1 to 1.
        page.select("activation", "tanh");
        assertEquals("Layer 1, unit 1 (tanh): a from -1 (orange) through 0 (white) to 1 (blue)",
                page.attribute("unit-l1-u1", "title"));
        page.assertNoJavaScriptErrors();
    }
}
