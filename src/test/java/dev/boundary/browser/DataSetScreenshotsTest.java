package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every data set and worked example loads and trains in the WebAssembly build; a screenshot of each
 * after training is saved under target/screenshots/ for people to look at.
 */
class DataSetScreenshotsTest {
    private static final String[] DATA_SETS = {"and", "or", "xor", "blobs", "circles", "moons", "spiral", "iris",
        "line", "roelants"};
    private static final String[] EXAMPLES = {"and-neuron", "xor-network", "and-stable-cross-entropy",
        "and-squared-error", "iris-petals", "gaussians-1d", "roelants-no-bias"};
    private static final int STEPS = 150;

    @BrowserTest(Browser.CHROMIUM)
    void everyDataSetTrains(ChromePage page) {
        page.viewport(Viewport.DESKTOP);
        page.open("");
        for (String id : DATA_SETS) {
            page.select("dataset", id);
            trainAndShoot(page, "dataset-" + id);
        }
    }

    @BrowserTest(Browser.CHROMIUM)
    void everyWorkedExampleTrains(ChromePage page) {
        page.viewport(Viewport.DESKTOP);
        page.open("");
        for (String name : EXAMPLES) {
            Waits.loadExample(page, name);
            trainAndShoot(page, "example-" + name);
        }
    }

    @BrowserTest(Browser.CHROMIUM)
    void thePhoneLayoutShowsThePlotFirst(ChromePage page) {
        page.viewport(Viewport.PHONE);
        page.open("");
        trainAndShoot(page, "phone-circles");
        double plotTop = Double.parseDouble(page.evaluate("document.getElementById('plot').getBoundingClientRect().top"));
        double dataTop = Double.parseDouble(page.evaluate("document.getElementById('dataset').getBoundingClientRect().top"));
        double plotWidth = Double.parseDouble(page.evaluate("document.getElementById('plot').getBoundingClientRect().width"));
        assertTrue(plotTop < dataTop, "the plot comes before the data controls on a phone");
        assertTrue(plotWidth > 300 && plotWidth <= 390, "the plot fills the phone's width: " + plotWidth);
    }

    private static void trainAndShoot(ChromePage page, String name) {
        int before = Integer.parseInt(page.text("epoch"));
        page.evaluate("(function () { var step = document.getElementById('step');"
                + " for (var i = 0; i < " + STEPS + "; i++) { step.click(); } return 0; })()");
        assertEquals(before + STEPS, Integer.parseInt(page.text("epoch")), name + ": " + page.text("status"));
        assertTrue(!page.text("cost").equals("NaN"), name + " cost " + page.text("cost"));
        page.assertNoJavaScriptErrors();
        Path file = page.screenshot(Path.of(name + ".png"));
        assertTrue(Files.exists(file), "screenshot " + file);
    }
}
