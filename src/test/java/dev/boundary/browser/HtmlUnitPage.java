package dev.boundary.browser;

import org.htmlunit.BrowserVersion;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.Page;
import org.htmlunit.ScriptException;
import org.htmlunit.ScriptResult;
import org.htmlunit.SilentCssErrorHandler;
import org.htmlunit.WebClient;
import org.htmlunit.WebWindow;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A {@link PageDriver} on HtmlUnit, a browser in the JVM with no WebAssembly,
 * so it always exercises the JavaScript build.
 *
 * <p>HtmlUnit never fires {@code requestAnimationFrame} callbacks, so what a
 * check observes must follow synchronously from an event handler. Script errors
 * throw, and are also collected for {@link #javaScriptErrors()}; CSS is off, so
 * layout (sizes, positions) is not meaningful here. Console output is collected
 * (errors) or dropped, never printed.
 */
public final class HtmlUnitPage implements PageDriver {

    private static final long READY_TIMEOUT_MS = Waits.LIMIT_MS;
    private static final long POLL_MS = 50;
    private static final long ACTION_WAIT_MS = 1_000;
    /** Panels drawn as they come into view may grow; a window that grows this often to catch up has failed. */
    private static final int MAX_REVEALS = 10;

    private final URI base;
    private final WebClient client;
    private final HtmlUnitErrors errors = new HtmlUnitErrors();

    /** A fresh client whose relative {@link #open(String)} paths resolve against {@code base}. */
    public HtmlUnitPage(URI base) {
        this.base = base;
        client = new WebClient(BrowserVersion.CHROME);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnScriptError(true);
        client.getOptions().setThrowExceptionOnFailingStatusCode(true);
        client.getOptions().setPrintContentOnFailingStatusCode(false);
        client.getOptions().setTimeout((int) READY_TIMEOUT_MS);
        client.setJavaScriptErrorListener(errors);
        client.setIncorrectnessListener((message, origin) -> { });
        client.setCssErrorHandler(new SilentCssErrorHandler());
        client.getWebConsole().setLogger(errors);
    }

    @Override
    public Browser browser() {
        return Browser.HTMLUNIT;
    }

    @Override
    public void open(String path) {
        open(base.resolve(path));
    }

    @Override
    public void open(URI uri) {
        Page page;
        try {
            // Through a blank page, so a link differing only in its #fragment still loads afresh.
            client.getPage("about:blank");
            errors.clear();
            page = client.getPage(uri.toURL());
        } catch (ScriptException e) {
            throw new AssertionError("JavaScript error while loading " + uri + ": " + e.getMessage(), e);
        } catch (FailingHttpStatusCodeException e) {
            throw new AssertionError("HTTP " + e.getStatusCode() + " for " + uri, e);
        } catch (IOException e) {
            throw new AssertionError("could not load " + uri + ": " + e.getMessage(), e);
        }
        if (!(page instanceof HtmlPage)) {
            fail(uri + " is not an HTML page but " + page.getWebResponse().getContentType());
        }
        awaitReady(uri);
    }

    private void awaitReady(URI uri) {
        long deadline = System.nanoTime() + READY_TIMEOUT_MS * 1_000_000;
        while (!isReady()) {
            if (System.nanoTime() > deadline) {
                fail("the page " + uri + " did not become ready (data-ready) within "
                        + READY_TIMEOUT_MS / 1000 + " s; #status says: " + statusText()
                        + "; JavaScript errors: " + errors.list());
            }
            if (client.waitForBackgroundJavaScript(POLL_MS) == 0) {
                pause();
            }
        }
        client.waitForBackgroundJavaScriptStartingBefore(POLL_MS, ACTION_WAIT_MS);
    }

    private boolean isReady() {
        return "true".equals(documentAttribute("data-ready"));
    }

    private String statusText() {
        return exists("status") ? '"' + text("status") + '"' : "(no #status element)";
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the page", e);
        }
    }

    private HtmlPage page() {
        Page page = client.getCurrentWindow().getEnclosedPage();
        if (!(page instanceof HtmlPage)) {
            fail("no HTML page is open: call open(...) first");
        }
        return (HtmlPage) page;
    }

    private DomElement element(String id) {
        DomElement element = page().getElementById(id);
        if (element == null) {
            fail("no element #" + id + " on the page");
        }
        return element;
    }

    @Override
    public boolean exists(String id) {
        return page().getElementById(id) != null;
    }

    @Override
    public String text(String id) {
        return element(id).getTextContent().replaceAll("\\s+", " ").trim();
    }

    @Override
    public String value(String id) {
        element(id);
        return evaluate("document.getElementById(" + Scripts.quote(id) + ").value");
    }

    @Override
    public String attribute(String id, String name) {
        DomElement element = element(id);
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    @Override
    public String documentAttribute(String name) {
        DomElement root = page().getDocumentElement();
        return root.hasAttribute(name) ? root.getAttribute(name) : null;
    }

    @Override
    public void click(String id) {
        DomElement element = element(id);
        if (!(element instanceof HtmlElement)) {
            fail("#" + id + " cannot be clicked");
        }
        act("clicking #" + id, () -> ((HtmlElement) element).click());
    }

    @Override
    public void select(String id, String value) {
        if (!(element(id) instanceof HtmlSelect)) {
            fail("#" + id + " is not a <select>");
        }
        if (!"true".equals(evaluate(Scripts.hasOption(id, value)))) {
            fail("#" + id + " has no option with value " + value);
        }
        act("choosing " + value + " in #" + id, () -> page().executeJavaScript(Scripts.setValue(id, value)));
    }

    @Override
    public void setRange(String id, String value) {
        element(id);
        act("setting #" + id + " to " + value,
                () -> page().executeJavaScript(Scripts.setRangeValueForHtmlUnit(id, value)));
    }

    @Override
    public void clickCanvas(String id, double x, double y, boolean shift) {
        element(id);
        act("clicking #" + id + " at " + x + ", " + y,
                () -> page().executeJavaScript(Scripts.clickAt(id, x, y, shift)));
    }

    /**
     * HtmlUnit lays the page out without scrolling: a taller window is how an element comes into view.
     * The window grows to twice the page's height, as panels that come into view are drawn and may grow,
     * until the element is drawn.
     */
    @Override
    public void reveal(String id) {
        element(id);
        WebWindow window = client.getCurrentWindow();
        for (int attempt = 0; attempt < MAX_REVEALS; attempt++) {
            int height = Integer.parseInt(evaluate(Scripts.roomyHeight(id)));
            if (height > window.getInnerHeight()) {
                window.setInnerHeight(height);
                window.setOuterHeight(height);
            }
            act("bringing #" + id + " into view", () -> page().executeJavaScript("window.dispatchEvent(new Event('resize'))"));
            if ("true".equals(evaluate(Scripts.drawn(id)))) {
                return;
            }
        }
        fail("#" + id + " was not drawn when it came into view (window height " + window.getInnerHeight()
                + ", page and room to spare " + evaluate(Scripts.roomyHeight(id)) + ")");
    }

    @Override
    public String evaluate(String expression) {
        try {
            ScriptResult result = page().executeJavaScript("String(" + expression + ")");
            return String.valueOf(result.getJavaScriptResult());
        } catch (ScriptException e) {
            throw new AssertionError("JavaScript error evaluating " + expression + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> javaScriptErrors() {
        return errors.list();
    }

    @Override
    public void close() {
        client.close();
    }

    private interface Action {
        void run() throws IOException;
    }

    private void act(String what, Action action) {
        try {
            action.run();
        } catch (ScriptException e) {
            throw new AssertionError("JavaScript error after " + what + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new AssertionError("page failed after " + what + ": " + e.getMessage(), e);
        }
        client.waitForBackgroundJavaScriptStartingBefore(POLL_MS, ACTION_WAIT_MS);
    }
}
