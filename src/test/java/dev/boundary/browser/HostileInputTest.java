package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.link.Base64Url;
import dev.boundary.core.state.HostileTextTestAccess;
import dev.boundary.core.state.Utf8;

/**
 * Input made to hurt, on both engines: ten thousand nested lists as a link, an autosave and a pasted
 * file; extreme coordinates; controls given values they do not offer. The page always starts, says
 * why, and keeps the work it had.
 */
class HostileInputTest {
    private static final String DEFAULT_POINTS = "200 points: 100 of class 1 ●, 100 of class 0 ▲";
    private static final String AND_POINTS = "4 points: 1 of class 1 ●, 3 of class 0 ▲";
    private static final String DEEP = "#s=" + Base64Url.encode(Utf8.encode(HostileTextTestAccess.deeplyNested(10_000)));
    private static final String TOO_DEEP = "the JSON nests lists and objects more than 32 levels deep";

    private static boolean shown(PageDriver page, String id) {
        return "false".equals(page.evaluate("document.getElementById('" + id + "').hidden"));
    }

    @BrowserTest
    void aDeeplyNestedLinkKeepsTheAutosaveAndOffersItBack(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        FilesTest.until(page, "localStorage.getItem('boundary.autosave') !== null", "the autosave");
        page.open("index.html" + DEEP);
        String status = page.text("status");
        assertTrue(status.startsWith("This link could not be opened: the link is damaged: " + TOO_DEEP), status);
        assertTrue(status.endsWith("Your previous session is kept (Restore brings it back)."), status);
        assertEquals(DEFAULT_POINTS, page.text("points"));
        assertEquals("", page.evaluate("location.hash"));
        assertTrue(shown(page, "kept-row"));
        page.click("restore-kept");
        assertEquals(AND_POINTS, page.text("points"));
        assertTrue(!shown(page, "kept-row"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void aDeeplyNestedAutosaveStartsTheDefaultAndIsKept(PageDriver page) {
        page.open("");
        page.evaluate("(localStorage.setItem('boundary.autosave', '" + DEEP + "'), 1)");
        page.open("");
        String status = page.text("status");
        assertTrue(status.startsWith("Your autosaved session could not be read (the link is damaged: " + TOO_DEEP),
                status);
        assertEquals(DEFAULT_POINTS, page.text("points"));
        assertEquals("true", page.evaluate("localStorage.getItem('boundary.recent') === '" + DEEP + "'"));
        assertTrue(shown(page, "recent-row"));
        // The page works, and the next reload starts without the error once the work is saved.
        page.click("step");
        FilesTest.until(page, "localStorage.getItem('boundary.autosave') !== '" + DEEP + "'", "the autosave");
        page.open("");
        assertTrue(page.text("status").startsWith("Welcome back"), page.text("status"));
        assertEquals("1", page.text("epoch"));
        assertEquals("true", page.evaluate("localStorage.getItem('boundary.recent') === '" + DEEP + "'"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void pastedHostileTextChangesNothingAndExtremePointsGetAView(PageDriver page) {
        page.open("");
        FilesTest.pasteImport(page, HostileTextTestAccess.deeplyNested(10_000));
        assertEquals("Nothing was imported: " + TOO_DEEP + " (at character 90, line 1); a scenario needs 5. The points"
                + " on the page are unchanged.", page.text("status"));
        page.click("import-cancel");
        FilesTest.pasteImport(page, "x1,x2,label\n0,0,0\n1e308,-1e308,1\n");
        assertEquals("Nothing was imported: line 3: \"1e308\" is too large (column 1); coordinates must lie within"
                + " \u00B11e100. The points on the page are unchanged.", page.text("status"));
        page.click("import-cancel");
        assertEquals(DEFAULT_POINTS, page.text("points"));
        FilesTest.pasteImport(page, "x1,x2,label\n1e17,0,0\n1e17,1,1\n1e17,2,0\n");
        assertEquals("3 points: 1 of class 1 ●, 2 of class 0 ▲", page.text("points"));
        assertTrue(page.text("status").startsWith("Imported 3 points"), page.text("status"));
        page.click("step");
        assertEquals("3 points: 1 of class 1 ●, 2 of class 0 ▲", page.text("points"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void controlsRefuseValuesTheyDoNotOffer(PageDriver page) {
        page.open("");
        String[][] controls = {{"speed", "speed"}, {"regularization", "regularisation"}, {"loss", "loss"},
            {"activation", "activation"}, {"optimizer", "optimiser"}, {"model", "model"}, {"dataset", "data set"},
            {"compare-kind", "comparison"}};
        for (String[] control : controls) {
            page.evaluate("(function () { " + Scripts.setValue(control[0], "evil") + " return 1; })()");
            assertEquals("The " + control[1] + " control holds no valid choice; nothing was changed.",
                    page.text("status"), control[0]);
        }
        // An option added by a script, with a value the page never offers.
        page.evaluate("(function () { var o = document.createElement('option'); o.value = 'abc';"
                + " document.getElementById('regularization').appendChild(o); "
                + Scripts.setValue("regularization", "abc")
                + " return 1; })()");
        assertEquals("The regularisation control holds \"abc\", which is not one of its choices; nothing was changed.",
                page.text("status"));
        // The batch size is a number field: text that is not a whole number in range is refused by name.
        if (page.evaluate("document.getElementById('batch-full').checked").equals("true")) {
            page.click("batch-full");
        }
        page.evaluate("(function () { " + Scripts.setValue("batch-size", "2.5") + " return 1; })()");
        assertTrue(page.text("status").startsWith("The batch size must be a whole number from 1 to "),
                page.text("status"));
        assertTrue(page.text("status").contains("not \"2.5\"; it stays"), page.text("status"));
        assertEquals(DEFAULT_POINTS, page.text("points"));
        page.click("step");
        assertEquals("1", page.text("epoch"));

        FilesTest.pasteImport(page, "a,b,c,label\n1,2,3,0\n4,5,6,1\n");
        Waits.untilText(page, "import-error", text -> text.contains("columns"), "the column chooser");
        page.evaluate("(function () { " + Scripts.setValue("import-x1", "evil") + " return 1; })()");
        page.click("import-apply");
        assertEquals("Nothing was imported: the column chooser for x\u2081 holds no valid choice. The points on the page"
                + " are unchanged.", page.text("status"));
        page.click("import-cancel");
        assertEquals(DEFAULT_POINTS, page.text("points"));
        page.assertNoJavaScriptErrors();
    }
}
