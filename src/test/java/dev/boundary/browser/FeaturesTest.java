package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The input-feature toggles on both engines: from the address, as checkboxes, in the diagram and the
 * unit pictures, and TensorFlow Playground's lesson (circles fall to one neuron given x₁², x₂²).
 */
class FeaturesTest {
    private static boolean checked(PageDriver page, String feature) {
        return "true".equals(page.evaluate("document.querySelector('#features [data-feature=" + feature + "]').checked"));
    }

    @BrowserTest
    void circlesFallToOneNeuronGivenTheSquares(PageDriver page) {
        // Adam at α = 0.1 separates the disc from the ring in 20 epochs on the JVM; the page runs the same core.
        page.open("?dataset=circles&hidden=none&features=x1sq,x2sq&optimizer=adam&lr=0.1");
        page.reveal("unit-fields");
        assertTrue(checked(page, "x1sq") && checked(page, "x2sq"));
        assertFalse(checked(page, "x1") || checked(page, "x2") || checked(page, "x1x2") || checked(page, "sinx1"));
        assertTrue(page.exists("unit-input-x1sq"));
        assertTrue(page.exists("unit-input-x2sq"));
        assertFalse(page.exists("unit-input-x1"));
        assertTrue(page.attribute("unit-input-x1sq", "title").startsWith("x₁² over the plot"),
                page.attribute("unit-input-x1sq", "title"));
        for (int i = 0; i < 20; i++) {
            page.click("step");
        }
        assertEquals("20", page.text("epoch"));
        assertEquals("100.0%", page.text("accuracy"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void aToggleChangesTheInputs(PageDriver page) {
        page.open("?dataset=xor&hidden=none");
        page.reveal("step-through-panel");
        assertTrue(checked(page, "x1") && checked(page, "x2"));
        page.click("feature-x1x2");
        assertTrue(checked(page, "x1x2"));
        assertTrue(page.exists("unit-input-x1x2"));
        assertTrue(page.text("status").startsWith("Inputs x₁, x₂, x₁x₂"), page.text("status"));
        // With x₁x₂ one neuron can learn XOR (the product's sign is the class): the step-through names it.
        assertTrue(page.text("trace-body").contains("x₁x₂"), page.text("trace-body"));
        page.click("feature-x1x2");
        assertFalse(checked(page, "x1x2"));
        assertFalse(page.exists("unit-input-x1x2"));
        // The last input cannot go: unchecking x₁ and x₂ leaves x₂ on, with a message.
        page.click("feature-x1");
        page.click("feature-x2");
        assertTrue(checked(page, "x2"));
        assertTrue(page.text("status").contains("at least one input"), page.text("status"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void aLineOffersXItsSquareAndItsSine(PageDriver page) {
        page.open("?dataset=line");
        page.reveal("unit-fields");
        assertEquals("x", page.text("feature-x1-name"));
        assertEquals("x²", page.text("feature-x1sq-name"));
        assertEquals("sin x", page.text("feature-sinx1-name"));
        assertTrue(page.attribute("feature-x2-row", "hidden") != null);
        assertNull(page.attribute("feature-x1sq-row", "hidden"));
        page.click("feature-x1sq");
        assertEquals("1", page.attribute("unit-input-x1sq", "height"));
        page.assertNoJavaScriptErrors();
    }
}
