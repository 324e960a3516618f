package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Importing and exporting on both engines: a pasted CSV, exported and imported again, gives the same
 * points; a wide CSV asks for its columns; an exported scenario carries the weights and epoch.
 */
class FilesTest {
    /** Semicolons with decimal commas and yes/no labels, as a spreadsheet in many languages saves them. */
    static final String SPREADSHEET = "x1;x2;label\n0,5;1,25;yes\n-2;3;no\n1e-3;-0,75;yes\n4;0;no\n";

    @BrowserTest
    void aPastedCsvExportsAndImportsBackToTheSamePoints(PageDriver page) {
        page.open("");
        pasteImport(page, SPREADSHEET);
        assertEquals("Imported 4 points from the pasted text (x₁ x1, x₂ x2, label label); labels no → 0, yes → 1."
                + " Undo (Ctrl+Z) brings back the points you had.", page.text("status"));
        assertEquals("4 points: 2 of class 1 ●, 2 of class 0 ▲", page.text("points"));
        // The points written back as x1,x2,label with 0/1 labels, worked out from the input above.
        String expected = "x1,x2,label\n0.5,1.25,1\n-2,3,0\n0.001,-0.75,1\n4,0,0\n";
        captureDownloads(page);
        page.click("export-csv");
        assertEquals(expected, download(page, 0));
        assertEquals("Exported 4 points as the-pasted-text.csv.", page.text("status"));

        pasteImport(page, expected);
        assertEquals("4 points: 2 of class 1 ●, 2 of class 0 ▲", page.text("points"));
        page.click("export-csv");
        assertEquals(expected, download(page, 1));
        // Undo goes back through both imports to the default circles.
        page.click("undo");
        page.click("undo");
        assertEquals("200 points: 100 of class 1 ●, 100 of class 0 ▲", page.text("points"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void aWideCsvAsksWhichColumnsToUse(PageDriver page) {
        page.open("");
        pasteImport(page, "sepal_length,sepal_width,petal_length,petal_width,species\n"
                + "5.1,3.5,1.4,0.2,setosa\n6.3,3.3,6.0,2.5,virginica\n4.9,3.0,1.4,0.2,setosa\n");
        assertEquals(null, page.attribute("import-columns", "hidden"));
        assertEquals("the pasted text has 5 columns: choose the two features and the label, then Import.",
                page.text("import-error"));
        assertEquals("200 points: 100 of class 1 ●, 100 of class 0 ▲", page.text("points"));
        // The first guess: the first two numeric columns and the column named "species".
        assertEquals("0", page.value("import-x1"));
        assertEquals("1", page.value("import-x2"));
        assertEquals("4", page.value("import-label"));
        page.select("import-x1", "2");
        page.select("import-x2", "3");
        page.click("import-apply");
        assertEquals("3 points: 1 of class 1 ●, 2 of class 0 ▲", page.text("points"));
        assertEquals("Imported 3 points from the pasted text (x₁ petal_length, x₂ petal_width, label species);"
                + " labels setosa → 0, virginica → 1.", page.text("dataset-description"));
    }

    @BrowserTest
    void anExportedScenarioCarriesTheWeightsAndEpoch(PageDriver page) throws IOException {
        Scenario xor = ScenarioJson.read(Files.readString(Path.of("web/examples/xor-network.json")));
        Trainer trainer = xor.newTrainer();
        for (int i = 0; i < 7; i++) {
            trainer.trainEpoch();
        }
        double[] expected = new double[trainer.network().parameterCount()];
        trainer.network().copyParameters(expected);

        page.open("");
        Waits.loadExample(page, "xor-network");
        for (int i = 0; i < 7; i++) {
            page.click("step");
        }
        captureDownloads(page);
        page.click("export-json");
        String json = download(page, 0);
        Scenario exported = ScenarioJson.read(json);
        assertEquals(7, exported.trained().epoch());
        // The engines' exp may differ from the JVM's in the last bit, so not bit for bit here.
        assertArrayEquals(expected, exported.trained().parameters(), 1e-12);

        page.open("");
        pasteImport(page, json);
        assertEquals("7", page.text("epoch"));
        assertEquals(Numbers.fixed(trainer.cost(), 6), page.text("cost"));
        trainer.trainEpoch();
        page.click("step");
        assertEquals("8", page.text("epoch"));
        assertEquals(Numbers.fixed(trainer.cost(), 6), page.text("cost"));
    }

    @BrowserTest(Browser.CHROMIUM)
    void thePlotIsSavedAsAPng(PageDriver page) {
        page.open("");
        captureDownloads(page);
        page.click("export-png");
        assertEquals("circles.png", page.evaluate("window.__boundaryDownloadName"));
        String href = page.evaluate("window.__boundaryDownloadHref");
        assertTrue(href.startsWith("data:image/png;base64,"), href.substring(0, Math.min(40, href.length())));
        byte[] png = Base64.getDecoder().decode(href.substring("data:image/png;base64,".length()));
        assertEquals(0x89, png[0] & 0xFF);
        assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("Saved the plot as circles.png.", page.text("status"));
    }

    @BrowserTest(Browser.CHROMIUM)
    void aDroppedFileAndAChosenFileAreImported(PageDriver page) {
        page.open("");
        page.evaluate("(function () {"
                + " var dt = new DataTransfer();"
                + " dt.items.add(new File([" + Scripts.quote(SPREADSHEET) + "], 'survey.csv', {type: 'text/csv'}));"
                + " document.body.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));"
                + " return 1; })()");
        Waits.untilText(page, "points", text -> text.startsWith("4 points"), "the dropped file to be imported");
        assertTrue(page.text("status").startsWith("Imported 4 points from survey.csv"), page.text("status"));

        page.evaluate("(function () {"
                + " var dt = new DataTransfer();"
                + " dt.items.add(new File(['x,label\\n1,0\\n2,1\\n3,1\\n'], 'line.csv', {type: 'text/csv'}));"
                + " var input = document.getElementById('import-file');"
                + " input.files = dt.files;"
                + " input.dispatchEvent(new Event('change', {bubbles: true}));"
                + " return 1; })()");
        Waits.untilText(page, "points", text -> text.startsWith("3 points"), "the chosen file to be imported");
        assertEquals("3 points: 2 of class 1 ●, 1 of class 0 ▲", page.text("points"));
        page.assertNoJavaScriptErrors();
    }

    /** Opens the import dialog, pastes {@code text} and presses Import. */
    static void pasteImport(PageDriver page, String text) {
        page.click("import");
        page.evaluate("(document.getElementById('import-text').value = " + Scripts.quote(text) + ").length");
        page.click("import-apply");
    }

    /**
     * Keeps every file the page offers for download: a Blob's text in {@code __boundaryDownloads}, and
     * the last link's name and address in {@code __boundaryDownloadName} and {@code …Href}.
     */
    static void captureDownloads(PageDriver page) {
        page.evaluate("(function () {"
                + " window.__boundaryDownloads = [];"
                + " URL.createObjectURL = function (blob) {"
                + "   var entry = {text: null}; window.__boundaryDownloads.push(entry);"
                + "   var reader = new FileReader();"
                + "   reader.onload = function () { entry.text = String(reader.result); };"
                + "   reader.readAsText(blob);"
                + "   return 'about:blank';"
                + " };"
                + " URL.revokeObjectURL = function () {};"
                + " HTMLAnchorElement.prototype.click = function () {"
                + "   window.__boundaryDownloadName = this.getAttribute('download');"
                + "   window.__boundaryDownloadHref = this.getAttribute('href');"
                + " };"
                + " return 1; })()");
    }

    /** The text of download {@code index}, once the page has offered it. */
    static String download(PageDriver page, int index) {
        String ready = "window.__boundaryDownloads && window.__boundaryDownloads.length > " + index
                + " && window.__boundaryDownloads[" + index + "].text !== null";
        until(page, ready, "download " + index);
        String text = page.evaluate("window.__boundaryDownloads[" + index + "].text");
        assertNotNull(text);
        return text;
    }

    /** Waits up to {@link Waits#LIMIT_MS} for a script expression to be true. */
    static void until(PageDriver page, String expression, String what) {
        long end = System.currentTimeMillis() + Waits.LIMIT_MS;
        while (!"true".equals(page.evaluate("!!(" + expression + ")"))) {
            if (System.currentTimeMillis() > end) {
                fail("waited " + Waits.LIMIT_MS / 1000 + " s for " + what + "; #status says \"" + page.text("status") + "\"");
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
    }
}
