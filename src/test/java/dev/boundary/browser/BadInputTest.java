package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input on both engines: each kind gets a message saying what and where, and the points already on
 * the page stay.
 */
class BadInputTest {
    private static final String DEFAULT_POINTS = "200 points: 100 of class 1 ●, 100 of class 0 ▲";
    private static final String UNCHANGED = ". The points on the page are unchanged.";

    private static void assertRefused(PageDriver page, String text, String why) {
        FilesTest.pasteImport(page, text);
        String expected = "Nothing was imported: " + why + UNCHANGED;
        assertEquals(expected, page.text("status"));
        assertEquals(expected, page.text("import-error"));
        assertEquals(DEFAULT_POINTS, page.text("points"));
        page.click("import-cancel");
    }

    @BrowserTest
    void malformedCsvNamesTheLineAndKeepsThePoints(PageDriver page) {
        page.open("");
        assertRefused(page, "x1,x2,label\n1,2,0\n3,4\n", "line 3: expected 3 columns, found 2");
        assertRefused(page, "1,2,0\n1,oops,1\n", "line 2: \"oops\" is not a number (column 2)");
        assertRefused(page, "\n\n", "the file is empty");
        assertRefused(page, "1,2,1\n3,4,1\n", "only one class found (label 1); two are needed");
        assertRefused(page, "1,2,cat\n3,4,dog\n5,6,cow\n",
                "line 3: a third label \"cow\"; labels must take two values (\"cat\" and \"dog\" so far)");
        assertRefused(page, "1,2,0\n1,NaN,1\n", "line 2: value is not finite (column 2)");
        assertRefused(page, "1,2,0\n1e400,2,1\n", "line 2: value is not finite (column 1)");
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void badScenarioFilesSayWhichField(PageDriver page) {
        page.open("");
        assertRefused(page, "{\"format\":\"boundary-scenario\",\"version\":2,\"data\":{}}",
                "unknown version 2 (this page reads version 1)");
        assertRefused(page, "{\"format\":\"boundary-scenario\",\"version\":1}",
                "data is missing; a scenario needs {\"features\": 2, \"points\": [[x1, x2, label], …]}");
        assertRefused(page, "{\"format\":\"boundary-scenario\",\"version\":1,\"data\":{},"
                + "\"training\":{\"learningRate\":\"abc\"}}",
                "training.learningRate must be a number above 0, found \"abc\"");
        // A value typed by hand far beyond what the slider allows.
        assertRefused(page, "{\"format\":\"boundary-scenario\",\"version\":1,\"data\":{},"
                + "\"training\":{\"learningRate\":1e308}}",
                "training.learningRate must be at most 1000, found 1e308");
        assertRefused(page, "{\"format\":\"boundary-scenario\",\"version\":1,\"data\":{},\"threshold\":1}",
                "threshold must be a number above 0 and below 1, found 1");
    }

    @BrowserTest
    void tooMuchPastedTextIsRefusedBeforeReading(PageDriver page) {
        page.open("");
        page.click("import");
        // 5 MB + 1 characters: one over the limit.
        page.evaluate("(document.getElementById('import-text').value ="
                + " new Array(5 * 1024 * 1024 + 2).join('1')).length");
        page.click("import-apply");
        assertEquals("Nothing was imported: the pasted text is 5 MB; files of up to 5 MB (and 50000 rows) can be"
                + " imported" + UNCHANGED, page.text("status"));
        assertEquals(DEFAULT_POINTS, page.text("points"));
    }

    @BrowserTest(Browser.CHROMIUM)
    void binaryAndTooBigFilesAreRefused(PageDriver page) {
        page.open("");
        page.evaluate("(function () {"
                + " var dt = new DataTransfer();"
                + " dt.items.add(new File([new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])],"
                + "   'plot.png', {type: 'image/png'}));"
                + " document.body.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));"
                + " return 1; })()");
        Waits.untilText(page, "status", text -> text.startsWith("Nothing was imported"), "the refusal");
        assertEquals("Nothing was imported: plot.png is not a text file (line 1 holds binary data); import a CSV file"
                + " of points or a scenario .json file" + UNCHANGED, page.text("status"));
        page.evaluate("(function () {"
                + " var dt = new DataTransfer();"
                + " dt.items.add(new File([new Uint8Array(6 * 1024 * 1024)], 'big.csv', {type: 'text/csv'}));"
                + " document.body.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));"
                + " return 1; })()");
        Waits.untilText(page, "status", text -> text.contains("big.csv"), "the refusal");
        assertEquals("Nothing was imported: big.csv is 6 MB; files of up to 5 MB (and 50000 rows) can be imported"
                + UNCHANGED, page.text("status"));
        assertEquals(DEFAULT_POINTS, page.text("points"));
    }

    @BrowserTest
    void aSeedTypedByHandThatIsNoWholeNumberIsRefused(PageDriver page) {
        page.open("");
        type(page, "seed", "2.5");
        assertEquals("The seed must be a whole number, not \"2.5\"; it stays 1.", page.text("status"));
        assertEquals("1", page.value("seed"));
        type(page, "seed", "99999999999999999999");
        assertEquals("The seed must be a whole number, not \"99999999999999999999\"; it stays 1.", page.text("status"));
        assertEquals(DEFAULT_POINTS, page.text("points"));
    }

    /** Types {@code value} into an input and fires input and change, as leaving the field does. */
    private static void type(PageDriver page, String id, String value) {
        page.evaluate("(function () { " + Scripts.setValue(id, value) + " return 1; })()");
    }

    @BrowserTest(Browser.CHROMIUM)
    void slidersPushedBeyondTheirEndsStayInRange(PageDriver page) {
        page.open("");
        page.setRange("learning-rate", "100000");
        assertEquals("10", page.text("learning-rate-value"));
        page.setRange("learning-rate", "-7");
        assertEquals("0.0001", page.text("learning-rate-value"));
        page.setRange("threshold", "5");
        assertEquals("0.99", page.text("threshold-value"));
        page.setRange("threshold", "-1e300");
        assertEquals("0.01", page.text("threshold-value"));
        page.click("step");
        assertEquals("1", page.text("epoch"));
        assertTrue(!page.text("cost").contains("NaN"), page.text("cost"));
        page.assertNoJavaScriptErrors();
    }
}
