package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.export.NumpyScript;
import dev.boundary.core.state.ScenarioJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/** "Export as Python" offers the same script the replay's --numpy writes, for the epochs trained. */
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
}
