package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.export.NumpyScript;
import dev.boundary.core.state.ScenarioJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * "Export as Python" offers the same script the replay's --numpy writes, for the epochs trained, with
 * the session's input features and regularisation.
 */
class PythonExportTest {

    @BrowserTest
    void theExportedScriptIsTheReplaysForTheEpochsTrained(PageDriver page) throws IOException {
        page.open("");
        Waits.loadExample(page, "xor-network");
        page.click("step");
        page.click("step");
        FilesTest.captureDownloads(page);
        page.click("export-python");
        String script = FilesTest.download(page, 0);
        String json = new String(Files.readAllBytes(Paths.get("web/examples/xor-network.json")), StandardCharsets.UTF_8);
        // The JVM's generator, on the example file, for the two epochs trained: the same text, digit for digit.
        assertEquals(NumpyScript.write(ScenarioJson.read(json).withEpochs(2)), script);
        assertTrue(page.evaluate("window.__boundaryDownloadName").endsWith(".py"));
        assertTrue(page.text("status").startsWith("Saved "), page.text("status"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void aSessionWithFeaturesAndL1ExportsAScriptThatComputesThem(PageDriver page) throws Exception {
        page.open("?dataset=circles&hidden=none&features=x1sq,x2sq&optimizer=adam&lr=0.1&regularization=l1&lambda=0.001");
        for (int i = 0; i < 5; i++) {
            page.click("step");
        }
        assertEquals("5", page.text("epoch"));
        FilesTest.captureDownloads(page);
        page.click("export-python");
        String script = FilesTest.download(page, 0);
        assertTrue(script.contains("\nMODEL = \"2-1\"  # the inputs x₁², x₂² (see features)"), script);
        assertTrue(script.contains("\n        x1 * x1,  # x₁²\n        x2 * x2,  # x₂²\n    ])\n"), script);
        assertFalse(script.contains("  # x₁\n") || script.contains("  # x₂\n"), "the plain x₁, x₂ are not inputs");
        assertTrue(script.contains("\nEPOCHS = 5\n") && script.contains("\nL1 = 0.001  #"), script);
        assertTrue(script.contains("            stop_at_zero(before, parameters)\n"), script);
        assertTrue(page.text("status").startsWith("Saved "), page.text("status"));
        page.assertNoJavaScriptErrors();
        // Where python3 with NumPy is at hand, the script ends where the page is: the same cost and accuracy.
        Path file = Files.createTempFile("features", ".py");
        try {
            Files.write(file, script.getBytes(StandardCharsets.UTF_8));
            Process python = new ProcessBuilder("python3", file.toString()).redirectErrorStream(true).start();
            String[] rows = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");
            if (!python.waitFor(60, TimeUnit.SECONDS) || python.exitValue() != 0 && rows[0].contains("numpy")) {
                return; // no NumPy here: the text checks above stand
            }
            assertEquals(0, python.exitValue(), String.join("\n", rows));
            assertEquals(7, rows.length, "the header and epochs 0 to 5");
            String[] last = rows[6].split(",");
            assertEquals("5", last[0]);
            String cost = page.text("cost");
            int decimals = cost.length() - cost.indexOf('.') - 1;
            assertEquals(Double.parseDouble(cost), Double.parseDouble(last[1]), 0.5 * Math.pow(10, -decimals),
                    "python3's cost at epoch 5 against the page's " + cost);
            assertEquals(page.text("accuracy"), String.format(java.util.Locale.ROOT, "%.1f%%",
                    100 * Double.parseDouble(last[2])));
        } catch (java.io.IOException noPython) {
            // python3 is not installed: the text checks above stand
        } finally {
            Files.delete(file);
        }
    }
}
