package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plot marks the point the step-through follows, on both engines: the mark moves with the choice,
 * goes in batch mode, and stays on the same point when another is removed. The AND points are (0, 0),
 * (0, 1), (1, 0) and (1, 1), in that order.
 */
class TracedPointTest {

    /** The mark's centre on the plot canvas (CSS pixels), from {@code data-traced-at}. */
    private static double[] mark(PageDriver page) {
        String[] xy = page.attribute("plot", "data-traced-at").split(",");
        return new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }

    /** A right-button press on the plot at (x, y): removes the nearest point. */
    private static String rightPress(double x, double y) {
        return press(x, y, "button: 2, buttons: 2");
    }

    /** A left-button press on the plot at (x, y) holding Alt: the step-through follows the nearest point. */
    private static String altPress(double x, double y) {
        return press(x, y, "button: 0, buttons: 1, altKey: true");
    }

    private static String press(double x, double y, String buttons) {
        return "(function (el) { var r = el.getBoundingClientRect();"
                + " var init = {bubbles: true, cancelable: true, view: window, " + buttons + ","
                + " clientX: r.left + " + x + ", clientY: r.top + " + y + "};"
                + " var e = new MouseEvent('mousedown', init);"
                + " for (var k in init) { if (e[k] !== init[k]) Object.defineProperty(e, k, {value: init[k]}); }"
                + " el.dispatchEvent(e); return 0; })(document.getElementById('plot'))";
    }

    @BrowserTest
    void theMarkFollowsTheChosenPointAndSurvivesRemovals(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        page.reveal("step-through-panel");
        assertEquals("0", page.attribute("plot", "data-traced-point"), "no mark before the learner follows a point");
        page.click("trace-mode-point");
        assertEquals("1", page.attribute("plot", "data-traced-point"));
        double[] origin = mark(page);
        page.setRange("trace-point", "4");
        assertEquals("4", page.attribute("plot", "data-traced-point"));
        double[] corner = mark(page);
        // (1, 1) is right of and above (0, 0) (pixel y grows downwards).
        assertTrue(corner[0] - origin[0] > 50, corner[0] + " vs " + origin[0]);
        assertTrue(origin[1] - corner[1] > 50, corner[1] + " vs " + origin[1]);
        page.click("trace-prev");
        page.click("trace-prev");
        assertEquals("2", page.attribute("plot", "data-traced-point"));
        double[] up = mark(page); // (0, 1): above the origin, level with (1, 1)
        assertEquals(origin[0], up[0], 0.05);
        assertEquals(corner[1], up[1], 0.05);
        page.click("trace-mode-batch");
        assertEquals("0", page.attribute("plot", "data-traced-point"), "the batch has no single point");
        assertEquals("", page.attribute("plot", "data-traced-at"));
        // An Alt-click near (1, 0) (level with the origin, below (1, 1)) follows it, back in one-point mode.
        page.evaluate(altPress(corner[0] - 3, origin[1] + 4));
        assertEquals("3", page.attribute("plot", "data-traced-point"));
        assertEquals("3", page.value("trace-point"), "the number box follows the Alt-click");
        assertEquals("The step-through follows point 3, of class 0.", page.text("status"));
        assertEquals("of 4: (1, 0), class 0 ▲", page.text("trace-point-text"));
        assertTrue(page.text("points").startsWith("4 points"), "an Alt-click adds no point");
        page.setRange("trace-point", "4");

        // Removing (0, 0), before the chosen (1, 1): the choice is now point 3 of 3, still at (1, 1).
        page.evaluate(rightPress(origin[0], origin[1]));
        assertEquals("of 3: (1, 1), class 1 ●", page.text("trace-point-text"));
        assertEquals("3", page.attribute("plot", "data-traced-point"));
        assertEquals(corner[0], mark(page)[0], 0.05);
        assertEquals(corner[1], mark(page)[1], 0.05);
        // Removing the chosen point itself: the choice passes to the new last point, (1, 0).
        page.evaluate(rightPress(corner[0], corner[1]));
        assertEquals("of 2: (1, 0), class 0 ▲", page.text("trace-point-text"));
        assertEquals("2", page.attribute("plot", "data-traced-point"));
        assertEquals(corner[0], mark(page)[0], 0.05);
        assertEquals(origin[1], mark(page)[1], 0.05);

        // Undoing both removals brings the chosen point (1, 1) back, and the choice with it.
        page.click("undo");
        assertEquals("of 3: (1, 1), class 1 ●", page.text("trace-point-text"));
        page.click("undo");
        assertEquals("of 4: (1, 1), class 1 ●", page.text("trace-point-text"));
        assertEquals("4", page.attribute("plot", "data-traced-point"));
        assertEquals(corner[0], mark(page)[0], 0.05);
        assertEquals(corner[1], mark(page)[1], 0.05);
        page.assertNoJavaScriptErrors();
    }
}
