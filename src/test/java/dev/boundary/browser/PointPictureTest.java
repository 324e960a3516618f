package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The points' picture is redrawn only where it changed (rings that came or went, a point added or
 * removed): on both engines the counts follow, and in Chromium the plot is pixel for pixel the one
 * a full redraw gives (hiding and showing the test points draws every point again).
 */
class PointPictureTest {
    /** The plot's pixels as a data URL; "" in HtmlUnit, whose canvas does not draw. */
    private static String picture(PageDriver page) {
        return page.browser() == Browser.CHROMIUM ? page.evaluate("document.getElementById('plot').toDataURL()")
                : "";
    }

    /** The plot drawn afresh: every marker and ring stamped again, nothing kept. */
    private static String redrawnWhole(PageDriver page) {
        page.click("show-test");
        page.click("show-test");
        return picture(page);
    }

    /** A right-click (remove the nearest point) at (x, y) CSS pixels from the canvas's top-left corner. */
    private static void rightClick(PageDriver page, String id, double x, double y) {
        page.evaluate("(function (el) { var r = el.getBoundingClientRect();"
                + " el.dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true, view: window,"
                + " button: 2, buttons: 2, clientX: r.left + " + x + ", clientY: r.top + " + y + "})); return 1; })"
                + "(document.getElementById('" + id + "'))");
    }

    private static int pointCount(PageDriver page) {
        String text = page.text("points");
        return Integer.parseInt(text.substring(0, text.indexOf(' ')));
    }

    @BrowserTest
    void ringsThatMoveWithTheThresholdDrawTheSamePlotAsAFullRedraw(PageDriver page) {
        page.open("?dataset=moons&points=300&test=0.2");
        page.click("step");
        String atHalf = picture(page);
        page.setRange("threshold", 0.3);
        String atLow = picture(page);
        if (page.browser() == Browser.CHROMIUM) {
            assertNotEquals(atHalf, atLow, "other points are misclassified at t = 0.3");
        }
        assertEquals(atLow, redrawnWhole(page), "the rings redrawn in place equal a full redraw");
        page.setRange("threshold", 0.5);
        assertEquals(atHalf, picture(page), "back at t = 0.5: the first picture");
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void aPointAddedAndRemovedOrUndoneDrawsTheSamePlotAsAFullRedraw(PageDriver page) {
        page.open("?dataset=moons&points=300");
        page.click("step");
        String before = picture(page);
        int count = pointCount(page);
        page.clickCanvas("plot", 200, 150);
        assertEquals(count + 1, pointCount(page));
        String added = picture(page);
        if (page.browser() == Browser.CHROMIUM) {
            assertNotEquals(before, added, "the new point shows");
        }
        assertEquals(added, redrawnWhole(page), "the point stamped in place equals a full redraw");
        page.click("undo");
        assertEquals(count, pointCount(page));
        assertEquals(before, picture(page), "Undo: the first picture, colours and rings included");
        page.click("redo");
        assertEquals(added, picture(page));
        rightClick(page, "plot", 200, 150);
        assertEquals(count, pointCount(page));
        assertTrue(page.text("status").isEmpty() || !page.text("status").startsWith("No point"), page.text("status"));
        String removed = picture(page);
        assertEquals(before, removed, "the added point removed: the first picture");
        assertEquals(removed, redrawnWhole(page), "a point removed in place equals a full redraw");
        page.assertNoJavaScriptErrors();
    }
}
