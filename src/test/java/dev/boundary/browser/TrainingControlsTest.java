package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regularisation (none, L1, L2) with λ on a log slider, and a free batch size, on both engines. */
class TrainingControlsTest {

    @BrowserTest
    void l1WithItsStrengthChangesTheCost(PageDriver page) {
        page.open("?dataset=xor&hidden=none");
        String cost = page.text("cost");
        page.select("regularization", "l1");
        page.setRange("lambda", "13");
        assertEquals("10", page.text("lambda-value"));
        assertNotEquals(cost, page.text("cost"), "the L1 term (λ/m)·Σ|w| is part of the cost");
        assertTrue(page.text("regularization-hint").contains("subgradient there is taken as 0"));
        page.select("regularization", "none");
        assertEquals(cost, page.text("cost"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void anyWholeBatchSizeUpToTheTrainingPoints(PageDriver page) {
        page.open("?dataset=circles&points=100");
        assertEquals("true", page.evaluate("document.getElementById('batch-full').checked"));
        page.click("batch-full");
        assertNull(page.attribute("batch-size", "disabled"));
        page.setRange("batch-size", "7");
        assertTrue(page.text("status").startsWith("Batch size 7"), page.text("status"));
        page.setRange("batch-size", "101");
        assertTrue(page.text("status").contains("from 1 to 100 (the training points)"), page.text("status"));
        assertEquals("7", page.value("batch-size"));
        page.click("step");
        assertEquals("1", page.text("epoch"));
        page.click("batch-full");
        assertEquals("true", page.evaluate("document.getElementById('batch-size').disabled"));
        page.assertNoJavaScriptErrors();
    }
}
