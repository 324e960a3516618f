package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.session.Defaults;
import dev.boundary.core.session.PageOptions;
import dev.boundary.core.session.Session;

/**
 * The test-set slider and the size and noise sliders on both engines: the split and the test cost
 * agree with the JVM's digit for digit, and redrawing is undoable.
 */
class SplitAndNoiseTest {
    private static final String QUERY = "dataset=moons&points=60&noise=0";

    @BrowserTest
    void theTestShareHoldsOutTheSamePointsAsOnTheJvm(PageDriver page) {
        page.open("?" + QUERY);
        assertNotEquals(null, page.attribute("test-cost-figure", "hidden"), "no test figures without a test set");
        page.setRange("test-fraction", "50");
        assertEquals("50%", page.text("test-fraction-value"));

        Session jvm = new Session(PageOptions.parse(QUERY + "&test=0.5", Defaults.playground()).scenario());
        int held = jvm.trainer().testCount();
        assertTrue(held > 15 && held < 45, "held out " + held + " of 60");
        assertEquals("60 points: 30 of class 1 ●, 30 of class 0 ▲; " + held + " held out for testing ○ △",
                page.text("points"));
        assertNull(page.attribute("test-cost-figure", "hidden"));
        assertEquals("training cost", page.text("cost-name"));
        assertEquals(Numbers.fixed(jvm.trainer().testCost(), 6), page.text("test-cost"));
        assertEquals(Numbers.fixed(jvm.trainer().cost(), 6), page.text("cost"));

        page.click("step");
        jvm.trainEpoch();
        assertEquals(Numbers.fixed(jvm.trainer().testCost(), 6), page.text("test-cost"));
        assertEquals(Numbers.fixed(jvm.trainer().cost(), 6), page.text("cost"));
        assertEquals(Numbers.fixed(100 * jvm.trainer().testAccuracy(), 1) + "%", page.text("test-accuracy"));
        int tp = jvm.confusion().truePositives();
        assertEquals("TP " + tp, page.text("tp"));
        assertEquals(60 - held, tp + jvm.confusion().falsePositives() + jvm.confusion().falseNegatives()
                + jvm.confusion().trueNegatives());

        page.setRange("test-fraction", "0");
        assertEquals("none", page.text("test-fraction-value"));
        assertEquals("60 points: 30 of class 1 ●, 30 of class 0 ▲", page.text("points"));
        assertNotEquals(null, page.attribute("test-cost-figure", "hidden"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void sizeAndNoiseDrawThePointsAgainAndUndoBringsThemBack(PageDriver page) {
        page.open("?" + QUERY);
        assertNull(page.attribute("generated", "hidden"));
        assertEquals("30", page.text("data-size-value"));
        assertEquals("0", page.text("data-noise-value"));
        String before = page.text("cost");

        page.setRange("data-noise", "20"); // 20 of 40 steps up to the moons' largest noise, 0.6
        assertEquals("0.3", page.text("data-noise-value"));
        assertEquals("Drew 60 points of Moons with noise 0.3. Ctrl+Z brings the earlier points back.",
                page.text("status"));
        assertNotEquals(before, page.text("cost"), "noisier points, another cost");

        page.setRange("data-size", "50");
        assertEquals("100 points: 50 of class 1 ●, 50 of class 0 ▲", page.text("points"));
        assertEquals("0.3", page.text("data-noise-value"), "the noise stays when the size changes");

        page.click("undo");
        assertEquals("60 points: 30 of class 1 ●, 30 of class 0 ▲", page.text("points"));
        page.click("undo");
        assertEquals("0", page.text("data-noise-value"));
        assertEquals(before, page.text("cost"));

        page.select("dataset", "xor");
        assertNotEquals(null, page.attribute("generated", "hidden"), "no size and noise for XOR");
        page.assertNoJavaScriptErrors();
    }
}
