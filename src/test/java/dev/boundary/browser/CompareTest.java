package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The side-by-side panel on both engines: each comparison runs on a click and reports its figures. */
class CompareTest {

    /**
     * Presses Run and waits for the comparison's explanation (a big comparison goes on in timer slices):
     * not the progress line, and not the text the page shows before a run.
     */
    private static void run(PageDriver page) {
        page.click("compare-run");
        Waits.untilText(page, "compare-explanation",
                text -> !text.startsWith("Training the runs") && !text.equals("Press Run comparison."),
                "the comparison to finish");
    }

    @BrowserTest
    void theLossComparisonsFromTheSaturatedAndNeuron(PageDriver page) {
        page.open("");
        page.select("compare-kind", "stable-vs-naive");
        page.select("compare-epochs", "1000");
        run(page);
        assertEquals("stable cross-entropy", page.text("compare-name-0"));
        assertEquals("naive cross-entropy", page.text("compare-name-1"));
        // “Nothing but NumPy”: the stable cost from W = [−10, 60], b = 0 is 15.173298; the naive one takes log(0).
        assertEquals("15.173298", page.text("compare-start-0"));
        assertEquals("NaN", page.text("compare-start-1"));
        assertEquals("NaN", page.text("compare-final-1"));
        double stable = Double.parseDouble(page.text("compare-final-0"));
        assertTrue(stable > 0 && stable < 0.01, "the stable run learns AND: " + stable);
        assertEquals("1000", page.text("compare-epochs-0"));
        assertEquals("stopped at 0", page.text("compare-epochs-1"));
        String explanation = page.text("compare-explanation");
        assertTrue(explanation.startsWith("The naive cross-entropy is NaN at epoch 0"), explanation);
        assertTrue(explanation.contains("15.173298 at epoch 0"), explanation);

        // Cross-entropy against squared error from the same start: 100 % against 75 % (“Nothing but NumPy”).
        page.select("compare-kind", "cross-entropy-vs-squared-error");
        run(page);
        assertEquals("squared error", page.text("compare-name-1"));
        assertEquals("100.0 %", page.text("compare-accuracy-0"));
        assertEquals("75.0 %", page.text("compare-accuracy-1"));
        assertTrue(page.text("compare-explanation").contains("squared error 75.0 %"), page.text("compare-explanation"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void batchSizesStartTogetherOnTheCurrentData(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "roelants-no-bias");
        page.select("compare-kind", "batch-sizes");
        page.select("compare-epochs", "10");
        run(page);
        assertEquals("full batch", page.text("compare-name-0"));
        assertEquals("mini-batches of 10", page.text("compare-name-1"));
        assertEquals("stochastic", page.text("compare-name-2"));
        assertEquals(page.text("compare-start-0"), page.text("compare-start-1"));
        assertEquals(page.text("compare-start-0"), page.text("compare-start-2"));
        assertEquals("10", page.text("compare-epochs-2"));
        assertTrue(page.text("compare-explanation").contains("10 updates (full batch), 40 updates (mini-batches of 10)"
                + " and 400 updates (stochastic) in 10 epochs"), page.text("compare-explanation"));
        // Changing the comparison clears the table until the next run.
        page.select("compare-kind", "optimizers");
        assertTrue(!page.exists("compare-name-0"));
        run(page);
        assertEquals("Adam", page.text("compare-name-2"));
        assertTrue(page.text("compare-explanation").startsWith("At α = 2, after 10 epochs"), page.text("compare-explanation"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest(Browser.CHROMIUM)
    void screenshotsOfTheComparisons(ChromePage page) {
        String[] kinds = {"stable-vs-naive", "cross-entropy-vs-squared-error", "batch-sizes", "optimizers"};
        page.viewport(Viewport.DESKTOP);
        page.open("");
        Waits.loadExample(page, "iris-petals");
        for (String kind : kinds) {
            page.select("compare-kind", kind);
            run(page);
            page.scrollIntoView("compare-panel");
            assertTrue(Files.exists(page.screenshot(Path.of("compare-" + kind + ".png"))));
        }
        page.viewport(Viewport.PHONE);
        page.open("");
        page.select("compare-kind", "cross-entropy-vs-squared-error");
        run(page);
        page.scrollIntoView("compare-panel");
        assertTrue(Files.exists(page.screenshot(Path.of("phone-compare-cross-entropy-vs-squared-error.png"))));
        page.assertNoJavaScriptErrors();
    }
}
