package dev.boundary.browser;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One browser tab on the site, driven by element ids, so every page check is
 * written once and run in HtmlUnit (JavaScript build) and Chromium
 * (WebAssembly build).
 *
 * <p>{@link #open} returns only once the page says it is interactive
 * ({@code <html data-ready="true">}, set by {@code Main}); it fails with the
 * text of {@code #status} when that does not happen within {@link Waits#LIMIT_MS}. Actions
 * return once their event handlers have run. A missing element fails the test
 * with its id.
 */
public interface PageDriver extends AutoCloseable {

    /** The browser behind this driver. */
    Browser browser();

    /**
     * Opens a page of the site and waits until it is ready.
     *
     * @param path relative to the site root, e.g. {@code ""} or {@code "index.html#scenario"}
     */
    void open(String path);

    /** Opens any address (e.g. the site under a sub-path) and waits until it is ready. */
    void open(URI uri);

    /** Whether an element with this id exists. */
    boolean exists(String id);

    /** The element's {@code textContent}, whitespace runs collapsed to one space and trimmed. */
    String text(String id);

    /** The {@code value} property of an input, select or output element. */
    String value(String id);

    /** The element's attribute, or {@code null} when it has none. */
    String attribute(String id, String name);

    /** An attribute of the {@code <html>} element, e.g. {@code data-engine}; {@code null} when absent. */
    String documentAttribute(String name);

    /** Clicks the element as a person would. */
    void click(String id);

    /** Chooses the option with this value in a {@code <select>} (fires {@code input} and {@code change}). */
    void select(String id, String value);

    /** Sets a range input's value and fires {@code input} then {@code change}, as dragging would. */
    void setRange(String id, String value);

    /** {@link #setRange(String, String)} with a number, written as Java writes doubles (0.1 → "0.1"). */
    default void setRange(String id, double value) {
        setRange(id, Double.toString(value));
    }

    /**
     * Clicks a point of an element, typically a canvas.
     *
     * @param x CSS pixels from the element's left edge
     * @param y CSS pixels from the element's top edge
     */
    default void clickCanvas(String id, double x, double y) {
        clickCanvas(id, x, y, false);
    }

    /** {@link #clickCanvas(String, double, double)}, holding Shift when {@code shift} is true. */
    void clickCanvas(String id, double x, double y, boolean shift);

    /**
     * Makes the window tall enough to show the element and the whole page, as a learner scrolling down
     * to it would see it, and waits until the page has drawn what was waiting for it ({@code data-stale} gone). The
     * window keeps that height for the rest of the check, so the element stays in view.
     */
    void reveal(String id);

    /** Evaluates a JavaScript expression in the page and returns {@code String(expression)}. */
    String evaluate(String expression);

    /** JavaScript errors of the current page so far: uncaught errors, failed scripts, {@code console.error}. */
    List<String> javaScriptErrors();

    /** Fails, listing them, if the current page has had any JavaScript error. */
    default void assertNoJavaScriptErrors() {
        assertEquals(List.of(), javaScriptErrors(), "JavaScript errors in " + browser().displayName());
    }

    /** Releases the browser (or this driver's share of it). */
    @Override
    void close();
}
