package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new sample of a generated data set (undoable), the toggles that change the picture and not the
 * numbers, and the data sets bounded by a function, on both engines.
 */
class DataTogglesTest {
    /**
     * The plot's pixels as a data URL; in HtmlUnit, whose canvas does not draw, always "" (its runs
     * check the numbers, Chromium's the pictures too).
     */
    private static String picture(PageDriver page) {
        return page.browser() == Browser.CHROMIUM ? page.evaluate("document.getElementById('plot').toDataURL()")
                : "";
    }

    private static void assertPicturesDiffer(PageDriver page, String a, String b, String what) {
        if (page.browser() == Browser.CHROMIUM) {
            assertNotEquals(a, b, what);
        }
    }

    @BrowserTest
    void showTestAndDiscretizeChangeThePictureNotTheNumbers(PageDriver page) {
        page.open("?dataset=moons&test=0.3");
        page.click("step");
        String cost = page.text("cost");
        String accuracy = page.text("accuracy");
        String testCost = page.text("test-cost");
        String shown = picture(page);
        page.click("show-test");
        String hidden = picture(page);
        assertPicturesDiffer(page, shown, hidden, "hiding the test points changes the picture");
        page.click("discretize");
        assertPicturesDiffer(page, hidden, picture(page), "two colours change the picture");
        assertEquals(cost, page.text("cost"));
        assertEquals(accuracy, page.text("accuracy"));
        assertEquals(testCost, page.text("test-cost"));
        page.click("show-test");
        page.click("discretize");
        assertEquals(shown, picture(page), "both off again: the first picture");
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void regenerateDrawsANewSampleAndUndoBringsItBack(PageDriver page) {
        page.open("?dataset=circles&points=100");
        String before = picture(page);
        String count = page.text("points");
        page.click("regenerate");
        assertTrue(page.text("status").startsWith("A new sample of Circles (data seed 2)"), page.text("status"));
        assertEquals(count, page.text("points"));
        assertPicturesDiffer(page, before, picture(page), "a new sample, a new picture");
        page.click("undo");
        assertEquals(before, picture(page), "Undo brings the earlier sample back");
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void trySettingsThatWorkLoadsThemAndSaysWhy(PageDriver page) {
        page.open("?dataset=xor");
        assertNull(page.attribute("try-settings-row", "hidden"));
        page.click("try-settings");
        assertEquals("true", page.evaluate("document.getElementById('feature-x1x2').checked"));
        assertTrue(page.text("settings-why").startsWith("The product x₁x₂ is 1 only at (1, 1)"),
                page.text("settings-why"));
        assertTrue(page.text("status").startsWith("Settings that work for XOR gate: inputs x₁, x₂, x₁x₂; one neuron;"
                + " Adam, α = 0.1."), page.text("status"));
        page.click("undo");
        assertEquals("false", page.evaluate("document.getElementById('feature-x1x2').checked"));
        Waits.loadExample(page, "and-neuron");
        assertEquals("true", String.valueOf(page.attribute("try-settings-row", "hidden") != null));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void dataSetsBoundedByAFunction(PageDriver page) {
        page.open("");
        for (String id : new String[] {"sine", "cubic", "abs"}) {
            page.select("dataset", id);
            assertNull(page.attribute("generated", "hidden"), id + " has size and noise sliders");
            assertEquals("200 points: 100 of class 1 ●, 100 of class 0 ▲", page.text("points"));
        }
        page.setRange("data-noise", "20");
        assertEquals("0.5", page.text("data-noise-value"));
        page.assertNoJavaScriptErrors();
    }
}
