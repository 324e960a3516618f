package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points added and removed from the keyboard, on both engines: the cursor moves in the steps it
 * promises, Enter puts a point exactly under it (the step-through's mark on the new point lands on the
 * cursor), Shift+Enter adds the other class, Delete removes the nearest. The AND example starts with
 * one point of class 1 and three of class 0.
 */
class PlotKeysTest {

    private static double[] at(PageDriver page, String attribute) {
        String value = page.attribute("plot", attribute);
        assertTrue(!value.isEmpty(), attribute + " is empty");
        String[] xy = value.split(",");
        return new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }

    private static void key(PageDriver page, String key, boolean shift) {
        page.evaluate(Scripts.keyDown("plot", key, shift));
    }

    @BrowserTest
    void theArrowsMoveACursorAndEnterAddsAPointUnderIt(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        page.reveal("step-through-panel");
        page.evaluate("document.getElementById('plot').focus()");
        double[] start = at(page, "data-cursor-at");
        key(page, "ArrowRight", false);
        double[] coarse = at(page, "data-cursor-at");
        for (int i = 0; i < 5; i++) {
            key(page, "ArrowRight", true);
        }
        double[] fine = at(page, "data-cursor-at");
        double step = coarse[0] - start[0];
        assertTrue(step > 5, "a fortieth of the plot: " + step);
        assertEquals(step, fine[0] - coarse[0], 0.2, "five fine steps (1/200 each) make one coarse step (1/40)");
        assertEquals(start[1], fine[1], 0.05);
        key(page, "ArrowUp", false);
        double[] cursor = at(page, "data-cursor-at");
        assertTrue(cursor[1] < fine[1], "up is up");
        assertTrue(page.text("plot-cursor").startsWith("Cursor at x₁ = "), page.text("plot-cursor"));

        key(page, "Enter", false);
        assertEquals("5 points: 2 of class 1 ●, 3 of class 0 ▲", page.text("points"));
        page.setRange("trace-point", "5");
        double[] mark = at(page, "data-traced-at");
        assertEquals(cursor[0], mark[0], 0.05, "the new point is under the cursor");
        assertEquals(cursor[1], mark[1], 0.05, "the new point is under the cursor");

        page.setRange("trace-point", "1");
        key(page, "t", false);
        assertEquals("5", page.attribute("plot", "data-traced-point"), "T follows the point under the cursor");
        key(page, "Enter", true);
        assertEquals("6 points: 2 of class 1 ●, 4 of class 0 ▲", page.text("points"));
        key(page, "Delete", false);
        assertTrue(page.text("points").startsWith("5 points: "), page.text("points"));

        page.evaluate("document.getElementById('plot').blur()");
        assertEquals("", page.attribute("plot", "data-cursor-at"));
        assertEquals("", page.text("plot-cursor"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest(Browser.CHROMIUM)
    void aClickDoesNotShowTheCursorUntilAKey(ChromePage page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        page.reveal("step-through-panel");
        page.clickCanvas("plot", 100, 100);
        assertEquals("5 points: 2 of class 1 ●, 3 of class 0 ▲", page.text("points"));
        assertEquals("", page.attribute("plot", "data-cursor-at"), "focused by a click: no cursor yet");
        page.evaluate(Scripts.keyDown("plot", "ArrowLeft", false));
        double[] shown = at(page, "data-cursor-at");
        page.evaluate(Scripts.keyDown("plot", "ArrowLeft", false));
        assertTrue(at(page, "data-cursor-at")[0] < shown[0], "the first key shows the cursor, the next moves it");
        assertTrue(Files.exists(page.screenshot(Path.of("plot-keyboard-cursor.png"))));
        page.assertNoJavaScriptErrors();
    }
}
